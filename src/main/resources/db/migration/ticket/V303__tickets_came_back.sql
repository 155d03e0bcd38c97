-- the requester answered (ANSWERED) or reopened (REOPENED) and no staff member has acted since:
-- the queues mark such tickets; any staff step clears it
ALTER TABLE tickets
  ADD COLUMN came_back VARCHAR(8);
ALTER TABLE tickets
  ADD CONSTRAINT tickets_came_back_chk CHECK (came_back IN ('ANSWERED', 'REOPENED'));
