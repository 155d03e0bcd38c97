-- Handover reports (berita acara penggantian peralatan jaringan, seed 004): the generated PDF
-- versions of a ticket and the one confirmation by the reporting OPD. Files are kept by storage;
-- file_id refers to storage's table by id only (another module's table), the SHA-256 is kept here.

-- per-year counters for report numbers (BA/2026/0001); a ticket's number is drawn once, at its
-- first report, and every later version of the report keeps it
CREATE TABLE handover_report_numbers
(
  year       INT PRIMARY KEY,
  last_value INT NOT NULL
);

CREATE TABLE handover_reports
(
  id            UUID        PRIMARY KEY,
  ticket_id     UUID        NOT NULL,
  number        VARCHAR(20) NOT NULL,
  version       INT         NOT NULL CHECK (version >= 1),
  file_id       UUID        NOT NULL,
  sha256        CHAR(64)    NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL,
  created_by    UUID        NOT NULL,
  superseded_at TIMESTAMPTZ,
  superseded_by UUID REFERENCES handover_reports (id) DEFERRABLE INITIALLY DEFERRED,
  CHECK ((superseded_at IS NULL) = (superseded_by IS NULL)),
  UNIQUE (ticket_id, version),
  UNIQUE (number, version)
);

-- one current (not superseded) version per ticket
CREATE UNIQUE INDEX handover_reports_current ON handover_reports (ticket_id) WHERE superseded_at IS NULL;

-- SIGNED: the requester entered name and NIP on their ticket page (sha256 = the report's);
-- SCAN: staff uploaded the signed paper (sha256 = the scan's, file_id = the scan)
CREATE TABLE handover_confirmations
(
  id           UUID         PRIMARY KEY,
  report_id    UUID         NOT NULL UNIQUE REFERENCES handover_reports (id),
  ticket_id    UUID         NOT NULL UNIQUE,
  method       VARCHAR(10)  NOT NULL CHECK (method IN ('SIGNED', 'SCAN')),
  signer_name  VARCHAR(120),
  signer_nip   CHAR(18),
  file_id      UUID,
  sha256       CHAR(64)     NOT NULL,
  confirmed_at TIMESTAMPTZ  NOT NULL,
  confirmed_by UUID         NOT NULL,
  CHECK ((method = 'SIGNED' AND signer_name IS NOT NULL AND signer_nip IS NOT NULL AND file_id IS NULL)
      OR (method = 'SCAN' AND file_id IS NOT NULL))
);

-- append-only: a report is never edited or deleted; the one change allowed is marking it
-- superseded, once, and never when it has been confirmed
CREATE FUNCTION handover_reports_append_only() RETURNS trigger AS
$$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.superseded_at IS NULL AND NEW.superseded_at IS NOT NULL
     AND NEW.id = OLD.id AND NEW.ticket_id = OLD.ticket_id AND NEW.number = OLD.number AND NEW.version = OLD.version
     AND NEW.file_id = OLD.file_id AND NEW.sha256 = OLD.sha256
     AND NEW.created_at = OLD.created_at AND NEW.created_by = OLD.created_by THEN
    IF EXISTS (SELECT 1 FROM handover_confirmations c WHERE c.report_id = OLD.id) THEN
      RAISE EXCEPTION 'handover report % is confirmed and cannot be superseded', OLD.id;
    END IF;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'handover_reports is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER handover_reports_no_change
  BEFORE UPDATE OR DELETE ON handover_reports
  FOR EACH ROW EXECUTE FUNCTION handover_reports_append_only();

CREATE FUNCTION handover_confirmations_append_only() RETURNS trigger AS
$$
BEGIN
  RAISE EXCEPTION 'handover_confirmations is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER handover_confirmations_no_change
  BEFORE UPDATE OR DELETE ON handover_confirmations
  FOR EACH ROW EXECUTE FUNCTION handover_confirmations_append_only();
