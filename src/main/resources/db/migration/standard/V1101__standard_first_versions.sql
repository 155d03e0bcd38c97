-- Version 1 for every existing service, so that existing tickets keep the standard they were
-- filed under. Its text is the service's description as "Sistem, mekanisme, dan prosedur"; the
-- other components stay empty until an admin writes the next version. Effective from the day
-- the service was created (Asia/Jakarta), so every existing ticket falls under it.
-- The tickets' column (ticket migration V312) is filled here, not in the ticket range: V312
-- sorts, and so runs, before V1100 on a fresh database, when standard_versions does not exist.
INSERT INTO standard_versions (id, service_id, number, status, effective_date, published_at, created_at, updated_at, version)
SELECT gen_random_uuid(), s.id, 1, 'PUBLISHED', (s.created_at AT TIME ZONE 'Asia/Jakarta')::date, now(), now(), now(), 0
FROM service_offerings s
WHERE NOT EXISTS (SELECT 1 FROM standard_versions v WHERE v.service_id = s.id);

-- UU 25/2009 Pasal 21 a-n in order; the section after PermenPAN-RB 15/2014 (shared/domain-id.md §1)
INSERT INTO standard_components (version_id, position, component_key, label, section, body)
SELECT v.id, c.position, c.component_key, c.label, c.section,
       CASE WHEN c.component_key = 'prosedur' THEN coalesce(s.description, '') ELSE '' END
FROM standard_versions v
JOIN service_offerings s ON s.id = v.service_id
CROSS JOIN (VALUES (1, 'dasar-hukum', 'Dasar hukum', 'INTERNAL_MANAGEMENT'),
                   (2, 'persyaratan', 'Persyaratan', 'SERVICE_DELIVERY'),
                   (3, 'prosedur', 'Sistem, mekanisme, dan prosedur', 'SERVICE_DELIVERY'),
                   (4, 'jangka-waktu', 'Jangka waktu penyelesaian', 'SERVICE_DELIVERY'),
                   (5, 'biaya', 'Biaya/tarif', 'SERVICE_DELIVERY'),
                   (6, 'produk', 'Produk pelayanan', 'SERVICE_DELIVERY'),
                   (7, 'sarana', 'Sarana, prasarana, dan/atau fasilitas', 'INTERNAL_MANAGEMENT'),
                   (8, 'kompetensi', 'Kompetensi pelaksana', 'INTERNAL_MANAGEMENT'),
                   (9, 'pengawasan', 'Pengawasan internal', 'INTERNAL_MANAGEMENT'),
                   (10, 'pengaduan', 'Penanganan pengaduan, saran, dan masukan', 'SERVICE_DELIVERY'),
                   (11, 'jumlah-pelaksana', 'Jumlah pelaksana', 'INTERNAL_MANAGEMENT'),
                   (12, 'jaminan-pelayanan', 'Jaminan pelayanan', 'INTERNAL_MANAGEMENT'),
                   (13, 'jaminan-keamanan', 'Jaminan keamanan dan keselamatan pelayanan', 'INTERNAL_MANAGEMENT'),
                   (14, 'evaluasi', 'Evaluasi kinerja pelaksana', 'INTERNAL_MANAGEMENT'))
         AS c (position, component_key, label, section)
WHERE v.number = 1
  AND NOT EXISTS (SELECT 1 FROM standard_components x WHERE x.version_id = v.id);

UPDATE tickets t SET standard_version_id = v.id
FROM standard_versions v
WHERE v.service_id = t.service_id AND v.number = 1 AND t.standard_version_id IS NULL;

ALTER TABLE tickets ADD CONSTRAINT tickets_standard_version_fk FOREIGN KEY (standard_version_id) REFERENCES standard_versions (id);
CREATE INDEX tickets_standard_version_idx ON tickets (standard_version_id) WHERE standard_version_id IS NOT NULL;
