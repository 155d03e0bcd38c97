-- Bumped by every change that must reach live sessions (a role granted or revoked, a status
-- change, a new password); each request of a logged-in person compares it with the value
-- seen at login (SessionFreshnessFilter), so the change applies on every node at once.
ALTER TABLE users ADD COLUMN security_version BIGINT NOT NULL DEFAULT 0;
