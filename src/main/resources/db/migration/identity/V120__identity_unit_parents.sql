-- units form a tree (an OPD and its divisions); administrators keep it free of cycles
ALTER TABLE units
  ADD COLUMN parent_id UUID REFERENCES units (id);
CREATE INDEX units_parent_idx ON units (parent_id);
