/**
 * Notification: tells people what happened to their tickets and accounts, by e-mail through a
 * durable outbox and in the application. Reacts to events of the identity and ticket modules
 * ({@code @ApplicationModuleListener}: asynchronous, after the commit of the change, each
 * delivery recorded in the Modulith event publication registry). Implements identity's
 * {@code PasswordLinkMail} (password reset and invitation links), writing the outbox row in the
 * caller's transaction.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>A listener only writes rows (table {@code outbound_emails}, table {@code notifications})
 *       in its own transaction. Every row has a unique dedup key (source event type, ticket or
 *       user id, event time, recipient), so a republished event writes nothing twice.</li>
 *   <li>E-mail leaves through {@code internal.MailOutbox}: a dispatcher sends due rows every
 *       15 s ({@code FOR UPDATE SKIP LOCKED}, safe on several nodes), retries failures after
 *       30 s, 1, 2, 4 ... minutes up to 1 h, and after 20 failed attempts marks the row FAILED,
 *       logs it at ERROR and lists it on {@code /admin/email}, where an admin can send it again.</li>
 *   <li>Without SMTP ({@code SIMLAYAN_SMTP_HOST} unset) e-mails are stored as SKIPPED and never
 *       sent later (no flood of stale mail when SMTP is switched on); in-app notifications
 *       work; every page gets the model attribute {@code mailConfigured}.</li>
 *   <li>The requester hears of every status change and public reply (e-mail and in-app, link
 *       {@code /lacak/{id}}); internal notes never reach the requester. Staff get in-app
 *       notifications of what lands in their queue (link {@code /petugas/tiket/{id}}).</li>
 *   <li>{@code MailPreferences} (API, table {@code notification_preferences}, edited on
 *       {@code /profil/notifikasi}): a person may switch off e-mail per {@code EmailTopic}
 *       (ticket updates; deadline notices for staff). {@code internal.Deliveries} honours it;
 *       in-app notifications and mail about the account itself are always sent.</li>
 *   <li>Texts come from {@code messages/notification*.properties} (Indonesian when written, as
 *       we do not know the recipient's language); layouts from
 *       {@code templates/notification/mail/message.html|txt}. Every user text is escaped.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = {"platform", "identity", "ticket", "sla"})
package id.simlayan.notification;
