/**
 * Notification: tells people what happened to their tickets and accounts, by e-mail through a
 * durable outbox (retried until delivered) and in the application. Reacts to events of the
 * identity and ticket modules; offers no API of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = {"platform", "identity", "ticket"})
package id.simlayan.notification;
