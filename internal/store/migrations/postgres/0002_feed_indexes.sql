-- Feed queries (internal/web) read the newest articles of a topic, a
-- province or a source. These indexes match their ORDER BY (published_at
-- DESC, article id DESC) exactly, so a LIMIT stops after LIMIT index rows
-- and no filter scans or sorts the articles table.
CREATE INDEX article_topics_newest ON article_topics (topic, published_at DESC, article_id DESC);
CREATE INDEX article_provinces_newest ON article_provinces (province, published_at DESC, article_id DESC);
CREATE INDEX article_provinces_legacy_newest ON article_provinces (legacy_province, published_at DESC, article_id DESC) WHERE legacy_province <> '';
CREATE INDEX articles_source_newest ON articles (source_id, published_at DESC, id DESC);
DROP INDEX article_topics_feed;
DROP INDEX article_provinces_feed;
DROP INDEX article_provinces_legacy;
DROP INDEX articles_source_published;

-- A feed of a topic in a province (/topics/T/provinces/P/) must not
-- intersect two long lists: article_topic_provinces holds one row per
-- (topic, province slug, article), a former province's slug included,
-- written by internal/store with the tags (one multi-row insert per fetched
-- feed, cheaper than per-row triggers on the single SQLite writer), so that
-- such a feed is one index range scan stopped by LIMIT whatever the two
-- lists' sizes.
CREATE TABLE article_topic_provinces (
    topic TEXT NOT NULL,
    province TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (topic, province, published_at, article_id)
);
CREATE INDEX article_topic_provinces_article ON article_topic_provinces (article_id);

INSERT INTO article_topic_provinces (topic, province, published_at, article_id)
    SELECT t.topic, p.province, t.published_at, t.article_id
    FROM article_topics t JOIN article_provinces p ON p.article_id = t.article_id
    UNION
    SELECT t.topic, p.legacy_province, t.published_at, t.article_id
    FROM article_topics t JOIN article_provinces p ON p.article_id = t.article_id
    WHERE p.legacy_province <> ''
ON CONFLICT DO NOTHING;
