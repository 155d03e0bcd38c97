package id.simlayan.notification.internal;

import id.simlayan.identity.UserId;
import id.simlayan.notification.EmailTopic;
import id.simlayan.notification.MailPreferences;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcMailPreferences implements MailPreferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcMailPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean wantsEmail(UserId user, EmailTopic topic) {
        return jdbc.sql("SELECT email FROM notification_preferences WHERE user_id = :u AND topic = :t")
                .param("u", user.value()).param("t", topic.name()).query(Boolean.class).optional().orElse(true);
    }

    @Override
    public Map<EmailTopic, Boolean> choices(UserId user) {
        var choices = new EnumMap<EmailTopic, Boolean>(EmailTopic.class);
        for (var topic : EmailTopic.values()) {
            choices.put(topic, true);
        }
        jdbc.sql("SELECT topic, email FROM notification_preferences WHERE user_id = :u").param("u", user.value())
                .query((rs, n) -> Map.entry(EmailTopic.valueOf(rs.getString("topic")), rs.getBoolean("email")))
                .list().forEach(e -> choices.put(e.getKey(), e.getValue()));
        return choices;
    }

    @Override
    @Transactional
    public void choose(UserId user, Set<EmailTopic> wanted) {
        var now = Timestamp.from(clock.instant());
        for (var topic : EmailTopic.values()) {
            jdbc.sql("""
                            INSERT INTO notification_preferences (user_id, topic, email, updated_at) VALUES (:u, :t, :e, :now)
                            ON CONFLICT (user_id, topic) DO UPDATE SET email = EXCLUDED.email, updated_at = EXCLUDED.updated_at
                            """)
                    .param("u", user.value()).param("t", topic.name()).param("e", wanted.contains(topic)).param("now", now).update();
        }
    }
}
