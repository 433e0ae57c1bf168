-- The thread an article's story belongs to: what the story clusterer's
-- index clusters on (the id of the thread's first member), while
-- cluster_id is the thread's segment readers see as the story (a new one
-- opens after classify.StorySilence without a report). Articles stored
-- before this migration were clustered without segments: their thread is
-- their cluster.
ALTER TABLE articles ADD COLUMN thread_id BIGINT NOT NULL DEFAULT 0;
UPDATE articles SET thread_id = cluster_id;
