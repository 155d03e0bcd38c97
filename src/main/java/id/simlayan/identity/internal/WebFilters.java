package id.simlayan.identity.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Servlet filters that must run before Spring Security's chain. */
@Configuration(proxyBeanMethods = false)
class WebFilters {

    @Bean
    FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(TrustedProxySettings settings) {
        var registration = new FilterRegistrationBean<>(new TrustedProxyFilter(settings));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
