-- the front-desk queue without a status filter shows the open tickets, oldest first:
--   WHERE status NOT IN ('DITOLAK', 'DITUTUP') ORDER BY created_at, number LIMIT 20 OFFSET n
-- At 100 000 tickets (90 % closed) that was a sequential scan plus sort (about 60 ms) and a
-- count over the whole status index (about 40 ms) on every queue page (docs/performance.md).
-- A partial index holds only the open tickets, in the queue's order: the page is read in
-- index order and the count scans only the open entries.
CREATE INDEX tickets_open_queue_idx ON tickets (created_at, number) WHERE status NOT IN ('DITOLAK', 'DITUTUP');
