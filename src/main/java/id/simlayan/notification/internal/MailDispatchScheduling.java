package id.simlayan.notification.internal;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the e-mail dispatcher every {@code simlayan.notification.dispatch-interval} (15 s by
 * default) on every node (the row locks keep nodes from sending the same e-mail twice), and the
 * retention clean-up every six hours.
 */
@Configuration(proxyBeanMethods = false)
class MailDispatchScheduling implements SchedulingConfigurer {

    private static final Duration RETENTION_INTERVAL = Duration.ofHours(6);

    private final MailOutbox outbox;
    private final NotificationRetention retention;
    private final NotificationSettings settings;

    MailDispatchScheduling(MailOutbox outbox, NotificationRetention retention, NotificationSettings settings) {
        this.outbox = outbox;
        this.retention = retention;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(outbox::dispatchQuietly, settings.dispatchInterval());
        registrar.addFixedDelayTask(retention::purgeQuietly, RETENTION_INTERVAL);
    }
}
