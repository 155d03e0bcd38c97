package id.simlayan.notification;

import id.simlayan.identity.UserId;
import java.util.Map;
import java.util.Set;

/** Which e-mails a person wants (table {@code notification_preferences}); without a choice: every topic. */
public interface MailPreferences {

    boolean wantsEmail(UserId user, EmailTopic topic);

    /** Every topic with the person's choice. */
    Map<EmailTopic, Boolean> choices(UserId user);

    /** The person wants exactly these topics by e-mail. */
    void choose(UserId user, Set<EmailTopic> wanted);
}
