-- The SHA-256 (hex) of the ticket's access code (/lacak without login). The code itself is
-- never stored: it is shown once and mailed. Tickets from before this migration get none (null
-- never matches); staff can issue one from the ticket page.
ALTER TABLE tickets ADD COLUMN access_code_hash CHAR(64);
