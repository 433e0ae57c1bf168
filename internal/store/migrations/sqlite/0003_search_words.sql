-- PostgreSQL rewrites its search text as words separated by spaces in this
-- migration; SQLite's FTS5 tokenizer already splits words at punctuation,
-- so there is nothing to change here (the file keeps migration IDs equal).
SELECT 1;
