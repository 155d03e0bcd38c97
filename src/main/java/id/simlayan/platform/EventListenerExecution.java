package id.simlayan.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where asynchronous work runs: the modules' event listeners after commit (notifications, clocks,
 * the outbox, live updates). With virtual threads Spring Boot would start one thread per event,
 * without a limit, and a burst of events (a ticket walking many steps, the demo data) then takes
 * every database connection, so requests wait for the pool and fail. A small fixed pool with a
 * queue keeps most connections for requests; events wait in the queue instead (the event
 * publication registry keeps them if the node stops), and a listener that publishes events of
 * its own never waits for a free thread.
 */
@Configuration(proxyBeanMethods = false)
class EventListenerExecution {

    /** Listener threads; the embedded pool has 10 connections (simlayan.embedded-db.pool-size). */
    static final int THREADS = 4;

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(THREADS);
        executor.setMaxPoolSize(THREADS);
        executor.setThreadNamePrefix("simlayan-async-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
