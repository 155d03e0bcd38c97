package id.simlayan.notification.internal;

import id.simlayan.identity.UserId;
import id.simlayan.platform.LiveUpdates;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications (table {@code notifications}). Every query is bound to one user: a
 * person can only ever read or mark their own.
 */
@Component
public class InAppNotifications {

    static final int MAX_TEXT = 1000;

    private final JdbcClient jdbc;
    private final LiveUpdates live;
    private final Clock clock;

    public InAppNotifications(JdbcClient jdbc, LiveUpdates live, Clock clock) {
        this.jdbc = jdbc;
        this.live = live;
        this.clock = clock;
    }

    /**
     * Writes a notification unless one with the same {@code dedupKey} exists; tells the user's
     * open pages after commit.
     *
     * @return true if written
     */
    @Transactional
    public boolean notify(UserId user, String text, String link, String dedupKey) {
        boolean written = jdbc.sql("""
                        INSERT INTO notifications (id, user_id, text, link, created_at, dedup_key)
                        VALUES (:id, :user, :text, :link, :at, :dedup)
                        ON CONFLICT (dedup_key) DO NOTHING
                        """)
                .param("id", UUID.randomUUID())
                .param("user", user.value())
                .param("text", text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…")
                .param("link", link)
                .param("at", Timestamp.from(clock.instant()))
                .param("dedup", dedupKey)
                .update() == 1;
        if (written) {
            live.publish(topic(user), "notification");
        }
        return written;
    }

    public static String topic(UserId user) {
        return "user:" + user.value();
    }

    @Transactional(readOnly = true)
    public NotificationPage page(UserId user, int page, int size) {
        int safePage = Math.max(page, 0);
        long total = jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = :user").param("user", user.value()).query(Long.class).single();
        List<NotificationView> items = jdbc.sql("""
                        SELECT id, text, link, created_at, read_at FROM notifications WHERE user_id = :user
                        ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset
                        """)
                .param("user", user.value()).param("limit", size).param("offset", (long) safePage * size)
                .query((rs, n) -> new NotificationView(rs.getObject("id", UUID.class), rs.getString("text"), rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") == null))
                .list();
        int totalPages = (int) ((total + size - 1) / size);
        return new NotificationPage(items, safePage, totalPages, total);
    }

    public long unreadCount(UserId user) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = :user AND read_at IS NULL")
                .param("user", user.value()).query(Long.class).single();
    }

    /**
     * Marks the user's notification read and returns its link ("" if it has none); empty if the
     * notification does not exist or belongs to someone else.
     */
    @Transactional
    public Optional<String> open(UserId user, UUID id) {
        Optional<String> link = jdbc.sql("SELECT coalesce(link, '') FROM notifications WHERE id = :id AND user_id = :user")
                .param("id", id).param("user", user.value()).query(String.class).optional();
        if (link.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE notifications SET read_at = :at WHERE id = :id AND user_id = :user AND read_at IS NULL")
                .param("at", Timestamp.from(clock.instant())).param("id", id).param("user", user.value()).update();
        return link;
    }

    @Transactional
    public int markAllRead(UserId user) {
        return jdbc.sql("UPDATE notifications SET read_at = :at WHERE user_id = :user AND read_at IS NULL")
                .param("at", Timestamp.from(clock.instant())).param("user", user.value()).update();
    }

    public record NotificationView(UUID id, String text, String link, Instant createdAt, boolean unread) {
    }

    public record NotificationPage(List<NotificationView> items, int page, int totalPages, long total) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }
    }
}
