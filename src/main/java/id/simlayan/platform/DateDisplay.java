package id.simlayan.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats instants for people, in the instance's zone (WIB by default). Templates call it as
 * {@code ${@dates.dateTime(instant)}}.
 */
@Component("dates")
public class DateDisplay {

    private final ZoneId zone;

    DateDisplay(@Value("${simlayan.zone:Asia/Jakarta}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(zone).format(instant)
                + " " + zoneLabel();
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale()).withZone(zone).format(instant);
    }

    /** A calendar date (a form's date answer, a letter's date) as people read it, e.g. 3 Desember 2026. */
    public String day(java.time.LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale()).format(date);
    }

    /** ISO form for {@code <time datetime>} attributes. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private String zoneLabel() {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getId();
        };
    }
}
