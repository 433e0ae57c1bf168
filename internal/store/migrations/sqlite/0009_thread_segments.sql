-- The segments of a thread (Store.ThreadSegments: a story page lists the
-- earlier and later parts of its event): keyed by thread_id, holding each
-- article's segment and publication, so that the index alone answers the
-- lookup without reading article rows (thread_id sits after the body, in
-- the row's overflow pages). articles_thread (id, thread_id) stays: it
-- reads an article's thread by id for the story clusterer.
CREATE INDEX articles_thread_segments ON articles (thread_id, cluster_id, published_at);
