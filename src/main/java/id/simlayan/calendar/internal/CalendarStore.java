package id.simlayan.calendar.internal;

import id.simlayan.calendar.CalendarId;
import id.simlayan.calendar.OpeningPeriod;
import id.simlayan.calendar.WeeklyHours;
import id.simlayan.calendar.internal.CalendarViews.ClosedDate;
import id.simlayan.calendar.internal.CalendarViews.NationalHoliday;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL on the calendar tables (V700, V701). Callers bring the transaction. */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record CalendarRow(UUID id, String name, String zone, boolean cutiBersamaClosed, boolean instance, long version) {

        CalendarId calendarId() {
            return new CalendarId(id);
        }

        ZoneId zoneId() {
            return ZoneId.of(zone);
        }
    }

    private static final String CALENDAR_COLUMNS = "id, name, zone, cuti_bersama_closed, is_instance, version";

    private static CalendarRow calendarRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CalendarRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("zone"),
                rs.getBoolean("cuti_bersama_closed"), rs.getBoolean("is_instance"), rs.getLong("version"));
    }

    Optional<CalendarRow> calendar(UUID id) {
        return jdbc.sql("SELECT " + CALENDAR_COLUMNS + " FROM calendars WHERE id = ?").param(id).query(CalendarStore::calendarRow).optional();
    }

    List<CalendarRow> calendars() {
        return jdbc.sql("SELECT " + CALENDAR_COLUMNS + " FROM calendars ORDER BY is_instance DESC, lower(name), id")
                .query(CalendarStore::calendarRow).list();
    }

    Optional<CalendarRow> calendarByName(String name) {
        return jdbc.sql("SELECT " + CALENDAR_COLUMNS + " FROM calendars WHERE lower(name) = lower(?) ORDER BY id LIMIT 1")
                .param(name).query(CalendarStore::calendarRow).optional();
    }

    UUID instanceId() {
        return jdbc.sql("SELECT id FROM calendars WHERE is_instance").query(UUID.class).single();
    }

    WeeklyHours hours(UUID calendarId) {
        var days = new EnumMap<DayOfWeek, List<OpeningPeriod>>(DayOfWeek.class);
        jdbc.sql("SELECT day_of_week, start_time, end_time FROM calendar_periods WHERE calendar_id = ? ORDER BY day_of_week, start_time")
                .param(calendarId)
                .query(rs -> {
                    var day = DayOfWeek.of(rs.getInt("day_of_week"));
                    days.computeIfAbsent(day, d -> new ArrayList<>()).add(
                            new OpeningPeriod(rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class)));
                });
        return new WeeklyHours(days);
    }

    List<ClosedDate> ownDates(UUID calendarId) {
        return jdbc.sql("SELECT closed_date, name FROM calendar_closed_dates WHERE calendar_id = ? ORDER BY closed_date")
                .param(calendarId)
                .query((rs, n) -> new ClosedDate(rs.getObject("closed_date", LocalDate.class), rs.getString("name"))).list();
    }

    List<NationalHoliday> nationalHolidays() {
        return jdbc.sql("SELECT holiday_date, kind, name, source FROM national_holidays ORDER BY holiday_date")
                .query(CalendarStore::holiday).list();
    }

    List<NationalHoliday> nationalHolidays(int year) {
        return jdbc.sql("SELECT holiday_date, kind, name, source FROM national_holidays "
                        + "WHERE holiday_date >= ? AND holiday_date < ? ORDER BY holiday_date")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query(CalendarStore::holiday).list();
    }

    List<Integer> nationalHolidayYears() {
        return jdbc.sql("SELECT DISTINCT extract(YEAR FROM holiday_date)::int AS y FROM national_holidays ORDER BY y").query(Integer.class).list();
    }

    Optional<NationalHoliday> nationalHoliday(LocalDate date) {
        return jdbc.sql("SELECT holiday_date, kind, name, source FROM national_holidays WHERE holiday_date = ?")
                .param(date).query(CalendarStore::holiday).optional();
    }

    private static NationalHoliday holiday(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new NationalHoliday(rs.getObject("holiday_date", LocalDate.class), HolidayKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("source"));
    }

    Map<UUID, UUID> unitAssignments() {
        var map = new HashMap<UUID, UUID>();
        jdbc.sql("SELECT unit_id, calendar_id FROM unit_calendars")
                .query(rs -> {
                    map.put(rs.getObject("unit_id", UUID.class), rs.getObject("calendar_id", UUID.class));
                });
        return map;
    }

    long revision() {
        return jdbc.sql("SELECT revision FROM calendar_revision WHERE id = 1").query(Long.class).single();
    }

    /** Marks a change for every node's cache; call in the changing transaction. */
    void bumpRevision() {
        jdbc.sql("UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1").update();
    }

    void insertCalendar(UUID id, String name, ZoneId zone, boolean cutiBersamaClosed, Instant now, UUID by) {
        jdbc.sql("""
                        INSERT INTO calendars (id, name, zone, cuti_bersama_closed, is_instance, created_at, created_by, updated_at, updated_by, version)
                        VALUES (?, ?, ?, ?, FALSE, ?, ?, ?, ?, 1)""")
                .params(id, name, zone.getId(), cutiBersamaClosed, Timestamp.from(now), by, Timestamp.from(now), by).update();
    }

    /** @return false when the calendar is gone or its version is not {@code expectedVersion} (null: any) */
    boolean updateCalendar(UUID id, Long expectedVersion, String name, ZoneId zone, boolean cutiBersamaClosed, Instant now, UUID by) {
        return jdbc.sql("""
                        UPDATE calendars SET name = ?, zone = ?, cuti_bersama_closed = ?, updated_at = ?, updated_by = ?, version = version + 1
                        WHERE id = ? AND (CAST(? AS BIGINT) IS NULL OR version = ?)""")
                .params(name, zone.getId(), cutiBersamaClosed, Timestamp.from(now), by, id, expectedVersion, expectedVersion).update() == 1;
    }

    void touchCalendar(UUID id, Instant now, UUID by) {
        jdbc.sql("UPDATE calendars SET updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?")
                .params(Timestamp.from(now), by, id).update();
    }

    void replacePeriods(UUID calendarId, WeeklyHours hours) {
        jdbc.sql("DELETE FROM calendar_periods WHERE calendar_id = ?").param(calendarId).update();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (OpeningPeriod p : hours.on(day)) {
                jdbc.sql("INSERT INTO calendar_periods (calendar_id, day_of_week, start_time, end_time) VALUES (?, ?, ?, ?)")
                        .params(calendarId, day.getValue(), p.start(), p.end()).update();
            }
        }
    }

    /** @return false when the calendar already had that date */
    boolean insertOwnDate(UUID calendarId, LocalDate date, String name, Instant now, UUID by) {
        return jdbc.sql("""
                        INSERT INTO calendar_closed_dates (calendar_id, closed_date, name, created_at, created_by) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(calendarId, date, name, Timestamp.from(now), by).update() == 1;
    }

    boolean deleteOwnDate(UUID calendarId, LocalDate date) {
        return jdbc.sql("DELETE FROM calendar_closed_dates WHERE calendar_id = ? AND closed_date = ?").params(calendarId, date).update() == 1;
    }

    /** @return false when the date is already a national closed date */
    boolean insertNationalHoliday(LocalDate date, HolidayKind kind, String name, String source, Instant now, UUID by) {
        return jdbc.sql("""
                        INSERT INTO national_holidays (holiday_date, kind, name, source, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(date, kind.name(), name, source, Timestamp.from(now), by).update() == 1;
    }

    boolean deleteNationalHoliday(LocalDate date) {
        return jdbc.sql("DELETE FROM national_holidays WHERE holiday_date = ?").param(date).update() == 1;
    }

    void assign(UUID unitId, UUID calendarId, Instant now, UUID by) {
        jdbc.sql("""
                        INSERT INTO unit_calendars (unit_id, calendar_id, updated_at, updated_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (unit_id) DO UPDATE SET calendar_id = excluded.calendar_id, updated_at = excluded.updated_at,
                        updated_by = excluded.updated_by""")
                .params(unitId, calendarId, Timestamp.from(now), by).update();
    }

    int unitsUsing(UUID calendarId) {
        return jdbc.sql("SELECT count(*) FROM unit_calendars WHERE calendar_id = ?").param(calendarId).query(Integer.class).single();
    }

    Map<UUID, Integer> unitCounts() {
        var map = new HashMap<UUID, Integer>();
        jdbc.sql("SELECT calendar_id, count(*) AS n FROM unit_calendars GROUP BY calendar_id")
                .query(rs -> {
                    map.put(rs.getObject("calendar_id", UUID.class), rs.getInt("n"));
                });
        return map;
    }

    boolean deleteCalendar(UUID id) {
        return jdbc.sql("DELETE FROM calendars WHERE id = ? AND NOT is_instance").param(id).update() == 1;
    }
}
