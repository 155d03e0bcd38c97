package id.simlayan.calendar.web;

import id.simlayan.calendar.BusinessCalendar;
import id.simlayan.calendar.BusinessCalendars;
import id.simlayan.calendar.CalendarId;
import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.calendar.TargetUnit;
import id.simlayan.calendar.internal.CalendarService;
import id.simlayan.calendar.internal.CalendarViews.CalendarDetails;
import id.simlayan.calendar.web.CalendarForms.CalculatorForm;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The calculator: when a target counted from a start falls due on a calendar, so that an admin
 * can check a calendar before relying on it. A GET form (it changes nothing).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CalendarCalculatorController {

    private final CalendarService calendars;
    private final BusinessCalendars businessCalendars;
    private final Clock clock;

    CalendarCalculatorController(CalendarService calendars, BusinessCalendars businessCalendars, Clock clock) {
        this.calendars = calendars;
        this.businessCalendars = businessCalendars;
        this.clock = clock;
    }

    /** The answer shown under the form. */
    record Calculation(ZonedDateTime start, Instant startUtc, boolean startOpen, ZonedDateTime nextOpening, String target, ClockMode clock,
                       ZonedDateTime due, Instant dueUtc, long businessMinutes) {
    }

    @GetMapping("/admin/kalender/{id}/hitung")
    String calculate(@PathVariable CalendarId id, @ModelAttribute("form") CalculatorForm form, BindingResult binding, Model model,
                     HttpServletResponse response) {
        CalendarDetails details = calendars.details(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var zone = details.zone();
        model.addAttribute("calendar", details);
        model.addAttribute("zoneLabel", Zones.label(zone));
        model.addAttribute("units", TargetUnit.values());
        boolean submitted = form.clock() != null || form.amount() != null || form.notation() != null || form.startDate() != null;
        if (!submitted) {
            var now = ZonedDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.MINUTES);
            model.addAttribute("form", new CalculatorForm(now.toLocalDate().toString(), now.toLocalTime().toString(), "1", "HOURS", "", "BUSINESS"));
            return "calendar/calculator";
        }
        LocalDate date = null;
        LocalTime time = null;
        try {
            date = LocalDate.parse(blank(form.startDate()));
            if (date.getYear() < 1970 || date.getYear() > 2200) {
                binding.rejectValue("startDate", "calendar.calc.error.date");
            }
        } catch (DateTimeParseException e) {
            binding.rejectValue("startDate", "calendar.calc.error.date");
        }
        try {
            time = LocalTime.parse(blank(form.startTime()).replace('.', ':'));
        } catch (DateTimeParseException e) {
            binding.rejectValue("startTime", "calendar.calc.error.time");
        }
        ClockMode mode = switch (blank(form.clock()).toUpperCase(java.util.Locale.ROOT)) {
            case "BUSINESS", "" -> ClockMode.BUSINESS;
            case "CALENDAR" -> ClockMode.CALENDAR;
            default -> null;
        };
        if (mode == null) {
            binding.rejectValue("clock", "calendar.calc.error.clock");
        }
        Target target = mode == null ? null : target(form, mode, binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "calendar/calculator";
        }
        BusinessCalendar calendar = businessCalendars.find(details.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            Instant start = date.atTime(time).atZone(zone).toInstant();
            Instant due = calendar.due(start, target);
            long minutes = calendar.businessTimeBetween(start, due).toMinutes();
            boolean open = calendar.isOpen(start);
            model.addAttribute("result", new Calculation(start.atZone(zone), start, open, open ? null : calendar.nextOpening(start).atZone(zone),
                    target.notation(), mode, due.atZone(zone), due, minutes));
        } catch (IllegalStateException | ArithmeticException | DateTimeException e) {
            binding.reject("calendar.calc.error.none");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "calendar/calculator";
    }

    /** The notation field when filled (Nd or ISO-8601), else amount and unit. */
    private static Target target(CalculatorForm form, ClockMode mode, BindingResult binding) {
        if (!blank(form.notation()).isEmpty()) {
            try {
                return Target.parse(form.notation(), mode);
            } catch (IllegalArgumentException | ArithmeticException e) {
                binding.rejectValue("notation", "calendar.calc.error.notation");
                return null;
            }
        }
        TargetUnit unit;
        try {
            unit = TargetUnit.valueOf(blank(form.unit()));
        } catch (IllegalArgumentException e) {
            binding.rejectValue("unit", "calendar.calc.error.unit");
            return null;
        }
        long amount;
        try {
            amount = Long.parseLong(blank(form.amount()));
        } catch (NumberFormatException e) {
            binding.rejectValue("amount", "calendar.calc.error.amount");
            return null;
        }
        try {
            return new Target(amount, unit, mode, null);
        } catch (IllegalArgumentException | ArithmeticException e) {
            binding.rejectValue("amount", "calendar.calc.error.amount");
            return null;
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }
}
