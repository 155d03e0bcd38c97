-- standard owns versions 1100-1119
-- The decree annex PDF of a published version, kept through storage (its size and SHA-256 are
-- in stored_files). Rendered and stored at publication; versions published before this
-- migration get theirs on the first download. Never on a draft.
ALTER TABLE standard_versions
  ADD COLUMN annex_file_id UUID REFERENCES stored_files (id),
  ADD CONSTRAINT standard_versions_annex_not_draft_chk CHECK (annex_file_id IS NULL OR status <> 'DRAFT');
CREATE UNIQUE INDEX standard_versions_annex_file_idx ON standard_versions (annex_file_id) WHERE annex_file_id IS NOT NULL;

-- V1100's checks, unchanged, plus the annex: set once (null -> value) on a non-draft version,
-- never changed or removed after.
CREATE OR REPLACE FUNCTION standard_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS
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
  IF OLD.annex_file_id IS NOT NULL AND NEW.annex_file_id IS DISTINCT FROM OLD.annex_file_id THEN
    RAISE EXCEPTION 'the annex of standard version % is kept and cannot change', OLD.id;
  END IF;
  RETURN NEW;
END
$$;
