package id.simlayan.notification.internal;

import java.util.List;

/**
 * What an e-mail says, already in words; the templates under
 * {@code templates/notification/mail/} lay it out as HTML and as plain text (escaping it).
 *
 * @param subject subject line (contains the ticket number where there is a ticket)
 * @param greeting first line, e.g. "Yth. Budi,"
 * @param paragraphs what happened
 * @param facts label/value lines (ticket number, subject, status)
 * @param noteLabel label of {@code note}
 * @param note text from staff to the person (reason, question, resolution); may be null
 * @param nextStep what the person should do next; may be null
 * @param linkLabel text of the button
 * @param linkUrl absolute link; may be null
 */
public record MailContent(String subject, String greeting, List<String> paragraphs, List<Fact> facts, String noteLabel, String note,
                          String nextStep, String linkLabel, String linkUrl) {

    public MailContent {
        paragraphs = List.copyOf(paragraphs);
        facts = List.copyOf(facts);
    }

    public record Fact(String label, String value) {
    }
}
