-- Work log module (range V1200-V1209): the equipment list kept by admins, the work entries
-- technicians record on a ticket and the equipment used or replaced per entry.
-- ticket_id is not a foreign key: the tickets table belongs to the ticket module, and this
-- module refers to a ticket by its id only (access is checked through the ticket module's API).

CREATE TABLE equipment_items
(
  id              UUID         PRIMARY KEY,
  name            VARCHAR(120) NOT NULL CHECK (length(btrim(name)) > 0),
  unit_of_measure VARCHAR(20)  NOT NULL CHECK (length(btrim(unit_of_measure)) > 0),
  note            VARCHAR(500),
  active          BOOLEAN      NOT NULL DEFAULT TRUE,
  version         BIGINT       NOT NULL DEFAULT 0,
  created_at      TIMESTAMPTZ  NOT NULL,
  created_by      UUID,
  updated_at      TIMESTAMPTZ  NOT NULL,
  updated_by      UUID
);

-- one item per name, whatever the case
CREATE UNIQUE INDEX equipment_items_name_key ON equipment_items (lower(name));

CREATE TABLE work_entries
(
  id            UUID          PRIMARY KEY,
  ticket_id     UUID          NOT NULL,
  description   VARCHAR(2000) NOT NULL CHECK (length(btrim(description)) > 0),
  done_at       TIMESTAMPTZ   NOT NULL,
  minutes       INT           NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
  created_at    TIMESTAMPTZ   NOT NULL,
  created_by    UUID          NOT NULL,
  cancelled_at  TIMESTAMPTZ,
  cancelled_by  UUID,
  cancel_reason VARCHAR(500),
  CHECK ((cancelled_at IS NULL) = (cancelled_by IS NULL) AND (cancelled_at IS NULL) = (cancel_reason IS NULL))
);

CREATE INDEX work_entries_ticket ON work_entries (ticket_id, done_at);

CREATE TABLE equipment_uses
(
  id             UUID           PRIMARY KEY,
  work_entry_id  UUID           NOT NULL REFERENCES work_entries (id),
  ticket_id      UUID           NOT NULL,
  position       INT            NOT NULL,
  item_id        UUID           NOT NULL REFERENCES equipment_items (id),
  quantity       NUMERIC(12, 3) NOT NULL CHECK (quantity > 0),
  serial_numbers TEXT[]         NOT NULL DEFAULT '{}',
  replaced_item  VARCHAR(500),
  created_at     TIMESTAMPTZ    NOT NULL,
  created_by     UUID           NOT NULL,
  UNIQUE (work_entry_id, position)
);

CREATE INDEX equipment_uses_ticket ON equipment_uses (ticket_id);

-- append-only: an entry is never edited or deleted; the one change allowed is its cancellation,
-- once, touching nothing but the three cancellation columns
CREATE FUNCTION work_entries_append_only() RETURNS trigger AS
$$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.cancelled_at IS NULL AND NEW.cancelled_at IS NOT NULL
     AND NEW.id = OLD.id AND NEW.ticket_id = OLD.ticket_id AND NEW.description = OLD.description
     AND NEW.done_at = OLD.done_at AND NEW.minutes = OLD.minutes
     AND NEW.created_at = OLD.created_at AND NEW.created_by = OLD.created_by THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'work_entries is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER work_entries_no_change
  BEFORE UPDATE OR DELETE ON work_entries
  FOR EACH ROW EXECUTE FUNCTION work_entries_append_only();

CREATE FUNCTION equipment_uses_append_only() RETURNS trigger AS
$$
BEGIN
  RAISE EXCEPTION 'equipment_uses is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER equipment_uses_no_update_delete
  BEFORE UPDATE OR DELETE ON equipment_uses
  FOR EACH ROW EXECUTE FUNCTION equipment_uses_append_only();
