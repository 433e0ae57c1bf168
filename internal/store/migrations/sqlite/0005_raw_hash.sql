-- The fingerprint of the upstream item an article was last read from
-- (model.Article.RawHash): a fetch skips items whose key and raw hash are
-- stored, before normalising them. Articles stored before this migration
-- keep '' and are normalised once more the next time their feed has them.
ALTER TABLE articles ADD COLUMN raw_hash TEXT NOT NULL DEFAULT '';
