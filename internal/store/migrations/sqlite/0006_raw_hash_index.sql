-- Covers Store.RawHashes, which every fetch runs for all the keys of the
-- feed: the index alone answers it, without reading article rows (on
-- SQLite, raw_hash lies after the body and its overflow pages).
CREATE INDEX articles_raw_hash ON articles (source_id, key, raw_hash);
