-- The workflow (procedure, "Sistem, mekanisme, dan prosedur") of a standard version, as the
-- workflow module's JSON definition. Versioned with the standard: a ticket follows the definition
-- of the version it was filed under, so a published version's definition never changes. A version
-- without a row follows the general procedure (workflow template 'standar').
CREATE TABLE standard_workflows
(
  version_id   UUID        NOT NULL PRIMARY KEY REFERENCES standard_versions (id) ON DELETE CASCADE,
  -- the template it was copied from, kept for the admin page ("based on"), not for behaviour
  template_key VARCHAR(60) NOT NULL,
  definition   JSONB       NOT NULL,
  saved_at     TIMESTAMPTZ NOT NULL,
  saved_by     UUID
);

-- Only a draft's workflow changes (as for the request form, V1102).
CREATE FUNCTION standard_workflows_immutable() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
  owner_status VARCHAR(16);
BEGIN
  SELECT status INTO owner_status FROM standard_versions
  WHERE id = CASE WHEN TG_OP = 'INSERT' THEN NEW.version_id ELSE OLD.version_id END;
  IF owner_status IS NOT NULL AND owner_status <> 'DRAFT' THEN
    RAISE EXCEPTION 'the workflow of published standard version % cannot change',
      CASE WHEN TG_OP = 'INSERT' THEN NEW.version_id ELSE OLD.version_id END;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER standard_workflows_immutable_trg BEFORE INSERT OR UPDATE OR DELETE ON standard_workflows
  FOR EACH ROW EXECUTE FUNCTION standard_workflows_immutable();
