-- canned replies the front desk keeps (ReplyTemplates); unit_id null = for every unit
CREATE TABLE reply_templates
(
  id         UUID PRIMARY KEY,
  title      VARCHAR(120)   NOT NULL,
  body       VARCHAR(10000) NOT NULL,
  active     BOOLEAN        NOT NULL DEFAULT TRUE,
  unit_id    UUID REFERENCES units (id),
  created_at TIMESTAMPTZ    NOT NULL,
  created_by UUID           NOT NULL REFERENCES users (id),
  updated_at TIMESTAMPTZ    NOT NULL,
  updated_by UUID           NOT NULL REFERENCES users (id),
  version    BIGINT         NOT NULL DEFAULT 0
);
-- the ticket page lists the active templates of the user's units and the global ones
CREATE INDEX reply_templates_active_idx ON reply_templates (unit_id, title) WHERE active;
