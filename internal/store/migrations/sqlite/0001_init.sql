-- Times are stored as INTEGER microseconds since the Unix epoch (UTC), the
-- same representation on both engines, so ordering and comparison are exact.
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    home_province TEXT NOT NULL DEFAULT '',
    default_topics TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'vi',
    time_zone TEXT NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    next_fetch_at INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT NOT NULL DEFAULT '',
    lease_until INTEGER NOT NULL DEFAULT 0,
    last_fetched_at INTEGER NOT NULL DEFAULT 0,
    last_status INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    retired_at INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sources_due ON sources (next_fetch_at) WHERE retired_at = 0;

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    -- Small columns first: SQLite reads them without touching overflow pages.
    published_at INTEGER NOT NULL,
    cluster_id INTEGER NOT NULL DEFAULT 0,
    signature BLOB,
    guid TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    content_html TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    image_url TEXT NOT NULL DEFAULT '',
    categories TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    fetched_at INTEGER NOT NULL,
    content_hash TEXT NOT NULL DEFAULT '',
    mojibake INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source_id, key)
);
CREATE INDEX articles_published ON articles (published_at DESC, id DESC);
CREATE INDEX articles_source_published ON articles (source_id, published_at DESC);
CREATE INDEX articles_cluster ON articles (cluster_id);

CREATE TABLE article_topics (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    is_primary INTEGER NOT NULL DEFAULT 0,
    score REAL NOT NULL DEFAULT 0,
    reason TEXT NOT NULL DEFAULT '',
    published_at INTEGER NOT NULL,
    PRIMARY KEY (article_id, topic)
);
CREATE INDEX article_topics_feed ON article_topics (topic, published_at DESC, article_id);

CREATE TABLE article_provinces (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    province TEXT NOT NULL,
    legacy_province TEXT NOT NULL DEFAULT '',
    weight REAL NOT NULL DEFAULT 0,
    reason TEXT NOT NULL DEFAULT '',
    published_at INTEGER NOT NULL,
    PRIMARY KEY (article_id, province, legacy_province)
);
CREATE INDEX article_provinces_feed ON article_provinces (province, published_at DESC, article_id);
CREATE INDEX article_provinces_legacy ON article_provinces (legacy_province, published_at DESC, article_id) WHERE legacy_province <> '';

-- Diacritic-insensitive search: bantin stores vntext.Fold(title, summary)
-- (đ→d folded in Go) and FTS5 strips whatever marks remain.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, summary, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE subscribers (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'pending',
    topics TEXT NOT NULL DEFAULT '',
    provinces TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL DEFAULT 0,
    confirmed_at INTEGER NOT NULL DEFAULT 0,
    confirm_sent_at INTEGER NOT NULL DEFAULT 0,
    bounces INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE digests (
    id INTEGER PRIMARY KEY,
    period TEXT NOT NULL,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    message_id TEXT NOT NULL DEFAULT '',
    sent_at INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    lease_owner TEXT NOT NULL DEFAULT '',
    lease_until INTEGER NOT NULL DEFAULT 0,
    UNIQUE (subscriber_id, period)
);
CREATE INDEX digests_due ON digests (status, next_attempt_at);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('content_version', '0');
