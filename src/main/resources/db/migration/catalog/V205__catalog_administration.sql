-- the catalog becomes editable by administrators (issue 8 item 1)
-- English name and summary; empty means the Indonesian text is shown
ALTER TABLE service_offerings
  ADD COLUMN name_en VARCHAR(200),
  ADD COLUMN summary_en VARCHAR(500),
  -- the channels through which the office accepts requests for the service (catalog Channel)
  ADD COLUMN channels TEXT[] NOT NULL DEFAULT ARRAY ['WEB']::TEXT[];

-- categories used by tickets are never deleted; they are deactivated and keep their name
ALTER TABLE service_categories
  ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
