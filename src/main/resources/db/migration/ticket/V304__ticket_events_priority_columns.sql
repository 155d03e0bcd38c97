-- A priority change kept its old and new value as the text 'FROM>TO'; they become two columns,
-- so nothing parses text to learn what happened.
ALTER TABLE ticket_events ADD COLUMN priority_from VARCHAR(8), ADD COLUMN priority_to VARCHAR(8);
ALTER TABLE ticket_events ADD CONSTRAINT ticket_events_priority_chk CHECK (
  (priority_from IS NULL AND priority_to IS NULL)
  OR (priority_from IN ('LOW', 'NORMAL', 'HIGH', 'URGENT') AND priority_to IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')));

-- the timeline is append-only; this one conversion of existing rows is the exception
ALTER TABLE ticket_events DISABLE TRIGGER ticket_events_no_update_delete;
UPDATE ticket_events
SET priority_from = split_part(text, '>', 1),
    priority_to   = split_part(text, '>', 2),
    text          = NULL
WHERE type = 'PRIORITY_CHANGED' AND text LIKE '%>%';
ALTER TABLE ticket_events ENABLE TRIGGER ticket_events_no_update_delete;
