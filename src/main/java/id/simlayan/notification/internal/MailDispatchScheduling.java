package id.simlayan.notification.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the e-mail dispatcher every {@code simlayan.notification.dispatch-interval} (15 s by
 * default) on every node; the row locks keep the nodes from sending the same e-mail twice.
 */
@Configuration(proxyBeanMethods = false)
class MailDispatchScheduling implements SchedulingConfigurer {

    private final MailOutbox outbox;
    private final NotificationSettings settings;

    MailDispatchScheduling(MailOutbox outbox, NotificationSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(outbox::dispatchQuietly, settings.dispatchInterval());
    }
}
