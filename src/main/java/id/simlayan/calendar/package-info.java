/**
 * Calendar: business calendars (time zone, weekly opening periods, closed dates: national
 * holidays, cuti bersama and the calendar's own dates) and the exact arithmetic of business
 * time on them. Each unit uses one calendar; the instance calendar is the default.
 * <p>
 * API: {@link id.simlayan.calendar.BusinessCalendar} (immutable, thread-safe arithmetic),
 * {@link id.simlayan.calendar.BusinessCalendars} (lookup by unit or id),
 * {@link id.simlayan.calendar.Target} (a time limit: minutes, hours or working days, counted in
 * business or calendar time) and the event {@link id.simlayan.calendar.CalendarChanged}.
 * It is a module of its own, below {@code ticket} and {@code sla}, so that both can count
 * working time without depending on each other.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = {"platform", "identity", "audit"})
package id.simlayan.calendar;
