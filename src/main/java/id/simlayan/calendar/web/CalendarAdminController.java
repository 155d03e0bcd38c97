package id.simlayan.calendar.web;

import id.simlayan.calendar.BusinessCalendars;
import id.simlayan.calendar.CalendarAdministration.NewCalendar;
import id.simlayan.calendar.CalendarId;
import id.simlayan.calendar.OpeningPeriod;
import id.simlayan.calendar.WeeklyHours;
import id.simlayan.calendar.internal.CalendarRefused;
import id.simlayan.calendar.internal.CalendarService;
import id.simlayan.calendar.internal.CalendarService.CalendarUpdate;
import id.simlayan.calendar.internal.CalendarViews.CalendarDetails;
import id.simlayan.calendar.internal.CalendarViews.ClosedDate;
import id.simlayan.calendar.web.CalendarForms.CreateForm;
import id.simlayan.calendar.web.CalendarForms.DateForm;
import id.simlayan.calendar.web.CalendarForms.EditForm;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UnitSummary;
import id.simlayan.platform.FormRebinding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Calendars for administrators: list, create, edit hours and own closed dates, delete, unit assignment. */
@Controller
@RequestMapping("/admin/kalender")
@PreAuthorize("hasRole('ADMIN')")
class CalendarAdminController {

    static final int PREVIEW_DAYS = 60;

    private final CalendarService calendars;
    private final BusinessCalendars businessCalendars;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;
    private final FormRebinding rebinding;

