/**
 * Ticket: requests, complaints and incidents from submission to closure. The {@code Ticket}
 * aggregate owns its lifecycle; every change is an append-only timeline entry and a domain
 * event published at this package's root.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ticket", allowedDependencies = {"platform", "identity", "catalog", "storage", "audit", "calendar", "standard", "workflow"})
package id.simlayan.ticket;
