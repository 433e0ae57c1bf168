-- The URLs a source had before a permanent redirect moved it (Store.SaveFetch
-- records the old one; Store.AddSource refuses it, naming the source it
-- moved to), forgotten with the source.
CREATE TABLE source_moves (
    url TEXT PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    moved_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX source_moves_source ON source_moves (source_id);
