package id.simlayan.identity.internal;

import id.simlayan.identity.PasswordLinkMail.Purpose;
import id.simlayan.identity.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table {@code password_tokens}. A token is 32 random bytes (base64url in the link); only
 * its SHA-256 is stored, so a copy of the database opens no account.
 */
@Component
class PasswordTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A stored token as read for use. */
    record StoredToken(UUID id, UserId userId, Purpose purpose, Instant expiresAt, Instant usedAt, Instant revokedAt) {

        boolean usableAt(Instant now) {
            return usedAt == null && revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A new token: the secret goes into the link, never into the database. */
    record IssuedToken(UUID id, String secret, Instant expiresAt) {
    }

    private final JdbcClient jdbc;

    PasswordTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    IssuedToken issue(UserId user, Purpose purpose, Instant now, Instant expiresAt, UserId issuedBy) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO password_tokens (id, user_id, token_hash, purpose, created_at, created_by, expires_at)
                        VALUES (:id, :user, :hash, :purpose, :now, :by, :expires)
                        """)
                .param("id", id).param("user", user.value()).param("hash", hash(secret)).param("purpose", purpose.name())
                .param("now", java.sql.Timestamp.from(now)).param("by", issuedBy == null ? null : issuedBy.value())
                .param("expires", java.sql.Timestamp.from(expiresAt))
                .update();
        return new IssuedToken(id, secret, expiresAt);
    }

    Optional<StoredToken> find(String secret) {
        return query(secret, "");
    }

    /** The token, its row locked until the transaction ends (two tabs using one link). */
    Optional<StoredToken> lock(String secret) {
        return query(secret, " FOR UPDATE");
    }

    void markUsed(UUID id, Instant now) {
        jdbc.sql("UPDATE password_tokens SET used_at = :now WHERE id = :id").param("now", java.sql.Timestamp.from(now)).param("id", id).update();
    }

    /** Revokes every open token of {@code user} (all purposes). */
    int revokeOpen(UserId user, Instant now) {
        return jdbc.sql("UPDATE password_tokens SET revoked_at = :now WHERE user_id = :user AND used_at IS NULL AND revoked_at IS NULL")
                .param("now", java.sql.Timestamp.from(now)).param("user", user.value()).update();
    }

    private Optional<StoredToken> query(String secret, String suffix) {
        if (secret == null || secret.length() != 43 || !secret.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, user_id, purpose, expires_at, used_at, revoked_at FROM password_tokens WHERE token_hash = :hash" + suffix)
                .param("hash", hash(secret))
                .query((rs, n) -> new StoredToken(rs.getObject("id", UUID.class), new UserId(rs.getObject("user_id", UUID.class)),
                        Purpose.valueOf(rs.getString("purpose")), rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .optional();
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
