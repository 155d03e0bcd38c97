-- The target of each unit a ticket is handed to (OLA, issue 9 item 3): counted on the holding
-- unit's calendar from the hand-off until the unit hands it back, returns it or the ticket stops.
-- Null: the policy sets none. The clock is a third kind in sla_clocks (HANDOFF), one per ticket,
-- its run the hand-off's sequence number, so each new holder gets its own warning and breach.
ALTER TABLE sla_policies
  ADD COLUMN handoff_amount INT,
  ADD COLUMN handoff_unit   VARCHAR(16),
  ADD COLUMN handoff_mode   VARCHAR(16);
