-- Knowledge base (/bantuan): sections and articles in Indonesian and English, helpfulness votes.
CREATE TABLE kb_sections (
    id          UUID PRIMARY KEY,
    title_id    VARCHAR(120) NOT NULL,
    title_en    VARCHAR(120),
    sort_order  INTEGER      NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  UUID,
    updated_at  TIMESTAMPTZ  NOT NULL,
    updated_by  UUID,
    version     BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE kb_articles (
    id            UUID PRIMARY KEY,
    section_id    UUID         NOT NULL REFERENCES kb_sections (id),
    slug          VARCHAR(80)  NOT NULL UNIQUE,
    title_id      VARCHAR(200) NOT NULL,
    title_en      VARCHAR(200),
    body_id       TEXT         NOT NULL,
    body_en       TEXT,
    status        VARCHAR(16)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    sort_order    INTEGER      NOT NULL,
    published_at  TIMESTAMPTZ,
    created_at    TIMESTAMPTZ  NOT NULL,
    created_by    UUID,
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    UUID,
    version       BIGINT       NOT NULL DEFAULT 0,
    -- both languages in one vector: a person finds an article whatever language they type in.
    -- 'simple' because PostgreSQL ships no Indonesian stemmer; queries use prefix matching instead.
    search        TSVECTOR GENERATED ALWAYS AS (
                      setweight(to_tsvector('simple', coalesce(title_id, '')), 'A')
                   || setweight(to_tsvector('simple', coalesce(title_en, '')), 'A')
                   || setweight(to_tsvector('simple', coalesce(body_id, '')), 'B')
                   || setweight(to_tsvector('simple', coalesce(body_en, '')), 'B')) STORED
);

CREATE INDEX kb_articles_search ON kb_articles USING GIN (search);
CREATE INDEX kb_articles_section ON kb_articles (section_id, sort_order);

-- one vote per browser session and article; the voter is a random id kept in the session
CREATE TABLE kb_votes (
    article_id  UUID        NOT NULL REFERENCES kb_articles (id),
    voter       UUID        NOT NULL,
    helpful     BOOLEAN     NOT NULL,
    voted_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, voter)
);
