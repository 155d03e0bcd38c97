package id.simlayan.calendar.web;

import id.simlayan.calendar.CalendarId;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Path variables and form fields name calendars by id; an empty value is no calendar, anything but a 36-character UUID is refused. */
@Component
class CalendarIdConverter implements Converter<String, CalendarId> {

    @Override
    public CalendarId convert(String source) {
        String text = source.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() != 36) {
            throw new IllegalArgumentException("not a calendar id");
        }
        return new CalendarId(UUID.fromString(text));
    }
}
