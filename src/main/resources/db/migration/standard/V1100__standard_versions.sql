-- standard owns versions 1100-1119
-- A service standard (Standar Pelayanan, UU 25/2009 Pasal 21) in numbered versions per service.
CREATE TABLE standard_versions
(
  id               UUID PRIMARY KEY,
  service_id       UUID         NOT NULL REFERENCES service_offerings (id),
  number           INT          NOT NULL,
  status           VARCHAR(16)  NOT NULL,
  decree_number    VARCHAR(100),
  decree_date      DATE,
  signing_official VARCHAR(200),
  -- the decree's legal bases, one regulation per entry, in the decree's order
  legal_bases      TEXT[]       NOT NULL DEFAULT '{}',
  -- null while a draft; a published version is current from this date (instance zone)
  effective_date   DATE,
  published_at     TIMESTAMPTZ,
  published_by     UUID,
  created_at       TIMESTAMPTZ  NOT NULL,
  updated_at       TIMESTAMPTZ  NOT NULL,
  version          BIGINT       NOT NULL,
  CONSTRAINT standard_versions_number_uq UNIQUE (service_id, number),
  CONSTRAINT standard_versions_number_chk CHECK (number >= 1),
  CONSTRAINT standard_versions_status_chk CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
  CONSTRAINT standard_versions_published_chk CHECK (status = 'DRAFT' OR (effective_date IS NOT NULL AND published_at IS NOT NULL))
);
-- one draft per service at a time
CREATE UNIQUE INDEX standard_versions_one_draft_idx ON standard_versions (service_id) WHERE status = 'DRAFT';
CREATE INDEX standard_versions_current_idx ON standard_versions (service_id, effective_date) WHERE status <> 'DRAFT';

-- the 14 components of a version; labels are data (local variants exist)
CREATE TABLE standard_components
(
  version_id    UUID         NOT NULL REFERENCES standard_versions (id) ON DELETE CASCADE,
  position      INT          NOT NULL,
  component_key VARCHAR(40)  NOT NULL,
  label         VARCHAR(200) NOT NULL,
  section       VARCHAR(24)  NOT NULL,
  -- Markdown as written; rendered through the platform's sanitiser
  body          TEXT         NOT NULL DEFAULT '',
  PRIMARY KEY (version_id, position),
  CONSTRAINT standard_components_key_uq UNIQUE (version_id, component_key),
  CONSTRAINT standard_components_section_chk CHECK (section IN ('SERVICE_DELIVERY', 'INTERNAL_MANAGEMENT'))
);

-- Published versions never change: only the status may move on (PUBLISHED -> SUPERSEDED).
CREATE FUNCTION standard_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  IF OLD.status <> 'DRAFT' AND (NEW.service_id, NEW.number, NEW.decree_number, NEW.decree_date, NEW.signing_official,
                                NEW.legal_bases, NEW.effective_date, NEW.published_at, NEW.published_by)
      IS DISTINCT FROM (OLD.service_id, OLD.number, OLD.decree_number, OLD.decree_date, OLD.signing_official,
                        OLD.legal_bases, OLD.effective_date, OLD.published_at, OLD.published_by) THEN
    RAISE EXCEPTION 'standard version % is published and cannot change', OLD.id;
  END IF;
  IF OLD.status <> 'DRAFT' AND NEW.status = 'DRAFT' THEN
    RAISE EXCEPTION 'standard version % is published and cannot become a draft again', OLD.id;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER standard_versions_immutable_trg BEFORE UPDATE ON standard_versions
  FOR EACH ROW EXECUTE FUNCTION standard_versions_immutable();

CREATE FUNCTION standard_components_immutable() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
  owner_status VARCHAR(16);
BEGIN
  SELECT status INTO owner_status FROM standard_versions WHERE id = OLD.version_id;
  -- a cascading delete of the whole version finds no owner row any more
  IF owner_status IS NOT NULL AND owner_status <> 'DRAFT' THEN
    RAISE EXCEPTION 'components of published standard version % cannot change', OLD.version_id;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER standard_components_immutable_trg BEFORE UPDATE OR DELETE ON standard_components
  FOR EACH ROW EXECUTE FUNCTION standard_components_immutable();
