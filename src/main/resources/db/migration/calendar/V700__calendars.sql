-- calendar owns versions 700-799
CREATE TABLE calendars
(
  id                  UUID PRIMARY KEY,
  name                VARCHAR(120) NOT NULL,
  zone                VARCHAR(64)  NOT NULL,
  cuti_bersama_closed BOOLEAN      NOT NULL DEFAULT TRUE,
  is_instance         BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at          TIMESTAMPTZ  NOT NULL,
  created_by          UUID,
  updated_at          TIMESTAMPTZ  NOT NULL,
  updated_by          UUID,
  version             BIGINT       NOT NULL
);
-- exactly one instance calendar (the migration below creates it; it cannot be deleted)
CREATE UNIQUE INDEX calendars_one_instance ON calendars (is_instance) WHERE is_instance;

-- weekly opening periods; end_time 00:00 means midnight at the end of the day
CREATE TABLE calendar_periods
(
  calendar_id UUID     NOT NULL REFERENCES calendars (id) ON DELETE CASCADE,
  day_of_week SMALLINT NOT NULL,
  start_time  TIME     NOT NULL,
  end_time    TIME     NOT NULL,
  PRIMARY KEY (calendar_id, day_of_week, start_time),
  CONSTRAINT calendar_periods_day_chk CHECK (day_of_week BETWEEN 1 AND 7),
  CONSTRAINT calendar_periods_order_chk CHECK (end_time = TIME '00:00' OR end_time > start_time)
);

-- national closed dates shared by every calendar (libur nasional always closed,
-- cuti bersama closed where the calendar's cuti_bersama_closed is set)
CREATE TABLE national_holidays
(
  holiday_date DATE PRIMARY KEY,
  kind         VARCHAR(20)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  source       VARCHAR(200),
  created_at   TIMESTAMPTZ  NOT NULL,
  created_by   UUID,
  CONSTRAINT national_holidays_kind_chk CHECK (kind IN ('NATIONAL_HOLIDAY', 'CUTI_BERSAMA'))
);

-- a calendar's own extra closed dates (regional holidays, office closures)
CREATE TABLE calendar_closed_dates
(
  calendar_id UUID         NOT NULL REFERENCES calendars (id) ON DELETE CASCADE,
  closed_date DATE         NOT NULL,
  name        VARCHAR(200) NOT NULL,
  created_at  TIMESTAMPTZ  NOT NULL,
  created_by  UUID,
  PRIMARY KEY (calendar_id, closed_date)
);

-- which calendar a unit uses; units without a row use the instance calendar
CREATE TABLE unit_calendars
(
  unit_id     UUID PRIMARY KEY REFERENCES units (id),
  calendar_id UUID        NOT NULL REFERENCES calendars (id),
  updated_at  TIMESTAMPTZ NOT NULL,
  updated_by  UUID
);
CREATE INDEX unit_calendars_calendar_idx ON unit_calendars (calendar_id);

-- one counter bumped by every change to the tables above, in the same transaction: every
-- node compares it with the revision its cached calendars were built from
CREATE TABLE calendar_revision
(
  id       SMALLINT PRIMARY KEY CHECK (id = 1),
  revision BIGINT NOT NULL
);
INSERT INTO calendar_revision (id, revision) VALUES (1, 1);

-- reference data every installation needs: the instance calendar, Diskominfo's service hours
-- (seed 001: Mon-Thu 08:00-12:00 and 13:00-15:45, Fri 08:00-11:00, WIB)
INSERT INTO calendars (id, name, zone, cuti_bersama_closed, is_instance, created_at, updated_at, version)
VALUES ('7c0a1e5d-0001-4000-8000-000000000700', 'Jam Layanan Diskominfo', 'Asia/Jakarta', TRUE, TRUE, now(), now(), 1);
INSERT INTO calendar_periods (calendar_id, day_of_week, start_time, end_time)
SELECT '7c0a1e5d-0001-4000-8000-000000000700', d, p.s, p.e
FROM generate_series(1, 4) AS d,
     (VALUES (TIME '08:00', TIME '12:00'), (TIME '13:00', TIME '15:45')) AS p(s, e);
INSERT INTO calendar_periods (calendar_id, day_of_week, start_time, end_time)
VALUES ('7c0a1e5d-0001-4000-8000-000000000700', 5, TIME '08:00', TIME '11:00');
