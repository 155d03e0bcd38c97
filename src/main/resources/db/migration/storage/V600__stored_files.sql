-- storage owns versions 600-699. One row per kept file; the bytes live in the blob store
-- (local folder by default) under storage_key, which never contains the user's file name.
CREATE TABLE stored_files
(
  id            UUID PRIMARY KEY,
  original_name VARCHAR(200) NOT NULL,
  media_type    VARCHAR(100) NOT NULL,
  size          BIGINT       NOT NULL CHECK (size > 0),
  sha256        CHAR(64)     NOT NULL,
  storage_key   VARCHAR(200) NOT NULL UNIQUE,
  stored_at     TIMESTAMPTZ  NOT NULL,
  stored_by     UUID
);
CREATE INDEX stored_files_sha256_idx ON stored_files (sha256);
