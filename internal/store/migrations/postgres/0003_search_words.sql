-- Search text is stored as words separated by spaces (store.searchText), so
-- that PostgreSQL's parser splits "tp.hcm" or "br-vt" into the words SQLite's
-- FTS5 tokenizer sees, and the same query finds the same articles on both.
-- The stored text is already folded (no diacritics, lower case).
UPDATE articles SET search_text = btrim(regexp_replace(search_text, '[^[:alnum:]]+', ' ', 'g'));
