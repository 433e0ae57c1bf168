-- A source's last error is recorded with its kind (and a web page's feed
-- URLs) as JSON beside its text: {"kind": …, "feeds": […], "text": …}
-- (store/lasterror.go), which readers use instead of parsing the text.
-- The text is in it so that a detail written with another text is not
-- taken for this one's: a bantin of 0012 still writes last_error alone.
-- Rows recorded before this migration get the kind their text shows (the
-- texts of ingest.Describe and the pipeline up to 0012); a web page's
-- feeds stay in its text only until the source's next fetch. GLOB, not
-- LIKE: SQLite's LIKE folds ASCII case and PostgreSQL's does not, and a
-- text may carry an upstream's bytes ("malformed HTTP response
-- \"Connection Refused\"" is no refused connection); the engines agree.
-- (A database migrated with LIKE corrects such a row at its next fetch.)
ALTER TABLE sources ADD COLUMN last_error_detail TEXT NOT NULL DEFAULT '';
UPDATE sources SET last_error_detail = json_object('kind', CASE
        WHEN last_error = 'HTTP 410 Gone: source retired' THEN 'gone'
        WHEN last_error GLOB 'HTTP *' THEN 'http'
        WHEN last_error GLOB 'timeout after*' THEN 'timeout'
        WHEN last_error GLOB 'body larger than*' THEN 'too_large'
        WHEN last_error GLOB 'parse: a web page (HTML), not an RSS, Atom or JSON feed*' THEN 'web_page'
        WHEN last_error GLOB 'parse:*' THEN 'parse'
        WHEN last_error GLOB 'broken feed: *' THEN 'broken_feed'
        WHEN last_error GLOB 'no such host*' THEN 'no_such_host'
        WHEN last_error GLOB 'DNS lookup*' THEN 'dns'
        WHEN last_error GLOB 'refusing to connect to a private address*' THEN 'private_address'
        WHEN last_error GLOB 'stopped after * redirects' THEN 'too_many_redirects'
        WHEN last_error GLOB 'redirected to a non-http(s) URL*' THEN 'redirect_scheme'
        WHEN last_error GLOB 'moved permanently to *: remove one of the two' THEN 'moved_onto_source'
        WHEN last_error GLOB '*connection refused*' THEN 'connection_refused'
        WHEN last_error GLOB '*connection reset*' THEN 'connection_reset'
        WHEN last_error GLOB '*x509:*' THEN 'tls_certificate'
        WHEN last_error GLOB '*tls:*' THEN 'tls'
        WHEN last_error GLOB '*network is unreachable*' THEN 'network_unreachable'
        ELSE 'other' END, 'text', last_error)
    WHERE last_error <> '';
