package id.simlayan.calendar.web;

import id.simlayan.calendar.CalendarId;
import id.simlayan.calendar.internal.CalendarRefused;
import id.simlayan.calendar.internal.CalendarService;
import id.simlayan.calendar.internal.CalendarService.ImportResult;
import id.simlayan.calendar.internal.CalendarService.ImportedDate;
import id.simlayan.calendar.internal.CalendarSettings;
import id.simlayan.calendar.internal.HolidayKind;
import id.simlayan.calendar.internal.ICalendarDates;
import id.simlayan.calendar.web.CalendarForms.ImportForm;
import id.simlayan.identity.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports closed dates from an iCalendar (.ics) file into the national list or a calendar's own
 * dates. Imported at once in one transaction; the page then reports what was added, what was
 * already there and which events were refused, with the reason.
 */
@Controller
@RequestMapping("/admin/kalender/impor")
@PreAuthorize("hasRole('ADMIN')")
class CalendarImportController {

    private final CalendarService calendars;
    private final CalendarSettings settings;
    private final MessageSource messages;

    private final CalendarIdConverter ids = new CalendarIdConverter();

    CalendarImportController(CalendarService calendars, CalendarSettings settings, MessageSource messages) {
        this.calendars = calendars;
        this.settings = settings;
        this.messages = messages;
    }

    /** What an import did, shown once after the redirect. */
    record ImportReport(String targetName, int added, int alreadyPresent, List<RefusedLine> refused) implements Serializable {
    }

    record RefusedLine(int line, String reason, String detail) implements Serializable {
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", ImportForm.empty());
        return page(model);
    }

    @PostMapping
    String importFile(@ModelAttribute("form") ImportForm form, BindingResult binding, @RequestParam(required = false) MultipartFile file,
                      CurrentUser admin, Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        boolean national = "national".equals(form.target());
        CalendarId calendar = national ? null : calendarId(form.target());
        String targetName = national ? messages.getMessage("calendar.import.national", null, locale)
                : calendar == null ? null : calendars.details(calendar).map(d -> d.name()).orElse(null);
        if (targetName == null) {
            binding.rejectValue("target", "calendar.error.unknownCalendar");
        }
        String mode = form.kind() == null ? "AUTO" : form.kind();
        if (national && !mode.equals("AUTO") && !KINDS.contains(mode)) {
            binding.rejectValue("kind", "calendar.error.kindMissing");
        }
        String text = read(file, binding);
        ICalendarDates.Result parsed = null;
        if (text != null) {
            parsed = ICalendarDates.parse(text);
            if (!parsed.calendar()) {
                binding.reject("calendar.import.error.notCalendar");
            } else if (parsed.entries().isEmpty()) {
                binding.reject("calendar.import.error.noEvents", new Object[] {parsed.refused().size()}, null);
            }
        }
        if (!binding.hasErrors()) {
            try {
                var dates = parsed.entries().stream()
                        .map(e -> new ImportedDate(e.date(), e.name(), national ? kindOf(mode, e) : null))
                        .toList();
                ImportResult result = national ? calendars.importNationalHolidays(dates, form.source(), admin.id())
                        : calendars.importOwnDates(calendar, dates, admin.id());
                redirect.addFlashAttribute("report", new ImportReport(targetName, result.added(), result.alreadyPresent(),
                        parsed.refused().stream().map(r -> new RefusedLine(r.line(), r.reason(), r.detail())).toList()));
                return "redirect:/admin/kalender/impor";
            } catch (CalendarRefused refused) {
                binding.reject(refused.code(), refused.args(), refused.code());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        if (parsed != null) {
            model.addAttribute("refused", parsed.refused());
        }
        return page(model);
    }

    private static final java.util.Set<String> KINDS = java.util.Arrays.stream(HolidayKind.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The import target is "national" or a calendar id; anything else names no calendar. */
    private CalendarId calendarId(String target) {
        try {
            return target == null ? null : ids.convert(target);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static HolidayKind kindOf(String mode, ICalendarDates.Entry entry) {
        if ("AUTO".equals(mode)) {
            return entry.looksLikeCutiBersama() ? HolidayKind.CUTI_BERSAMA : HolidayKind.NATIONAL_HOLIDAY;
        }
        return HolidayKind.valueOf(mode);
    }

    /** The file as UTF-8 text, or null with an error on the file field. */
    private String read(MultipartFile file, BindingResult binding) {
        if (file == null || file.isEmpty()) {
            binding.reject("calendar.import.error.noFile");
            return null;
        }
        if (file.getSize() > settings.importMaxBytes()) {
            binding.reject("calendar.import.error.tooLarge", new Object[] {settings.importMaxBytes() / 1024}, null);
            return null;
        }
        try {
            byte[] bytes = file.getBytes();
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                binding.reject("calendar.import.error.notText");
                return null;
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            binding.reject("calendar.import.error.notText");
            return null;
        } catch (IOException e) {
            binding.reject("calendar.import.error.noFile");
            return null;
        }
    }

    private String page(Model model) {
        model.addAttribute("calendars", calendars.summaries());
        model.addAttribute("maxKilobytes", settings.importMaxBytes() / 1024);
        return "calendar/import";
    }
}
