-- the resolution clock may start when the user is first told the work starts (help desk, seed 003)
ALTER TABLE sla_policies DROP CONSTRAINT sla_policies_start_chk;
ALTER TABLE sla_policies ADD CONSTRAINT sla_policies_start_chk CHECK (start_event IN ('RECEIVED', 'VERIFIED', 'USER_NOTIFIED'));

-- the stored input for that start, so that a recompute needs no question to the ticket module
ALTER TABLE sla_tickets ADD COLUMN user_notified_at TIMESTAMPTZ;
