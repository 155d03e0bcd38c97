-- the extension granted once per ticket (e.g. UU 14/2008 Pasal 22(8): at most 7 working days, with written reasons)
ALTER TABLE sla_tickets
  ADD COLUMN extended_at              TIMESTAMPTZ,
  ADD COLUMN extended_by              UUID,
  ADD COLUMN extension_reason         VARCHAR(2000),
  -- the extension target as granted (copied from the policy, so that a later policy change does not alter a grant)
  ADD COLUMN extension_amount         INT,
  ADD COLUMN extension_unit           VARCHAR(16),
  ADD COLUMN extension_mode           VARCHAR(16),
  -- the resolution due at the moment of granting; the added budget is recomputed from it on every rebuild and
  -- recompute: the time from it to extension.dueFrom(calendar, it), on the current calendar
  ADD COLUMN extension_from_due       TIMESTAMPTZ,
  -- the added budget as granted (business seconds, or elapsed seconds in calendar mode), for the record
  ADD COLUMN extension_budget_seconds BIGINT;

-- moments may carry a note (the written reason of an extension)
ALTER TABLE sla_moments ADD COLUMN note VARCHAR(2000);
ALTER TABLE sla_moments DROP CONSTRAINT sla_moments_type_chk;
ALTER TABLE sla_moments ADD CONSTRAINT sla_moments_type_chk CHECK (type IN ('WARNING', 'BREACH', 'ESCALATED', 'RECOMPUTED', 'EXTENDED'));
