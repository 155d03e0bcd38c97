package id.simlayan.calendar.web;

import id.simlayan.calendar.internal.CalendarRefused;
import id.simlayan.calendar.internal.CalendarService;
import id.simlayan.calendar.internal.HolidayKind;
import id.simlayan.calendar.web.CalendarForms.HolidayForm;
import id.simlayan.identity.CurrentUser;
import id.simlayan.platform.FormRebinding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** National closed dates (libur nasional and cuti bersama) by year; a change affects every calendar. */
@Controller
@RequestMapping("/admin/kalender/libur-nasional")
@PreAuthorize("hasRole('ADMIN')")
class NationalHolidayController {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final CalendarService calendars;
    private final MessageSource messages;
    private final Clock clock;

    private final FormRebinding rebinding;

    NationalHolidayController(CalendarService calendars, MessageSource messages, Clock clock, FormRebinding rebinding) {
        this.rebinding = rebinding;
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(name = "tahun", required = false) String year, Model model) {
        model.addAttribute("form", HolidayForm.empty());
        return page(year(year), model);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") HolidayForm posted, BindingResult bound, CurrentUser admin, Model model,
               RedirectAttributes redirect, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        BindingResult binding = rebinding.rebind(HolidayForm.class, bound, request, model, "calendar.error.typeMismatch");
        HolidayForm form = (HolidayForm) binding.getTarget();
        Optional<LocalDate> date = Optional.ofNullable(form.date()).filter(CalendarForms::plausible);
        if (form.date() != null && date.isEmpty()) {
            binding.rejectValue("date", "calendar.error.dateMissing");
        }
        if (!binding.hasErrors()) {
            try {
                calendars.addNationalHoliday(date.get(), form.kind(), form.name(), form.source(), admin.id());
                redirect.addFlashAttribute("flash", messages.getMessage("calendar.holidays.added", new Object[] {date.get()}, locale));
                return "redirect:/admin/kalender/libur-nasional?tahun=" + date.get().getYear();
            } catch (CalendarRefused refused) {
                CalendarAdminController.reject(binding, refused, "date", "kind", "name", "source");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(date.map(LocalDate::getYear).orElse(currentYear()), model);
    }

    @PostMapping("/hapus")
    String remove(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                  @RequestParam(defaultValue = "false") boolean confirmed, CurrentUser admin, Model model, RedirectAttributes redirect,
                  Locale locale) {
        var parsed = Optional.ofNullable(date);
        if (parsed.isEmpty()) {
            redirect.addFlashAttribute("flashError", messages.getMessage("calendar.error.dateMissing", null, locale));
            return "redirect:/admin/kalender/libur-nasional";
        }
        var listed = calendars.nationalHolidays(date.getYear()).stream().filter(h -> h.date().equals(date)).findFirst();
        if (listed.isEmpty()) {
            redirect.addFlashAttribute("flashError", messages.getMessage("calendar.error.dateNotListed", new Object[] {date}, locale));
            return "redirect:/admin/kalender/libur-nasional?tahun=" + date.getYear();
        }
        if (!confirmed) {
            return CalendarAdminController.confirmRemove(model, date, listed.get().name(),
                    messages.getMessage("calendar.confirmRemove.national", null, locale), "/admin/kalender/libur-nasional/hapus",
                    "/admin/kalender/libur-nasional?tahun=" + date.getYear());
        }
        calendars.removeNationalHoliday(parsed.get(), admin.id());
        redirect.addFlashAttribute("flash", messages.getMessage("calendar.holidays.removed", new Object[] {parsed.get()}, locale));
        return "redirect:/admin/kalender/libur-nasional?tahun=" + parsed.get().getYear();
    }

    private String page(int year, Model model) {
        var years = new TreeSet<>(calendars.nationalHolidayYears());
        int current = currentYear();
        years.add(current);
        years.add(current + 1);
        years.add(year);
        model.addAttribute("year", year);
        model.addAttribute("years", List.copyOf(years));
        model.addAttribute("holidays", calendars.nationalHolidays(year));
        model.addAttribute("kinds", HolidayKind.values());
        return "calendar/holidays";
    }

    private int year(String text) {
        try {
            int y = Integer.parseInt(text == null ? "" : text.strip());
            return y >= 1970 && y <= 2200 ? y : currentYear();
        } catch (NumberFormatException e) {
            return currentYear();
        }
    }

    private int currentYear() {
        return LocalDate.ofInstant(clock.instant(), WIB).getYear();
    }
}