    CalendarAdminController(CalendarService calendars, BusinessCalendars businessCalendars, Directory directory, MessageSource messages,
                            Clock clock, FormRebinding rebinding) {
        this.rebinding = rebinding;
        this.calendars = calendars;
        this.businessCalendars = businessCalendars;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    /** A calendar in the list. */
    record CalendarRow(String id, String name, String zoneLabel, String zoneId, boolean instance, boolean cutiBersamaClosed, int unitCount) {
    }

    // ---- list and create ------------------------------------------------------------------

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", CreateForm.empty());
        return listPage(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") CreateForm form, BindingResult binding, CurrentUser admin, Model model,
                  RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Optional<ZoneId> zone = Zones.parse(form.zone(), form.zoneOther());
        if (zone.isEmpty()) {
            binding.rejectValue("zoneOther", "calendar.error.zoneUnknown");
        }
        if (!binding.hasErrors()) {
            try {
                var instance = calendars.details(calendars.instanceCalendarId()).orElseThrow();
                var id = calendars.create(new NewCalendar(form.name(), zone.get(), instance.hours(), true), admin.id());
                redirect.addFlashAttribute("flash", messages.getMessage("calendar.created", null, locale));
                return "redirect:/admin/kalender/" + id;
            } catch (CalendarRefused refused) {
                reject(binding, refused, "name", "zone");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return listPage(model);
    }

    private String listPage(Model model) {
        model.addAttribute("calendars", calendars.summaries().stream()
                .map(c -> new CalendarRow(c.id().toString(), c.name(), Zones.label(c.zone()), c.zone().getId(), c.instance(),
                        c.cutiBersamaClosed(), c.unitCount()))
                .toList());
        model.addAttribute("zoneChoices", Zones.CHOICES);
        return "calendar/list";
    }

    // ---- edit -------------------------------------------------------------------------------

    @GetMapping("/{id}")
    String edit(@PathVariable CalendarId id, Model model) {
        var details = details(id);
        model.addAttribute("form", EditForm.of(details));
        model.addAttribute("dateForm", DateForm.empty());
        return editPage(details, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable CalendarId id, @Valid @ModelAttribute("form") EditForm posted, BindingResult bound, CurrentUser admin,
                  Model model, RedirectAttributes redirect, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        var details = details(id);
        BindingResult binding = rebinding.rebind(EditForm.class, bound, request, model, "calendar.error.typeMismatch");
        EditForm form = (EditForm) binding.getTarget();
        Optional<ZoneId> zone = Zones.parse(form.zone(), form.zoneOther());
        if (zone.isEmpty()) {
            binding.rejectValue("zoneOther", "calendar.error.zoneUnknown");
        }
        var days = new EnumMap<DayOfWeek, List<OpeningPeriod>>(DayOfWeek.class);
        for (DayOfWeek day : CalendarForms.WEEK) {
            var parsed = OpeningHoursText.parse(form.day(day));
            if (parsed.ok()) {
                days.put(day, parsed.periods());
            } else {
                binding.rejectValue(EditForm.field(day), parsed.errorCode(), parsed.errorArgs(), parsed.errorCode());
            }
        }
        if (!binding.hasErrors() && days.values().stream().allMatch(List::isEmpty)) {
            binding.reject("calendar.error.noOpening");
        }
        if (!binding.hasErrors()) {
            try {
                calendars.update(details.id(), form.version(),
                        new CalendarUpdate(form.name(), zone.get(), new WeeklyHours(days), Boolean.TRUE.equals(form.cutiBersamaClosed())),
                        admin.id());
                redirect.addFlashAttribute("flash", messages.getMessage("calendar.saved", null, locale));
                return "redirect:/admin/kalender/" + details.id();
            } catch (CalendarRefused refused) {
                reject(binding, refused, "name");
                if ("calendar.error.stale".equals(refused.code())) {
                    response.setStatus(HttpStatus.CONFLICT.value());
                    model.addAttribute("dateForm", DateForm.empty());
                    return editPage(details, model);
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("dateForm", DateForm.empty());
        return editPage(details, model);
    }

    @PostMapping("/{id}/tanggal")
    String addDate(@PathVariable CalendarId id, @Valid @ModelAttribute("dateForm") DateForm posted, BindingResult bound, CurrentUser admin,
                   Model model, RedirectAttributes redirect, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        var details = details(id);
        BindingResult binding = rebinding.rebind(DateForm.class, bound, request, model, "calendar.error.typeMismatch");
        LocalDate date = ((DateForm) binding.getTarget()).date();
        if (date != null && !CalendarForms.plausible(date)) {
            binding.rejectValue("date", "calendar.error.dateMissing");
        } else if (date != null && details.ownDates().stream().anyMatch(d -> d.date().equals(date))) {
            binding.rejectValue("date", "calendar.error.duplicateDate", new Object[] {date}, null);
        }
        if (!binding.hasErrors()) {
            try {
                calendars.addClosedDate(details.id(), date, ((DateForm) binding.getTarget()).name(), admin.id());
                redirect.addFlashAttribute("flash", messages.getMessage("calendar.dateAdded", new Object[] {date}, locale));
                return "redirect:/admin/kalender/" + details.id() + "#tanggal";
            } catch (CalendarRefused refused) {
                reject(binding, refused, "name", "date");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("form", EditForm.of(details));
        return editPage(details, model);
    }

    @PostMapping("/{id}/tanggal/hapus")
    String removeDate(@PathVariable CalendarId id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                      @RequestParam(defaultValue = "false") boolean confirmed, CurrentUser admin, Model model,
                      RedirectAttributes redirect, Locale locale) {
        var details = details(id);
        var listed = date == null ? Optional.<ClosedDate>empty() : details.ownDates().stream().filter(d -> d.date().equals(date)).findFirst();
        if (date == null) {
            redirect.addFlashAttribute("flashError", messages.getMessage("calendar.error.dateMissing", null, locale));
        } else if (listed.isEmpty()) {
            redirect.addFlashAttribute("flashError", messages.getMessage("calendar.error.dateNotListed", new Object[] {date}, locale));
        } else if (!confirmed) {
            String back = "/admin/kalender/" + details.id() + "#tanggal";
            return confirmRemove(model, date, listed.get().name(), details.name(), "/admin/kalender/" + details.id() + "/tanggal/hapus", back);
        } else {
            calendars.removeClosedDate(details.id(), date, admin.id());
            redirect.addFlashAttribute("flash", messages.getMessage("calendar.dateRemoved", new Object[] {date}, locale));
        }
        return "redirect:/admin/kalender/" + details.id() + "#tanggal";
    }

    /** The page that asks before a closed date is removed; its form posts the same request with {@code confirmed=true}. */
    static String confirmRemove(Model model, LocalDate date, String name, String where, String action, String back) {
        model.addAttribute("date", date);
        model.addAttribute("name", name);
        model.addAttribute("where", where);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        return "calendar/confirm-remove";
    }

    @PostMapping("/{id}/hapus")
    String delete(@PathVariable CalendarId id, CurrentUser admin, RedirectAttributes redirect, Locale locale) {
        var details = details(id);
        try {
            calendars.delete(details.id(), admin.id());
            redirect.addFlashAttribute("flash", messages.getMessage("calendar.deleted", new Object[] {details.name()}, locale));
            return "redirect:/admin/kalender";
        } catch (CalendarRefused refused) {
            redirect.addFlashAttribute("flashError", messages.getMessage(refused.code(), refused.args(), locale));
            return "redirect:/admin/kalender/" + details.id();
        }
    }

    private String editPage(CalendarDetails details, Model model) {
        var zone = details.zone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        model.addAttribute("calendar", details);
        model.addAttribute("zoneLabel", Zones.label(zone));
        model.addAttribute("zoneChoices", Zones.CHOICES);
        model.addAttribute("week", CalendarForms.WEEK);
        model.addAttribute("upcoming", calendars.closedDates(details.id(), today, PREVIEW_DAYS));
        model.addAttribute("previewDays", PREVIEW_DAYS);
        model.addAttribute("units", unitsUsing(details));
        return "calendar/edit";
    }

    private List<UnitSummary> unitsUsing(CalendarDetails details) {
        return directory.units().stream().filter(u -> businessCalendars.idForUnit(u.id()).equals(details.id())).toList();
    }

    // ---- units ------------------------------------------------------------------------------

    /** A unit and the calendar it uses. */
    record UnitRow(String unitId, String code, String name, String calendarId, boolean explicit) {
    }

    @GetMapping("/unit")
    String units(Model model) {
        Map<UUID, UUID> assigned = calendars.unitAssignments();
        var instance = calendars.instanceCalendarId().value();
        model.addAttribute("rows", directory.units().stream()
                .map(u -> new UnitRow(u.id().value().toString(), u.code(), u.name(),
                        assigned.getOrDefault(u.id().value(), instance).toString(), assigned.containsKey(u.id().value())))
                .toList());
        model.addAttribute("calendars", calendars.summaries());
        return "calendar/units";
    }

    @PostMapping("/unit")
    String assign(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) CalendarId calendarId, CurrentUser admin,
                  RedirectAttributes redirect, Locale locale) {
        if (unitId == null || calendarId == null) {
            redirect.addFlashAttribute("flashError", messages.getMessage("calendar.error.assign", null, locale));
            return "redirect:/admin/kalender/unit";
        }
        try {
            calendars.assign(new UnitId(unitId), calendarId, admin.id());
            redirect.addFlashAttribute("flash", messages.getMessage("calendar.assigned", null, locale));
        } catch (CalendarRefused refused) {
            redirect.addFlashAttribute("flashError", messages.getMessage(refused.code(), refused.args(), locale));
        }
        return "redirect:/admin/kalender/unit";
    }

    // ---- helpers ----------------------------------------------------------------------------

    private CalendarDetails details(CalendarId id) {
        return calendars.details(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Puts a refusal next to its field when the form has that field, else above the form. */
    static void reject(BindingResult binding, CalendarRefused refused, String... formFields) {
        if (refused.field() != null && List.of(formFields).contains(refused.field())) {
            binding.rejectValue(refused.field(), refused.code(), refused.args(), refused.code());
        } else {
            binding.reject(refused.code(), refused.args(), refused.code());
        }
    }
}
