-- Which e-mails a person wants, per topic. No row: the e-mail is sent (the default).
CREATE TABLE notification_preferences
(
  user_id    UUID        NOT NULL,
  topic      VARCHAR(32) NOT NULL,
  email      BOOLEAN     NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (user_id, topic),
  CONSTRAINT notification_preferences_topic_chk CHECK (topic IN ('TICKET_UPDATES', 'DEADLINE_NOTICES'))
);
