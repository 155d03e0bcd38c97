-- Staff-logged intake (issue 9, item 4): how a ticket an agent logged came in, its reference in
-- that channel (SP4N-LAPOR! tracking id, letter number), who logged it and the requester's
-- unit/OPD the agent named. All null for a ticket its requester filed on /tiket/baru.
ALTER TABLE tickets ADD COLUMN intake_channel VARCHAR(16);
ALTER TABLE tickets ADD COLUMN external_reference VARCHAR(100);
ALTER TABLE tickets ADD COLUMN logged_by UUID;
ALTER TABLE tickets ADD COLUMN requester_unit_id UUID;
ALTER TABLE tickets ADD CONSTRAINT tickets_intake_channel_chk
  CHECK (intake_channel IN ('WALK_IN', 'PHONE', 'LETTER', 'EMAIL', 'WHATSAPP', 'SP4N_LAPOR'));
ALTER TABLE tickets ADD CONSTRAINT tickets_logged_by_channel_chk CHECK ((logged_by IS NULL) = (intake_channel IS NULL));
ALTER TABLE tickets ADD CONSTRAINT tickets_reference_needed_chk
  CHECK (intake_channel NOT IN ('LETTER', 'SP4N_LAPOR') OR external_reference IS NOT NULL);
-- an agent looks a LAPOR! complaint or a letter up by its reference
CREATE INDEX tickets_external_reference_idx ON tickets (external_reference) WHERE external_reference IS NOT NULL;
