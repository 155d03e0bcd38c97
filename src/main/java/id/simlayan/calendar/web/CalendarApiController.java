package id.simlayan.calendar.web;

import id.simlayan.calendar.BusinessCalendar;
import id.simlayan.calendar.BusinessCalendars;
import id.simlayan.calendar.CalendarId;
import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/calendars/{id}/due?start=&target=&clock=}: when a target counted from a start
 * falls due on a calendar. For staff and admins; errors in the parameters are 400 with a message
 * in Indonesian, an unknown calendar 404.
 */
@RestController
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
class CalendarApiController {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private final BusinessCalendars calendars;
    private final MessageSource messages;

    private final CalendarIdConverter ids = new CalendarIdConverter();

    CalendarApiController(BusinessCalendars calendars, MessageSource messages) {
        this.calendars = calendars;
        this.messages = messages;
    }

    /** The answer. */
    record Due(String calendarId, String zone, String start, String target, String clock, String dueUtc, String dueLocal, long businessMinutes) {
    }

    /** An error. */
    record ApiError(String error, String message) {
    }

    @GetMapping(value = "/api/v1/calendars/{id}/due", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> due(@PathVariable String id, @RequestParam(required = false) String start,
                          @RequestParam(required = false) String target, @RequestParam(required = false) String clock) {
        CalendarId calendarId;
        try {
            calendarId = id == null ? null : ids.convert(id);
        } catch (IllegalArgumentException e) {
            calendarId = null;
        }
        if (calendarId == null) {
            return badRequest("calendar.api.error.id");
        }
        Instant from = instant(start);
        if (from == null) {
            return badRequest("calendar.api.error.start");
        }
        ClockMode mode = switch (clock == null ? "" : clock.strip().toLowerCase(Locale.ROOT)) {
            case "", "business" -> ClockMode.BUSINESS;
            case "calendar" -> ClockMode.CALENDAR;
            default -> null;
        };
        if (mode == null) {
            return badRequest("calendar.api.error.clock");
        }
        Target parsed;
        try {
            parsed = Target.parse(target, mode);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return badRequest("calendar.api.error.target");
        }
        BusinessCalendar calendar = calendars.find(calendarId).orElse(null);
        if (calendar == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError("not_found", messages.getMessage("calendar.api.error.notFound", new Object[] {calendarId}, INDONESIAN)));
        }
        try {
            Instant due = calendar.due(from, parsed);
            long minutes = calendar.businessTimeBetween(from, due).toMinutes();
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new Due(calendarId.toString(), calendar.zone().getId(),
                    from.toString(), target.strip(), mode.name().toLowerCase(Locale.ROOT), due.toString(),
                    LOCAL.format(due.atZone(calendar.zone())), minutes));
        } catch (IllegalStateException | ArithmeticException | DateTimeException e) {
            return badRequest("calendar.api.error.none");
        }
    }

    /** An ISO instant ({@code 2026-11-27T03:30:00Z}) or a date-time with offset; a '+' that became a space in the query is restored. */
    private static Instant instant(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return null;
        }
        String t = text.strip().replace(' ', '+');
        Instant parsed;
        try {
            parsed = Instant.parse(t);
        } catch (DateTimeParseException e) {
            try {
                parsed = OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
        if (parsed.isBefore(EARLIEST) || !parsed.isBefore(LATEST)) {
            return null;
        }
        return Instant.ofEpochSecond(parsed.getEpochSecond());
    }

    private ResponseEntity<ApiError> badRequest(String code) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError("bad_request", messages.getMessage(code, null, INDONESIAN)));
    }
}
