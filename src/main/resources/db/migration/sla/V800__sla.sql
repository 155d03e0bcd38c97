-- sla owns versions 800-899

-- SLA policies: per service, optionally narrowed by category and/or priority. Targets are
-- amount + unit (MINUTES, HOURS, WORKING_DAYS) + mode (BUSINESS, CALENDAR) [+ cut-off].
CREATE TABLE sla_policies
(
  id                UUID PRIMARY KEY,
  service_id        UUID         NOT NULL REFERENCES service_offerings (id),
  category_id       UUID REFERENCES service_categories (id),
  priority          VARCHAR(16),
  name              VARCHAR(200) NOT NULL,
  response_amount   INT,
  response_unit     VARCHAR(16),
  response_mode     VARCHAR(16),
  resolution_amount INT          NOT NULL,
  resolution_unit   VARCHAR(16)  NOT NULL,
  resolution_mode   VARCHAR(16)  NOT NULL,
  resolution_cutoff TIME,
  -- an extension the holder may grant once (public information requests: 7 working days)
  extension_amount  INT,
  extension_unit    VARCHAR(16),
  extension_mode    VARCHAR(16),
  -- RECEIVED or VERIFIED (first change into DIPROSES); applies to the resolution clock only
  start_event       VARCHAR(16)  NOT NULL,
  -- comma-separated ticket statuses; always contains MENUNGGU_PEMOHON
  pause_statuses    VARCHAR(200) NOT NULL,
  warning_percent   INT          NOT NULL DEFAULT 75,
  escalate          BOOLEAN      NOT NULL DEFAULT FALSE,
  active            BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at        TIMESTAMPTZ  NOT NULL,
  created_by        UUID,
  updated_at        TIMESTAMPTZ  NOT NULL,
  updated_by        UUID,
  version           BIGINT       NOT NULL,
  CONSTRAINT sla_policies_warning_chk CHECK (warning_percent BETWEEN 1 AND 99),
  CONSTRAINT sla_policies_start_chk CHECK (start_event IN ('RECEIVED', 'VERIFIED')),
  CONSTRAINT sla_policies_priority_chk CHECK (priority IS NULL OR priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT'))
);
-- at most one active policy per key (service, category or none, priority or none)
CREATE UNIQUE INDEX sla_policies_active_key ON sla_policies
  (service_id, coalesce(category_id, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(priority, '')) WHERE active;

-- the inputs of a ticket's clocks, rebuilt from the ticket's facts on every ticket event
CREATE TABLE sla_tickets
(
  ticket_id         UUID PRIMARY KEY,
  number            VARCHAR(32)  NOT NULL,
  subject           VARCHAR(200) NOT NULL,
  service_id        UUID         NOT NULL,
  category_id       UUID,
  priority          VARCHAR(16)  NOT NULL,
  status            VARCHAR(20)  NOT NULL,
  open              BOOLEAN      NOT NULL,
  received_at       TIMESTAMPTZ  NOT NULL,
  -- "epochSecond STATUS" per status since receipt, comma-separated, oldest first
  status_timeline   TEXT         NOT NULL,
  -- first public reply or status change by staff
  first_response_at TIMESTAMPTZ,
  -- the clocks count on the calendar of the service's owner unit
  calendar_unit_id  UUID         NOT NULL,
  holder_unit_id    UUID,
  holder_user_id    UUID,
  policy_id         UUID,
  escalated_at      TIMESTAMPTZ,
  revision          BIGINT       NOT NULL,
  rebuilt_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX sla_tickets_open_idx ON sla_tickets (ticket_id) WHERE open;
CREATE INDEX sla_tickets_holder_unit_idx ON sla_tickets (holder_unit_id) WHERE open;

-- computed clocks (RESPONSE, RESOLUTION): derived inputs, results and notice bookkeeping
CREATE TABLE sla_clocks
(
  ticket_id        UUID        NOT NULL REFERENCES sla_tickets (ticket_id) ON DELETE CASCADE,
  kind             VARCHAR(16) NOT NULL,
  started_at       TIMESTAMPTZ,
  -- "fromEpoch-toEpoch" pairs, comma-separated; an open pause ends with "-"
  pauses           TEXT        NOT NULL DEFAULT '',
  stopped_at       TIMESTAMPTZ,
  -- resolution: number of reopens; a new run may warn and breach again
  run              INT         NOT NULL DEFAULT 0,
  state            VARCHAR(16) NOT NULL,
  level            VARCHAR(16) NOT NULL,
  budget_seconds   BIGINT,
  used_seconds     BIGINT      NOT NULL DEFAULT 0,
  due_at           TIMESTAMPTZ,
  warn_at          TIMESTAMPTZ,
  warn_notify_at   TIMESTAMPTZ,
  warn_sent_at     TIMESTAMPTZ,
  warn_sent_run    INT,
  breach_notify_at TIMESTAMPTZ,
  breach_sent_at   TIMESTAMPTZ,
  breach_sent_run  INT,
  computed_at      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (ticket_id, kind)
);
CREATE INDEX sla_clocks_warn_due_idx ON sla_clocks (warn_notify_at) WHERE warn_sent_at IS NULL AND warn_notify_at IS NOT NULL;
CREATE INDEX sla_clocks_breach_due_idx ON sla_clocks (breach_notify_at) WHERE breach_sent_at IS NULL AND breach_notify_at IS NOT NULL;

-- per disposition: which unit held the ticket when (its share of the time, like an OLA)
CREATE TABLE sla_unit_shares
(
  ticket_id UUID        NOT NULL REFERENCES sla_tickets (ticket_id) ON DELETE CASCADE,
  seq       INT         NOT NULL,
  unit_id   UUID        NOT NULL,
  from_at   TIMESTAMPTZ NOT NULL,
  until_at  TIMESTAMPTZ,
  PRIMARY KEY (ticket_id, seq)
);

-- what happened to the clocks beyond start/pause/resume/stop (those are derived from the inputs)
CREATE TABLE sla_moments
(
  id         BIGSERIAL PRIMARY KEY,
  ticket_id  UUID        NOT NULL,
  at         TIMESTAMPTZ NOT NULL,
  type       VARCHAR(16) NOT NULL,
  clock      VARCHAR(16),
  due_at     TIMESTAMPTZ,
  staff_only BOOLEAN     NOT NULL,
  CONSTRAINT sla_moments_type_chk CHECK (type IN ('WARNING', 'BREACH', 'ESCALATED', 'RECOMPUTED'))
);
CREATE INDEX sla_moments_ticket_idx ON sla_moments (ticket_id, at);
