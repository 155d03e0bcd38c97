-- One row per wrong ticket number or access code on /lacak, kept for the throttle's window only
-- (AccessCodeThrottle deletes older rows). In the database so that the limit holds across nodes.
-- Never the code tried: only the client address and the number.
CREATE TABLE ticket_access_code_failures
(
  id      BIGSERIAL PRIMARY KEY,
  address VARCHAR(64) NOT NULL,
  number  VARCHAR(40) NOT NULL,
  at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX ticket_access_code_failures_address_at_idx ON ticket_access_code_failures (address, at);
CREATE INDEX ticket_access_code_failures_number_at_idx ON ticket_access_code_failures (number, at);
CREATE INDEX ticket_access_code_failures_at_idx ON ticket_access_code_failures (at);
