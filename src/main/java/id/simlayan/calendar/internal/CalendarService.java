package id.simlayan.calendar.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.audit.AuditLog.AuditEntry;
import id.simlayan.calendar.CalendarAdministration;
import id.simlayan.calendar.CalendarChanged;
import id.simlayan.calendar.CalendarId;
import id.simlayan.calendar.WeeklyHours;
import id.simlayan.calendar.internal.CalendarStore.CalendarRow;
import id.simlayan.calendar.internal.CalendarViews.AppliedClosedDate;
import id.simlayan.calendar.internal.CalendarViews.CalendarDetails;
import id.simlayan.calendar.internal.CalendarViews.CalendarSummary;
import id.simlayan.calendar.internal.CalendarViews.NationalHoliday;
import id.simlayan.calendar.internal.CalendarViews.Origin;
import id.simlayan.identity.Directory;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to calendars and national closed dates, and the reads the admin pages need. Every
 * change runs in one transaction, bumps the calendar revision (for other nodes' caches), writes
 * an audit entry and publishes {@link CalendarChanged} for every calendar it affects.
 */
@Service
public class CalendarService implements CalendarAdministration {

    public static final int MAX_NAME = 120;
    public static final int MAX_DATE_NAME = 200;
    public static final int MAX_SOURCE = 200;

    private final CalendarStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Directory directory;
    private final java.time.Clock clock;

    CalendarService(CalendarStore store, AuditLog audit, ApplicationEventPublisher events, Directory directory,
                    java.time.Clock clock) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.directory = directory;
        this.clock = clock;
    }

    /** Name, zone, weekly hours and the cuti bersama switch of a calendar, changed together. */
    public record CalendarUpdate(String name, ZoneId zone, WeeklyHours hours, boolean cutiBersamaClosed) {
    }

    /** A date read from an import file. */
    public record ImportedDate(LocalDate date, String name, HolidayKind kind) {
    }

    /** What an import did (or would do): dates added and dates that were already there. */
    public record ImportResult(int added, int alreadyPresent) {
    }

    // ---- contract ---------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public CalendarId instanceCalendarId() {
        return new CalendarId(store.instanceId());
    }

    @Override
    @Transactional
    public CalendarId create(NewCalendar calendar, UserId by) {
        String name = checkName(calendar.name());
        checkZone(calendar.zone());
        checkHours(calendar.hours());
        var id = CalendarId.random();
        var now = clock.instant();
        store.insertCalendar(id.value(), name, calendar.zone(), calendar.cutiBersamaClosed(), now, actor(by));
        store.replacePeriods(id.value(), calendar.hours());
        changed(List.of(id), by, "CALENDAR_CREATE", "CALENDAR", id.toString(), name);
        return id;
    }

    @Override
    @Transactional
    public void assign(UnitId unit, CalendarId calendar, UserId by) {
        existing(calendar);
        if (directory.unit(unit).isEmpty()) {
            throw new CalendarRefused("unit", "calendar.error.unknownUnit");
        }
        store.assign(unit.value(), calendar.value(), clock.instant(), actor(by));
        changed(List.of(calendar), by, "CALENDAR_ASSIGN", "UNIT", unit.value().toString(), "calendar " + calendar);
    }

    @Override
    @Transactional
    public void addClosedDate(CalendarId calendar, LocalDate date, String name, UserId by) {
        existing(calendar);
        if (date == null) {
            throw new CalendarRefused("date", "calendar.error.dateMissing");
        }
        String checked = checkDateName(name);
        if (store.insertOwnDate(calendar.value(), date, checked, clock.instant(), actor(by))) {
            store.touchCalendar(calendar.value(), clock.instant(), actor(by));
            changed(List.of(calendar), by, "CALENDAR_DATE_ADD", "CALENDAR", calendar.toString(), date.toString());
        }
    }

    @Override
    @Transactional
    public void removeClosedDate(CalendarId calendar, LocalDate date, UserId by) {
        existing(calendar);
        if (store.deleteOwnDate(calendar.value(), date)) {
            store.touchCalendar(calendar.value(), clock.instant(), actor(by));
            changed(List.of(calendar), by, "CALENDAR_DATE_REMOVE", "CALENDAR", calendar.toString(), date.toString());
        }
    }

    // ---- further changes (admin pages) ---------------------------------------------------

    /**
     * Changes name, zone, hours and the cuti bersama switch in one step.
     *
     * @param expectedVersion the version the form was loaded with; null: do not check
     */
    @Transactional
    public void update(CalendarId id, Long expectedVersion, CalendarUpdate update, UserId by) {
        existing(id);
        String name = checkName(update.name());
        checkZone(update.zone());
        checkHours(update.hours());
        if (!store.updateCalendar(id.value(), expectedVersion, name, update.zone(), update.cutiBersamaClosed(), clock.instant(), actor(by))) {
            throw new CalendarRefused(null, "calendar.error.stale");
        }
        store.replacePeriods(id.value(), update.hours());
        changed(List.of(id), by, "CALENDAR_UPDATE", "CALENDAR", id.toString(),
                name + "; " + update.zone().getId() + "; cutiBersamaClosed=" + update.cutiBersamaClosed());
    }

    @Transactional
    public void rename(CalendarId id, String name, UserId by) {
        var row = existing(id);
        update(id, null, new CalendarUpdate(name, row.zoneId(), store.hours(id.value()), row.cutiBersamaClosed()), by);
    }

    @Transactional
    public void changeZone(CalendarId id, ZoneId zone, UserId by) {
        var row = existing(id);
        update(id, null, new CalendarUpdate(row.name(), zone, store.hours(id.value()), row.cutiBersamaClosed()), by);
    }

    @Transactional
    public void setWeeklyHours(CalendarId id, WeeklyHours hours, UserId by) {
        var row = existing(id);
        update(id, null, new CalendarUpdate(row.name(), row.zoneId(), hours, row.cutiBersamaClosed()), by);
    }

    @Transactional
    public void setCutiBersamaClosed(CalendarId id, boolean closed, UserId by) {
        var row = existing(id);
        update(id, null, new CalendarUpdate(row.name(), row.zoneId(), store.hours(id.value()), closed), by);
    }

    /** Deletes a calendar that is not the instance calendar and that no unit uses. */
    @Transactional
    public void delete(CalendarId id, UserId by) {
        var row = existing(id);
        if (row.instance()) {
            throw new CalendarRefused(null, "calendar.error.deleteInstance");
        }
        if (store.unitsUsing(id.value()) > 0) {
            throw new CalendarRefused(null, "calendar.error.deleteInUse");
        }
        store.deleteCalendar(id.value());
        changed(List.of(id), by, "CALENDAR_DELETE", "CALENDAR", id.toString(), row.name());
    }

    /** Adds a national closed date; every calendar changes. Refuses a date that is already listed. */
    @Transactional
    public void addNationalHoliday(LocalDate date, HolidayKind kind, String name, String source, UserId by) {
        if (date == null) {
            throw new CalendarRefused("date", "calendar.error.dateMissing");
        }
        if (kind == null) {
            throw new CalendarRefused("kind", "calendar.error.kindMissing");
        }
        String checked = checkDateName(name);
        String src = checkSource(source);
        if (!store.insertNationalHoliday(date, kind, checked, src, clock.instant(), actor(by))) {
            throw new CalendarRefused("date", "calendar.error.duplicateDate", date);
        }
        changed(allCalendars(), by, "NATIONAL_HOLIDAY_ADD", "NATIONAL_HOLIDAY", date.toString(), kind + " " + checked);
    }

    @Transactional
    public void removeNationalHoliday(LocalDate date, UserId by) {
        if (store.deleteNationalHoliday(date)) {
            changed(allCalendars(), by, "NATIONAL_HOLIDAY_REMOVE", "NATIONAL_HOLIDAY", date.toString(), null);
        }
    }

    /** Imports dates into a calendar's own list in one transaction; dates already there are skipped. */
    @Transactional
    public ImportResult importOwnDates(CalendarId id, List<ImportedDate> dates, UserId by) {
        existing(id);
        int added = 0;
        var now = clock.instant();
        for (var d : dates) {
            if (store.insertOwnDate(id.value(), d.date(), checkDateName(d.name()), now, actor(by))) {
                added++;
            }
        }
        var result = new ImportResult(added, dates.size() - added);
        if (added > 0) {
            store.touchCalendar(id.value(), now, actor(by));
            changed(List.of(id), by, "CALENDAR_IMPORT", "CALENDAR", id.toString(), "added " + added + ", present " + result.alreadyPresent());
        }
        return result;
    }

    /** Imports national closed dates in one transaction; dates already listed are skipped. */
    @Transactional
    public ImportResult importNationalHolidays(List<ImportedDate> dates, String source, UserId by) {
        String src = checkSource(source);
        int added = 0;
        var now = clock.instant();
        for (var d : dates) {
            if (d.kind() == null) {
                throw new CalendarRefused("kind", "calendar.error.kindMissing");
            }
            if (store.insertNationalHoliday(d.date(), d.kind(), checkDateName(d.name()), src, now, actor(by))) {
                added++;
            }
        }
        var result = new ImportResult(added, dates.size() - added);
        if (added > 0) {
            changed(allCalendars(), by, "NATIONAL_HOLIDAY_IMPORT", "NATIONAL_HOLIDAY", "import",
                    "added " + added + ", present " + result.alreadyPresent());
        }
        return result;
    }

    // ---- reads -------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<CalendarSummary> summaries() {
        Map<UUID, Integer> counts = store.unitCounts();
        int assigned = counts.values().stream().mapToInt(Integer::intValue).sum();
        int unassigned = Math.max(0, directory.units().size() - assigned);
        return store.calendars().stream()
                .map(r -> new CalendarSummary(r.calendarId(), r.name(), r.zoneId(), r.instance(), r.cutiBersamaClosed(),
                        counts.getOrDefault(r.id(), 0) + (r.instance() ? unassigned : 0)))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<CalendarDetails> details(CalendarId id) {
        return store.calendar(id.value()).map(r -> new CalendarDetails(r.calendarId(), r.name(), r.zoneId(), r.instance(),
                r.cutiBersamaClosed(), store.hours(r.id()), store.ownDates(r.id()), r.version()));
    }

    @Transactional(readOnly = true)
    public List<NationalHoliday> nationalHolidays(int year) {
        return store.nationalHolidays(year);
    }

    @Transactional(readOnly = true)
    public List<NationalHoliday> nationalHolidays() {
        return store.nationalHolidays();
    }

    @Transactional(readOnly = true)
    public List<Integer> nationalHolidayYears() {
        return store.nationalHolidayYears();
    }

    /** Units with an explicit calendar (units not listed use the instance calendar). */
    @Transactional(readOnly = true)
    public Map<UUID, UUID> unitAssignments() {
        return store.unitAssignments();
    }

    /** The closed dates of a calendar in {@code [from, from + days)}, with their names and origin. */
    @Transactional(readOnly = true)
    public List<AppliedClosedDate> closedDates(CalendarId id, LocalDate from, int days) {
        var row = existing(id);
        var to = from.plusDays(days);
        var result = new ArrayList<AppliedClosedDate>();
        for (var h : store.nationalHolidays()) {
            if (!h.date().isBefore(from) && h.date().isBefore(to) && (h.kind() == HolidayKind.NATIONAL_HOLIDAY || row.cutiBersamaClosed())) {
                result.add(new AppliedClosedDate(h.date(), h.name(),
                        h.kind() == HolidayKind.NATIONAL_HOLIDAY ? Origin.NATIONAL_HOLIDAY : Origin.CUTI_BERSAMA));
            }
        }
        for (var d : store.ownDates(id.value())) {
            if (!d.date().isBefore(from) && d.date().isBefore(to)) {
                result.add(new AppliedClosedDate(d.date(), d.name(), Origin.OWN));
            }
        }
        result.sort(Comparator.comparing(AppliedClosedDate::date));
        return result;
    }

    // ---- helpers -----------------------------------------------------------------------

    private CalendarRow existing(CalendarId id) {
        return store.calendar(id.value()).orElseThrow(() -> new CalendarRefused(null, "calendar.error.unknownCalendar"));
    }

    private List<CalendarId> allCalendars() {
        return store.calendars().stream().map(CalendarRow::calendarId).toList();
    }

    private void changed(List<CalendarId> ids, UserId by, String action, String targetType, String targetId, String detail) {
        store.bumpRevision();
        audit.record(AuditEntry.allowed(actor(by), action, targetType, targetId, detail));
        Instant at = clock.instant();
        ids.forEach(id -> events.publishEvent(new CalendarChanged(id, at)));
    }

    private static UUID actor(UserId by) {
        return by == null ? null : by.value();
    }

    static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new CalendarRefused("name", "calendar.error.nameBlank");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME) {
            throw new CalendarRefused("name", "calendar.error.nameTooLong", MAX_NAME);
        }
        return stripped;
    }

    static String checkDateName(String name) {
        if (name == null || name.isBlank()) {
            throw new CalendarRefused("name", "calendar.error.dateNameBlank");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_DATE_NAME) {
            throw new CalendarRefused("name", "calendar.error.dateNameTooLong", MAX_DATE_NAME);
        }
        return stripped;
    }

    private static String checkSource(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String stripped = source.strip();
        if (stripped.length() > MAX_SOURCE) {
            throw new CalendarRefused("source", "calendar.error.sourceTooLong", MAX_SOURCE);
        }
        return stripped;
    }

    private static void checkZone(ZoneId zone) {
        if (zone == null) {
            throw new CalendarRefused("zone", "calendar.error.zoneUnknown");
        }
    }

    private static void checkHours(WeeklyHours hours) {
        if (hours == null || hours.isEmpty()) {
            throw new CalendarRefused("hours", "calendar.error.noOpening");
        }
    }
}
