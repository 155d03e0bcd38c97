-- catalog owns versions 200-299
CREATE TABLE service_offerings
(
  id            UUID PRIMARY KEY,
  code          VARCHAR(40)  NOT NULL UNIQUE,
  name          VARCHAR(200) NOT NULL,
  summary       VARCHAR(500) NOT NULL,
  description   TEXT,
  kind          VARCHAR(32)  NOT NULL,
  owner_unit_id UUID         NOT NULL REFERENCES units (id),
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  sort_order    INT          NOT NULL DEFAULT 0,
  created_at    TIMESTAMPTZ  NOT NULL,
  updated_at    TIMESTAMPTZ  NOT NULL,
  version       BIGINT       NOT NULL,
  CONSTRAINT service_offerings_kind_chk CHECK (kind IN ('COMPLAINT', 'REQUEST', 'INCIDENT', 'INFORMATION_REQUEST'))
);

CREATE TABLE service_categories
(
  id         UUID PRIMARY KEY,
  service_id UUID         NOT NULL REFERENCES service_offerings (id) ON DELETE CASCADE,
  sort_order INT          NOT NULL,
  code       VARCHAR(40)  NOT NULL,
  name       VARCHAR(200) NOT NULL,
  UNIQUE (service_id, code)
);
