-- a duplicate merged into its original (TicketLinks#merge): the duplicate is closed and points here
ALTER TABLE tickets
  ADD COLUMN merged_into_id UUID REFERENCES tickets (id);
CREATE INDEX tickets_merged_into_idx ON tickets (merged_into_id) WHERE merged_into_id IS NOT NULL;

-- "terkait": two tickets about the same matter, shown on both staff pages. One row per pair,
-- the smaller id first (ordered by PostgreSQL, so Java's signed UUID order never matters)
CREATE TABLE ticket_links
(
  ticket_id  UUID        NOT NULL REFERENCES tickets (id),
  other_id   UUID        NOT NULL REFERENCES tickets (id),
  created_at TIMESTAMPTZ NOT NULL,
  created_by UUID        NOT NULL REFERENCES users (id),
  PRIMARY KEY (ticket_id, other_id),
  CONSTRAINT ticket_links_order_chk CHECK (ticket_id < other_id)
);
CREATE INDEX ticket_links_other_idx ON ticket_links (other_id);
