-- notification owns versions 400-499.

-- E-mail outbox: a row per message to send. The dispatcher sends due PENDING rows and retries
-- with backoff; nothing is deleted, so the admin page can show what happened.
CREATE TABLE outbound_emails
(
  id              UUID PRIMARY KEY,
  recipient       VARCHAR(254)  NOT NULL,
  subject         VARCHAR(300)  NOT NULL,
  body_text       TEXT          NOT NULL,
  body_html       TEXT          NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  attempts        INT           NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ   NOT NULL,
  last_error      VARCHAR(500),
  created_at      TIMESTAMPTZ   NOT NULL,
  sent_at         TIMESTAMPTZ,
  dedup_key       VARCHAR(250)  NOT NULL,
  CONSTRAINT outbound_emails_dedup_uq UNIQUE (dedup_key),
  CONSTRAINT outbound_emails_status_chk CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED'))
);
CREATE INDEX outbound_emails_due_idx ON outbound_emails (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbound_emails_status_idx ON outbound_emails (status, created_at);

-- In-app notifications: what a user sees under "Notifikasi".
CREATE TABLE notifications
(
  id         UUID PRIMARY KEY,
  user_id    UUID          NOT NULL,
  text       VARCHAR(1000) NOT NULL,
  link       VARCHAR(500),
  created_at TIMESTAMPTZ   NOT NULL,
  read_at    TIMESTAMPTZ,
  dedup_key  VARCHAR(250)  NOT NULL,
  CONSTRAINT notifications_dedup_uq UNIQUE (dedup_key)
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC);
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;
