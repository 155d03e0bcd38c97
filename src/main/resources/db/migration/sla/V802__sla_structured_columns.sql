-- Structured values instead of comma-separated text: the pause statuses of a policy as an array,
-- a ticket's status timeline and a clock's pauses as jsonb. Existing rows are converted.

-- "MENUNGGU_PEMOHON,VERIFIKASI" -> {MENUNGGU_PEMOHON,VERIFIKASI}
ALTER TABLE sla_policies
  ALTER COLUMN pause_statuses TYPE varchar(20)[] USING array_remove(string_to_array(pause_statuses, ','), '');

-- "epochSecond STATUS,..." -> [{"at": "2026-06-08T02:00:00Z", "status": "DITERIMA"}, ...], oldest first
ALTER TABLE sla_tickets ADD COLUMN status_steps jsonb;
UPDATE sla_tickets t SET status_steps = coalesce((
  SELECT jsonb_agg(jsonb_build_object(
           'at', to_char(to_timestamp(split_part(p, ' ', 1)::bigint) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'status', split_part(p, ' ', 2)) ORDER BY o)
  FROM unnest(string_to_array(t.status_timeline, ',')) WITH ORDINALITY AS u(p, o)
  WHERE p <> ''), '[]'::jsonb);
ALTER TABLE sla_tickets DROP COLUMN status_timeline;
ALTER TABLE sla_tickets RENAME COLUMN status_steps TO status_timeline;
ALTER TABLE sla_tickets ALTER COLUMN status_timeline SET NOT NULL;

-- "from-to,from-" -> [{"from": "...Z", "to": "...Z"}, {"from": "...Z", "to": null}] (an open pause has no end)
ALTER TABLE sla_clocks ADD COLUMN pause_list jsonb;
UPDATE sla_clocks c SET pause_list = coalesce((
  SELECT jsonb_agg(jsonb_build_object(
           'from', to_char(to_timestamp(split_part(p, '-', 1)::bigint) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'to', CASE WHEN split_part(p, '-', 2) = '' THEN NULL
                      ELSE to_char(to_timestamp(split_part(p, '-', 2)::bigint) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END) ORDER BY o)
  FROM unnest(string_to_array(c.pauses, ',')) WITH ORDINALITY AS u(p, o)
  WHERE p <> ''), '[]'::jsonb);
ALTER TABLE sla_clocks DROP COLUMN pauses;
ALTER TABLE sla_clocks RENAME COLUMN pause_list TO pauses;
ALTER TABLE sla_clocks ALTER COLUMN pauses SET NOT NULL;
ALTER TABLE sla_clocks ALTER COLUMN pauses SET DEFAULT '[]'::jsonb;
