-- Issue 9: a ticket follows its service's workflow definition (module workflow), stage by stage.
-- The stage key is one of the definition's stages (the version's, or the general procedure
-- 'standar' for a ticket without a standard version); the status stays the stage's public status.
ALTER TABLE tickets ADD COLUMN workflow_stage VARCHAR(60);
-- seed 003: repair time limits run from the moment the technician told the user
ALTER TABLE tickets ADD COLUMN user_notified_at TIMESTAMPTZ;

-- Existing tickets are on the general procedure; the status decides the stage. DIPROSES is two
-- stages there: at the front desk, or held by a unit (disposed, accepted or assigned).
UPDATE tickets SET workflow_stage = CASE status
    WHEN 'DITERIMA' THEN 'diterima'
    WHEN 'VERIFIKASI' THEN 'verifikasi'
    WHEN 'MENUNGGU_PEMOHON' THEN 'menunggu-pemohon'
    WHEN 'DIPROSES' THEN CASE WHEN holder_kind = 'FRONT_DESK' THEN 'diproses' ELSE 'di-unit' END
    WHEN 'SELESAI' THEN 'selesai'
    WHEN 'DITUTUP' THEN 'ditutup'
    WHEN 'DITOLAK' THEN 'ditolak'
END;
ALTER TABLE tickets ALTER COLUMN workflow_stage SET NOT NULL;

-- A hand-off may go from any holder to any unit; a return goes back to where it came from.
-- Null on the dispositions made before: they all came from the front desk's 'diproses'.
ALTER TABLE dispositions ADD COLUMN from_stage VARCHAR(60);
ALTER TABLE dispositions ADD COLUMN from_holder_kind VARCHAR(16);
ALTER TABLE dispositions ADD COLUMN from_unit_id UUID;
ALTER TABLE dispositions ADD COLUMN from_user_id UUID;

-- What a workflow step recorded beside its timeline entry: the step, its outcome and the
-- inputs its requirements asked for. Append-only like the timeline.
CREATE TABLE ticket_step_records
(
  event_id           UUID          PRIMARY KEY REFERENCES ticket_events (id),
  ticket_id          UUID          NOT NULL REFERENCES tickets (id),
  stage_from         VARCHAR(60)   NOT NULL,
  stage_to           VARCHAR(60)   NOT NULL,
  step_key           VARCHAR(60)   NOT NULL,
  step_label         VARCHAR(200)  NOT NULL,
  kind               VARCHAR(32)   NOT NULL,
  outcome            VARCHAR(32),
  external_reference VARCHAR(200),
  exemption_ground   VARCHAR(10000),
  equipment_list     VARCHAR(10000)
);
CREATE INDEX ticket_step_records_ticket_idx ON ticket_step_records (ticket_id);

CREATE FUNCTION ticket_step_records_append_only() RETURNS trigger AS
$$
BEGIN
  RAISE EXCEPTION 'ticket_step_records is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER ticket_step_records_no_update_delete
  BEFORE UPDATE OR DELETE ON ticket_step_records
  FOR EACH ROW EXECUTE FUNCTION ticket_step_records_append_only();
