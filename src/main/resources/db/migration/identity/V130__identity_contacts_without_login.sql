-- Contacts without login (staff-logged intake, ticket issue 9): a person who came to the front
-- desk, phoned or wrote is kept as an ACTIVE account whose password nobody knows (they set one
-- through "Lupa kata sandi"). Such a person may have given only a phone number, so the e-mail
-- becomes optional; the unique index on lower(email) still holds for every address given.
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
-- UU 27/2022 PDP proof of consent when it was given to a staff member instead of on /daftar:
-- which agent recorded it (consent_at and consent_version as for a registration).
ALTER TABLE users ADD COLUMN consent_recorded_by UUID REFERENCES users (id);
