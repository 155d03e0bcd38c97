-- ticket owns versions 300-399

-- per-prefix, per-year counters for ticket numbers (ADU-2026-000123); incremented with
-- INSERT ... ON CONFLICT DO UPDATE ... RETURNING, which takes a row lock: unique, not gap-free
CREATE TABLE ticket_number_sequences
(
  prefix     VARCHAR(8) NOT NULL,
  year       INT        NOT NULL,
  last_value BIGINT     NOT NULL,
  PRIMARY KEY (prefix, year)
);

CREATE TABLE tickets
(
  id             UUID PRIMARY KEY,
  number         VARCHAR(32)   NOT NULL UNIQUE,
  kind           VARCHAR(32)   NOT NULL,
  service_id     UUID          NOT NULL REFERENCES service_offerings (id),
  -- null for a service without categories
  category_id    UUID REFERENCES service_categories (id),
  subject        VARCHAR(200)  NOT NULL,
  description    VARCHAR(10000) NOT NULL,
  requester_id   UUID          NOT NULL REFERENCES users (id),
  status         VARCHAR(20)   NOT NULL,
  -- who holds the ticket now: the front desk, a unit (after a disposition) or a technician
  holder_kind    VARCHAR(16)   NOT NULL,
  holder_unit_id UUID REFERENCES units (id),
  holder_user_id UUID REFERENCES users (id),
  resolved_at    TIMESTAMPTZ,
  resolved_by    UUID,
  closed_at      TIMESTAMPTZ,
  created_at     TIMESTAMPTZ   NOT NULL,
  created_by     UUID          NOT NULL,
  updated_at     TIMESTAMPTZ   NOT NULL,
  updated_by     UUID,
  version        BIGINT        NOT NULL,
  CONSTRAINT tickets_status_chk CHECK (status IN ('DITERIMA', 'VERIFIKASI', 'MENUNGGU_PEMOHON', 'DIPROSES', 'SELESAI', 'DITOLAK', 'DITUTUP')),
  CONSTRAINT tickets_kind_chk CHECK (kind IN ('COMPLAINT', 'REQUEST', 'INCIDENT', 'INFORMATION_REQUEST')),
  CONSTRAINT tickets_holder_chk CHECK (holder_kind IN ('FRONT_DESK', 'UNIT', 'TECHNICIAN'))
);
-- queue filters: status, service, age (oldest first)
CREATE INDEX tickets_status_created_idx ON tickets (status, created_at);
CREATE INDEX tickets_service_created_idx ON tickets (service_id, created_at);
CREATE INDEX tickets_requester_idx ON tickets (requester_id, created_at DESC);
CREATE INDEX tickets_holder_user_idx ON tickets (holder_user_id) WHERE holder_user_id IS NOT NULL;
CREATE INDEX tickets_holder_unit_idx ON tickets (holder_unit_id) WHERE holder_unit_id IS NOT NULL;
-- the auto-close job looks for resolved tickets
CREATE INDEX tickets_resolved_idx ON tickets (resolved_at) WHERE status = 'SELESAI';

-- the timeline: append-only
CREATE TABLE ticket_events
(
  id          UUID PRIMARY KEY,
  ticket_id   UUID         NOT NULL REFERENCES tickets (id),
  seq         BIGSERIAL    NOT NULL,
  at          TIMESTAMPTZ  NOT NULL,
  actor_id    UUID,
  type        VARCHAR(32)  NOT NULL,
  from_status VARCHAR(20),
  to_status   VARCHAR(20),
  visibility  VARCHAR(8)   NOT NULL,
  text        VARCHAR(10000),
  unit_id     UUID,
  assignee_id UUID,
  CONSTRAINT ticket_events_visibility_chk CHECK (visibility IN ('PUBLIC', 'INTERNAL'))
);
CREATE INDEX ticket_events_ticket_idx ON ticket_events (ticket_id, at, seq);

CREATE FUNCTION ticket_events_append_only() RETURNS trigger AS
$$
BEGIN
  RAISE EXCEPTION 'ticket_events is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ticket_events_no_update_delete
  BEFORE UPDATE OR DELETE ON ticket_events
  FOR EACH ROW EXECUTE FUNCTION ticket_events_append_only();

-- dispositions of a ticket to units (part of the ticket aggregate; seq keeps their order)
CREATE TABLE dispositions
(
  ticket_id     UUID          NOT NULL REFERENCES tickets (id),
  seq           INT           NOT NULL,
  unit_id       UUID          NOT NULL REFERENCES units (id),
  instruction   VARCHAR(10000) NOT NULL,
  status        VARCHAR(16)   NOT NULL,
  return_reason VARCHAR(10000),
  disposed_by   UUID          NOT NULL,
  disposed_at   TIMESTAMPTZ   NOT NULL,
  decided_by    UUID,
  decided_at    TIMESTAMPTZ,
  PRIMARY KEY (ticket_id, seq),
  CONSTRAINT dispositions_status_chk CHECK (status IN ('PENDING', 'ACCEPTED', 'RETURNED'))
);
CREATE INDEX dispositions_unit_idx ON dispositions (unit_id, status);

CREATE TABLE ticket_attachments
(
  id             UUID PRIMARY KEY,
  ticket_id      UUID         NOT NULL REFERENCES tickets (id),
  stored_file_id UUID         NOT NULL,
  name           VARCHAR(255) NOT NULL,
  media_type     VARCHAR(127) NOT NULL,
  size           BIGINT       NOT NULL,
  uploaded_by    UUID         NOT NULL,
  uploaded_at    TIMESTAMPTZ  NOT NULL,
  event_id       UUID REFERENCES ticket_events (id)
);
CREATE INDEX ticket_attachments_ticket_idx ON ticket_attachments (ticket_id);
