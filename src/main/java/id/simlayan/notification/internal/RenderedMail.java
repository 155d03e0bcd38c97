package id.simlayan.notification.internal;

/** A composed e-mail, ready for the outbox. */
public record RenderedMail(String subject, String text, String html) {
}
