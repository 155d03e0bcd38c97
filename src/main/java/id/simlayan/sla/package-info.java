/**
 * SLA: time limits of tickets. Policies per service (optionally narrowed by category and
 * priority) set a response and a resolution target; clocks start, pause, resume and stop as the
 * ticket moves; due instants are stored, shown on the ticket pages (this module implements
 * {@link id.simlayan.ticket.TicketDeadlines}) and recomputed when a calendar or policy changes.
 * Warnings and breaches are published as {@link id.simlayan.sla.DeadlineWarningReached} and
 * {@link id.simlayan.sla.DeadlineBreached} at the first moment the recipients' unit is open; a granted
 * extension of the resolution limit as {@link id.simlayan.sla.DeadlineExtended}. The service standard's "jangka waktu"
 * shows the policies' targets through {@link id.simlayan.standard.ServiceTimeLimits}, implemented here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SLA", allowedDependencies = {"platform", "identity", "catalog", "ticket", "calendar", "audit", "standard"})
package id.simlayan.sla;
