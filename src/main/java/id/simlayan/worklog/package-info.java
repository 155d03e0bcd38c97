/**
 * Work log: what technicians did on a ticket (what, when, time spent) and the equipment and
 * materials they used or replaced, from an equipment list the admins keep. Internal (staff
 * only). Other modules read it through {@link id.simlayan.worklog.WorkLog}; the handover report
 * (berita acara) built from it is generated and confirmed here ({@link id.simlayan.worklog.HandoverReports}).
 * See README.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work log", allowedDependencies = {"platform", "identity", "audit", "ticket", "storage", "document"})
package id.simlayan.worklog;
