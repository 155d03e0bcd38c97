-- The request form of a standard version ("persyaratan" as fields to fill in and documents to
-- upload). Versioned with the standard: a published version's form never changes.
CREATE TABLE standard_form_fields
(
  version_id     UUID         NOT NULL REFERENCES standard_versions (id) ON DELETE CASCADE,
  position       INT          NOT NULL,
  field_key      VARCHAR(40)  NOT NULL,
  kind           VARCHAR(16)  NOT NULL,
  label          VARCHAR(200) NOT NULL,
  label_en       VARCHAR(200),
  help           TEXT,
  help_en        TEXT,
  required       BOOLEAN      NOT NULL,
  -- meaning depends on the kind (length, value, number of choices or files); null for none
  minimum        BIGINT,
  maximum        BIGINT,
  options        TEXT[]       NOT NULL DEFAULT '{}',
  options_en     TEXT[]       NOT NULL DEFAULT '{}',
  document_types TEXT[]       NOT NULL DEFAULT '{}',
  PRIMARY KEY (version_id, position),
  CONSTRAINT standard_form_fields_key_uq UNIQUE (version_id, field_key),
  CONSTRAINT standard_form_fields_kind_chk CHECK (kind IN ('SHORT_TEXT', 'LONG_TEXT', 'NUMBER', 'DATE', 'CHOICE', 'MULTI_CHOICE', 'UNIT',
                                                          'NIK', 'EMAIL', 'PHONE', 'LETTER', 'DOCUMENT'))
);

-- Only a draft's form changes; a cascading delete of a whole draft finds no owner row any more.
CREATE FUNCTION standard_form_fields_immutable() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
  owner_status VARCHAR(16);
BEGIN
  SELECT status INTO owner_status FROM standard_versions
  WHERE id = CASE WHEN TG_OP = 'INSERT' THEN NEW.version_id ELSE OLD.version_id END;
  IF owner_status IS NOT NULL AND owner_status <> 'DRAFT' THEN
    RAISE EXCEPTION 'the request form of published standard version % cannot change',
      CASE WHEN TG_OP = 'INSERT' THEN NEW.version_id ELSE OLD.version_id END;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER standard_form_fields_immutable_trg BEFORE INSERT OR UPDATE OR DELETE ON standard_form_fields
  FOR EACH ROW EXECUTE FUNCTION standard_form_fields_immutable();
