-- The id feeds publish for an article: model.ItemID(source URL, key), fixed
-- when the article is first stored. Articles stored before this migration
-- keep '' and with it the row-id tag: URI their feeds already published.
ALTER TABLE articles ADD COLUMN item_id TEXT NOT NULL DEFAULT '';
