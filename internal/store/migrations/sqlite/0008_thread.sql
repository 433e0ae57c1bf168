-- The thread an article's story belongs to: what the story clusterer's
-- index clusters on (the id of the thread's first member), while
-- cluster_id is the thread's segment readers see as the story (a new one
-- opens after classify.StorySilence without a report). Articles stored
-- before this migration were clustered without segments: their thread is
-- their cluster.
ALTER TABLE articles ADD COLUMN thread_id INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET thread_id = cluster_id;
-- An added column sits after the article body, where SQLite reads it
-- through the row's overflow pages: reading thread_id with the recent
-- signatures took 5–9 times as long (20,000 articles of 7 KB). Through
-- this covering index (Store.RecentSignatures) it takes 1.1–1.8 times.
CREATE INDEX articles_thread ON articles (id, thread_id);
