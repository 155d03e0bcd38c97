-- The service standard version a ticket was filed under (null for a service without a standard).
-- No foreign key here: on a fresh database this runs before the standard module's V1100 creates
-- standard_versions; V1101 adds the key and fills the column for existing tickets.
ALTER TABLE tickets ADD COLUMN standard_version_id UUID;
