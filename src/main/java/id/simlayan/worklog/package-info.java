/**
 * Work log: what technicians did on a ticket (what, when, time spent) and the equipment and
 * materials they used or replaced, from an equipment list the admins keep. Internal (staff
 * only). Other modules (the handover report) read it through {@link id.simlayan.worklog.WorkLog}.
 * See README.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work log", allowedDependencies = {"platform", "identity", "audit", "ticket"})
package id.simlayan.worklog;
