-- The publication an article's link belongs to (model.Article.Outlet, the
-- registrable domain of its host), so that a story counts an outlet's
-- several feeds once. Articles stored before this migration get it from
-- Store.BackfillOutlets, which bantin runs once after migrating.
ALTER TABLE articles ADD COLUMN outlet TEXT NOT NULL DEFAULT '';
