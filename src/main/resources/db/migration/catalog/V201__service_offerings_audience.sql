-- who may request a service (Audience): anyone, civil servants only, or OPDs (through their civil servants)
ALTER TABLE service_offerings
  ADD COLUMN audience VARCHAR(8) NOT NULL DEFAULT 'PUBLIC';
ALTER TABLE service_offerings
  ADD CONSTRAINT service_offerings_audience_chk CHECK (audience IN ('PUBLIC', 'ASN', 'OPD'));
