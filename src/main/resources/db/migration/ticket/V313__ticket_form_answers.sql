-- The answers of a ticket's request form, as they were given at submission. They answer the form
-- of the ticket's standard_version_id (V312): a ticket has answers only when it has a version.
-- The label is kept as it read then, so a later version that renames a field does not change
-- what the old ticket shows. Written once with the ticket, in the same transaction; never edited.
CREATE TABLE ticket_form_answers
(
  ticket_id     UUID         NOT NULL REFERENCES tickets (id),
  position      INT          NOT NULL,
  field_key     VARCHAR(40)  NOT NULL,
  kind          VARCHAR(16)  NOT NULL,
  label         VARCHAR(200) NOT NULL,
  -- normalised values (FormAnswers.Answer#values): one for most kinds, the ticked options of a
  -- MULTI_CHOICE, number then date of a LETTER, none for a DOCUMENT (its files are attachments)
  answer_values TEXT[]       NOT NULL DEFAULT '{}',
  PRIMARY KEY (ticket_id, position),
  CONSTRAINT ticket_form_answers_key_uq UNIQUE (ticket_id, field_key)
);

CREATE FUNCTION ticket_form_answers_append_only() RETURNS trigger AS
$$
BEGIN
  RAISE EXCEPTION 'ticket_form_answers is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ticket_form_answers_no_update_delete
  BEFORE UPDATE OR DELETE ON ticket_form_answers
  FOR EACH ROW EXECUTE FUNCTION ticket_form_answers_append_only();

-- A file uploaded for a DOCUMENT field of the form is an attachment of the submission entry that
-- names the field it answers; null for the general attachments.
ALTER TABLE ticket_attachments ADD COLUMN form_field_key VARCHAR(40);
