-- One row per valid registration sent from a client address, kept for the limit's window only
-- (RegistrationLimit deletes older rows). In the database so that the limit holds across nodes.
CREATE TABLE registration_attempts
(
  id      BIGSERIAL PRIMARY KEY,
  address VARCHAR(64) NOT NULL,
  at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX registration_attempts_address_at_idx ON registration_attempts (address, at);
CREATE INDEX registration_attempts_at_idx ON registration_attempts (at);
