-- The segments of a thread (Store.ThreadSegments: a story page lists the
-- earlier and later parts of its event): keyed by thread_id, holding each
-- article's segment and publication, so that an index-only scan answers
-- the lookup.
CREATE INDEX articles_thread_segments ON articles (thread_id, cluster_id, published_at);
