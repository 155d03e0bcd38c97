-- audit owns versions 500-599. Append-only: the application never updates or deletes rows.
CREATE TABLE audit_log
(
  id          BIGSERIAL PRIMARY KEY,
  at          TIMESTAMPTZ  NOT NULL,
  actor_id    UUID,
  action      VARCHAR(64)  NOT NULL,
  target_type VARCHAR(32),
  target_id   VARCHAR(64),
  outcome     VARCHAR(16)  NOT NULL,
  detail      VARCHAR(1000),
  remote_addr VARCHAR(64)
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);
