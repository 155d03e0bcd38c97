package id.simlayan.calendar.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Calendar settings ({@code simlayan.calendar.*}).
 *
 * @param cacheCheckInterval how often a node compares the calendar revision in the database with
 *        the one its cached calendars were built from, to see changes made on another node
 *        (default 30 seconds; changes made on this node clear the cache at once)
 * @param importMaxBytes largest iCalendar file accepted for import (default 1 MB)
 */
@ConfigurationProperties("simlayan.calendar")
public record CalendarSettings(Duration cacheCheckInterval, long importMaxBytes) {

    public CalendarSettings {
        if (cacheCheckInterval == null || cacheCheckInterval.isNegative()) {
            cacheCheckInterval = Duration.ofSeconds(30);
        }
        if (importMaxBytes <= 0) {
            importMaxBytes = 1024 * 1024;
        }
    }
}
