-- identity owns versions 100-199
CREATE TABLE units
(
  id          UUID PRIMARY KEY,
  code        VARCHAR(32)  NOT NULL UNIQUE,
  name        VARCHAR(200) NOT NULL,
  front_desk  BOOLEAN      NOT NULL DEFAULT FALSE,
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at  TIMESTAMPTZ  NOT NULL,
  created_by  UUID,
  updated_at  TIMESTAMPTZ  NOT NULL,
  version     BIGINT       NOT NULL
);
-- at most one front desk
CREATE UNIQUE INDEX units_one_front_desk ON units (front_desk) WHERE front_desk;

CREATE TABLE users
(
  id             UUID PRIMARY KEY,
  email          VARCHAR(254) NOT NULL,
  full_name      VARCHAR(150) NOT NULL,
  nik            CHAR(16),
  nip            CHAR(18),
  phone          VARCHAR(20),
  user_kind      VARCHAR(16)  NOT NULL,
  own_unit_id    UUID REFERENCES units (id),
  password_hash  VARCHAR(255) NOT NULL,
  status         VARCHAR(16)  NOT NULL,
  status_reason  VARCHAR(500),
  decided_by     UUID,
  decided_at     TIMESTAMPTZ,
  failed_logins  INT          NOT NULL DEFAULT 0,
  locked_until   TIMESTAMPTZ,
  created_at     TIMESTAMPTZ  NOT NULL,
  updated_at     TIMESTAMPTZ  NOT NULL,
  version        BIGINT       NOT NULL,
  CONSTRAINT users_status_chk CHECK (status IN ('PENDING', 'ACTIVE', 'REJECTED', 'DISABLED')),
  CONSTRAINT users_kind_chk CHECK (user_kind IN ('CITIZEN', 'ASN', 'STAFF'))
);
CREATE UNIQUE INDEX users_email_uq ON users (lower(email));
CREATE UNIQUE INDEX users_nik_uq ON users (nik) WHERE nik IS NOT NULL;
CREATE UNIQUE INDEX users_nip_uq ON users (nip) WHERE nip IS NOT NULL;
CREATE INDEX users_status_idx ON users (status, created_at);

CREATE TABLE memberships
(
  user_id UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  unit_id UUID        NOT NULL REFERENCES units (id),
  role    VARCHAR(16) NOT NULL,
  PRIMARY KEY (user_id, unit_id, role),
  CONSTRAINT memberships_role_chk CHECK (role IN ('AGENT', 'UNIT_ADMIN', 'TECHNICIAN', 'SUPERVISOR', 'ADMIN'))
);
CREATE INDEX memberships_unit_role_idx ON memberships (unit_id, role);
