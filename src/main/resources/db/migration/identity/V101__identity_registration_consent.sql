-- Proof of consent (UU 27/2022 PDP Pasal 22-24): when the registrant agreed that their personal
-- data is processed for the public service, and which wording they agreed to.
ALTER TABLE users ADD COLUMN consent_at TIMESTAMPTZ;
ALTER TABLE users ADD COLUMN consent_version VARCHAR(16);
