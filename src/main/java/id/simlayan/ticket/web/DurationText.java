package id.simlayan.ticket.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Durations for people, in the current language (messages {@code ticket.duration.*}):
 * {@link #human} writes "3 jam 20 menit kerja" (business time) or "2 hari 3 jam" (calendar
 * time) for the ticket pages, {@link #compact} writes "2 j 10 m" for queue badges. Seconds are
 * dropped (rounded down to the minute); a negative duration is written by its size.
 */
@Component
public class DurationText {

    private final MessageSource messages;

    public DurationText(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param business true: hours and minutes of working time ("52 jam 30 menit kerja"); false:
     *                 elapsed time with whole days ("2 hari 4 jam 30 menit")
     */
    public String human(Duration duration, boolean business, Locale locale) {
        long minutes = Math.abs(duration.toMinutes());
        long days = business ? 0 : minutes / (24 * 60);
        long hours = (minutes - days * 24 * 60) / 60;
        long rest = minutes % 60;
        var parts = new StringBuilder();
        append(parts, days, "ticket.duration.days", locale);
        append(parts, hours, "ticket.duration.hours", locale);
        append(parts, rest, "ticket.duration.minutes", locale);
        if (parts.isEmpty()) {
            parts.append(text("ticket.duration.minutes", 0, locale));
        }
        return business ? text("ticket.duration.business", parts.toString(), locale) : parts.toString();
    }

    /** Short form for badges: "2 j 10 m", "45 m", "3 h 2 j" (days beyond 24 hours). */
    public String compact(Duration duration, Locale locale) {
        long minutes = Math.abs(duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = (minutes % (24 * 60)) / 60;
        long rest = minutes % 60;
        var parts = new StringBuilder();
        append(parts, days, "ticket.duration.d", locale);
        append(parts, hours, "ticket.duration.h", locale);
        if (days == 0) {
            append(parts, rest, "ticket.duration.m", locale);
        }
        if (parts.isEmpty()) {
            parts.append(text("ticket.duration.m", 0, locale));
        }
        return parts.toString();
    }

    private void append(StringBuilder parts, long amount, String code, Locale locale) {
        if (amount > 0) {
            if (!parts.isEmpty()) {
                parts.append(' ');
            }
            parts.append(text(code, amount, locale));
        }
    }

    private String text(String code, Object arg, Locale locale) {
        return messages.getMessage(code, new Object[] {arg}, locale);
    }
}
