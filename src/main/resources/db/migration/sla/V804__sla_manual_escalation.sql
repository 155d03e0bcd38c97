-- Manual escalation (issue 9 item 3): staff working a ticket raise it to the leaders with a reason,
-- in addition to the escalation at breach. Once per ticket; the ticket then stays on the
-- supervisors' escalation list (escalated_at) until it is closed.
ALTER TABLE sla_tickets
  ADD COLUMN manual_escalated_at      TIMESTAMPTZ,
  ADD COLUMN manual_escalated_by      UUID,
  ADD COLUMN manual_escalation_reason VARCHAR(2000);
