package id.simlayan.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Time is a dependency: every module injects this clock, tests replace it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
