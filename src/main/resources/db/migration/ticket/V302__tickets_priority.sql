-- how urgent the front desk judged a ticket (TicketPriority); SLA policies may depend on it
ALTER TABLE tickets
  ADD COLUMN priority VARCHAR(8) NOT NULL DEFAULT 'NORMAL';
ALTER TABLE tickets
  ADD CONSTRAINT tickets_priority_chk CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT'));
