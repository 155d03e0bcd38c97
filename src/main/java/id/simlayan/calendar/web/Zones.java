package id.simlayan.calendar.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The time zones offered in the forms (WIB, WITA, WIT) and any other valid zone ID. */
final class Zones {

    static final String OTHER = "OTHER";
    static final List<String> CHOICES = List.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");
    private static final int MAX_LENGTH = 64;

    private Zones() {
    }

    /** WIB, WITA or WIT for Indonesia's zones, else the zone ID. */
    static String label(ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getId();
        };
    }

    /** The select value for a zone: one of {@link #CHOICES} or {@link #OTHER}. */
    static String choice(ZoneId zone) {
        return CHOICES.contains(zone.getId()) ? zone.getId() : OTHER;
    }

    /** The zone chosen in the select, or typed in the free field when the select says {@link #OTHER}. */
    static Optional<ZoneId> parse(String choice, String other) {
        String text = choice == null || choice.isBlank() || OTHER.equals(choice) ? other : choice;
        if (text == null || text.isBlank() || text.strip().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(text.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
