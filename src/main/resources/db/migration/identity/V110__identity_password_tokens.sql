-- Single-use links to set a password: a reset the person asked for, or the invitation to an
-- account an administrator created. Only the SHA-256 of the secret in the link is stored.
CREATE TABLE password_tokens
(
  id          UUID PRIMARY KEY,
  user_id     UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash  CHAR(64)    NOT NULL,
  purpose     VARCHAR(16) NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL,
  created_by  UUID,
  expires_at  TIMESTAMPTZ NOT NULL,
  used_at     TIMESTAMPTZ,
  revoked_at  TIMESTAMPTZ,
  CONSTRAINT password_tokens_hash_uq UNIQUE (token_hash),
  CONSTRAINT password_tokens_purpose_chk CHECK (purpose IN ('RESET', 'INVITATION'))
);
CREATE INDEX password_tokens_open_idx ON password_tokens (user_id) WHERE used_at IS NULL AND revoked_at IS NULL;
