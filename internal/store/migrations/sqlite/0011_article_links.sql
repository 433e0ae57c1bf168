-- One article per canonical link across sources (Store.SaveFetch): when two
-- sources (an outlet's home feed and a section feed) carry the same link,
-- the article stored first is the article, and later rows of that link are
-- its copies. A copy keeps its row, key and tags (its source's fetches,
-- re-tagging and stories work as before); feeds, pages and digests show it
-- as the first row, under the id feeds already published for it.
-- article_links holds each link and the article it belongs to (the index on
-- the canonical link); article_copies each copy and its article. Deleting an
-- article (with its source) frees its link and makes its copies articles
-- of their own again.
CREATE TABLE article_links (
    link TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX article_links_article ON article_links (article_id);
CREATE TABLE article_copies (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    canonical_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX article_copies_canonical ON article_copies (canonical_id);
-- Backfill: the articles stored so far, by their stored link, the earliest
-- row (lowest id: the one the all-news feed published) the article.
INSERT INTO article_links (link, article_id)
    SELECT url, MIN(id) FROM articles WHERE url <> '' GROUP BY url;
INSERT INTO article_copies (article_id, canonical_id)
    SELECT a.id, l.article_id FROM articles a JOIN article_links l ON l.link = a.url
    WHERE a.id <> l.article_id;
