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
-- (topic, province slug, article), a former province's slug included, kept
-- by triggers on the tag tables, so that such a feed is one index range
-- scan stopped by LIMIT whatever the two lists' sizes.
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

CREATE FUNCTION article_topics_pairs_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_topic_provinces (topic, province, published_at, article_id)
        SELECT NEW.topic, p.province, NEW.published_at, NEW.article_id
        FROM article_provinces p WHERE p.article_id = NEW.article_id
        UNION
        SELECT NEW.topic, p.legacy_province, NEW.published_at, NEW.article_id
        FROM article_provinces p WHERE p.article_id = NEW.article_id AND p.legacy_province <> ''
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER article_topics_pairs_ins AFTER INSERT ON article_topics
    FOR EACH ROW EXECUTE FUNCTION article_topics_pairs_ins();

CREATE FUNCTION article_provinces_pairs_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_topic_provinces (topic, province, published_at, article_id)
        SELECT t.topic, s.slug, NEW.published_at, NEW.article_id
        FROM article_topics t
        CROSS JOIN (SELECT NEW.province AS slug UNION SELECT NEW.legacy_province WHERE NEW.legacy_province <> '') s
        WHERE t.article_id = NEW.article_id
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER article_provinces_pairs_ins AFTER INSERT ON article_provinces
    FOR EACH ROW EXECUTE FUNCTION article_provinces_pairs_ins();

CREATE FUNCTION article_topics_pairs_del() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM article_topic_provinces WHERE article_id = OLD.article_id AND topic = OLD.topic;
    RETURN NULL;
END $$;
CREATE TRIGGER article_topics_pairs_del AFTER DELETE ON article_topics
    FOR EACH ROW EXECUTE FUNCTION article_topics_pairs_del();

CREATE FUNCTION article_provinces_pairs_del() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM article_topic_provinces c
    WHERE c.article_id = OLD.article_id AND c.province IN (OLD.province, OLD.legacy_province)
      AND NOT EXISTS (SELECT 1 FROM article_provinces p WHERE p.article_id = OLD.article_id
          AND (p.province = c.province OR p.legacy_province = c.province));
    RETURN NULL;
END $$;
CREATE TRIGGER article_provinces_pairs_del AFTER DELETE ON article_provinces
    FOR EACH ROW EXECUTE FUNCTION article_provinces_pairs_del();
