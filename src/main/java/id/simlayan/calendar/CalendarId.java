package id.simlayan.calendar;

import java.util.UUID;

/** Identifier of a business calendar. */
public record CalendarId(UUID value) {

    public CalendarId {
        if (value == null) {
            throw new IllegalArgumentException("CalendarId needs a value");
        }
    }

    public static CalendarId random() {
        return new CalendarId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
