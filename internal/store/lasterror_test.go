package store

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"bantin/internal/model"
)

// TestLastErrorKind: a fetch's error is read back with the kind and a web
// page's feeds it was recorded with; an error text written without them
// (a bantin older than migration 0013 writes last_error alone) reads as
// KindUnknown, not as the kind of the error before it; success reads as
// KindNone; moving the source to a new URL forgets them.
func TestLastErrorKind(t *testing.T) {
	feeds := []string{"https://bao.example/rss/a.rss", "https://bao.example/rss/b,c.rss"}
	for engine, u := range upgradeURLs(t, "kind.db") {
		t.Run(engine, func(t *testing.T) {
			ctx := context.Background()
			s := openURL(t, u)
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			src := model.Source{URL: "https://bao.example/"}
			if err := s.AddSource(ctx, &src); err != nil {
				t.Fatal(err)
			}
			now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
			save := func(text string, kind model.FetchErrorKind, feeds []string) model.Source {
				t.Helper()
				if _, err := s.ClaimSource(ctx, src.ID, "w", now, time.Minute); err != nil {
					t.Fatal(err)
				}
				if _, err := s.SaveFetch(ctx, FetchOutcome{SourceID: src.ID, Owner: "w", Error: text, ErrorKind: kind,
					ErrorFeeds: feeds, Failures: 1, FetchedAt: now, NextFetchAt: now}, nil); err != nil {
					t.Fatal(err)
				}
				return readSource(t, s, src.ID)
			}
			got := save("parse: a web page (HTML), …", model.KindWebPage, feeds)
			if got.LastErrorKind != model.KindWebPage || !slices.Equal(got.LastErrorFeeds, feeds) {
				t.Errorf("web page: kind %q, feeds %q; want %q, %q", got.LastErrorKind, got.LastErrorFeeds, model.KindWebPage, feeds)
			}
			if _, err := s.db.ExecContext(ctx, "UPDATE sources SET last_error = 'HTTP 500 Internal Server Error' WHERE id = ?", src.ID); err != nil {
				t.Fatal(err)
			}
			if got := readSource(t, s, src.ID); got.LastErrorKind != model.KindUnknown || got.LastErrorFeeds != nil {
				t.Errorf("an error written without its kind: kind %q, feeds %q; want %q and none", got.LastErrorKind, got.LastErrorFeeds, model.KindUnknown)
			}
			if got := save("timeout after 30s", model.KindNone, nil); got.LastErrorKind != model.KindUnknown {
				t.Errorf("an error saved without a kind: %q, want %q", got.LastErrorKind, model.KindUnknown)
			}
			if got := save("", model.KindHTTP, feeds); got.LastErrorKind != model.KindNone || got.LastErrorFeeds != nil {
				t.Errorf("no error: kind %q, feeds %q; want none", got.LastErrorKind, got.LastErrorFeeds)
			}
			save("no such host: bao.example", model.KindNoSuchHost, nil)
			to := "https://bao.example/rss"
			if _, _, err := s.EditSource(ctx, src.ID, SourceEdit{URL: &to, MovedAt: now}); err != nil {
				t.Fatal(err)
			}
			var detail string
			if err := s.db.QueryRowContext(ctx, "SELECT last_error_detail FROM sources WHERE id = ?", src.ID).Scan(&detail); err != nil || detail != "" {
				t.Errorf("after a new URL: detail %q, %v; want none", detail, err)
			}
		})
	}
}

// TestLastErrorKindMigrated: migration 0013 gives each last error recorded
// before it the kind its text shows (the texts bantin wrote up to 0012).
func TestLastErrorKindMigrated(t *testing.T) {
	names, err := (&Store{engine: SQLite}).Migrations()
	if err != nil {
		t.Fatal(err)
	}
	k := slices.Index(names, "0013_last_error_detail.sql")
	if k < 0 {
		t.Fatal("no migration 0013_last_error_detail.sql")
	}
	cases := []struct {
		text string
		want model.FetchErrorKind
	}{
		{"", model.KindNone},
		{"HTTP 503 Service Unavailable", model.KindHTTP},
		{"HTTP 410 Gone: source retired", model.KindGone},
		{"timeout after 30s", model.KindTimeout},
		{"body larger than 10 MiB", model.KindTooLarge},
		{"parse: a web page (HTML), not an RSS, Atom or JSON feed; it names the feed https://bao.example/rss: give that URL instead", model.KindWebPage},
		{"parse: a web page (HTML), not an RSS, Atom or JSON feed, and it names no feed: give the site's feed URL instead", model.KindWebPage},
		{"parse: not an RSS, Atom or JSON feed", model.KindParse},
		{"broken feed: read 3 items, then the XML breaks (…); later items are lost until it is mended", model.KindBrokenFeed},
		{"no such host: bao.example", model.KindNoSuchHost},
		{"DNS lookup of bao.example: i/o timeout", model.KindDNS},
		{"refusing to connect to a private address: 127.0.0.1", model.KindPrivateAddress},
		{"stopped after 10 redirects", model.KindRedirectLoop},
		{"redirected to a non-http(s) URL (file:); only http and https feeds are read", model.KindRedirectScheme},
		{"moved permanently to https://b.example/rss, the URL of source 2: remove one of the two", model.KindMovedOnto},
		{"dial tcp 203.0.113.5:443: connect: connection refused", model.KindRefused},
		{"read tcp 10.0.0.1:5000->203.0.113.5:443: read: connection reset by peer", model.KindReset},
		{"tls: failed to verify certificate: x509: certificate has expired", model.KindCertificate},
		{"remote error: tls: handshake failure", model.KindTLS},
		{"dial tcp 203.0.113.5:443: connect: network is unreachable", model.KindUnreachable},
		{"something new", model.KindOther},
		// Texts carrying an upstream's bytes: a case the patterns do not
		// write is not theirs, on both engines (SQLite's LIKE folds ASCII
		// case, PostgreSQL's does not).
		{`net/http: HTTP/1.x transport connection broken: malformed HTTP response "Connection Refused"`, model.KindOther},
		{`malformed HTTP status code "TLS: NO"`, model.KindOther},
		{`malformed HTTP response "X509: Connection Reset, Network Is Unreachable"`, model.KindOther},
		{`Timeout After 3s`, model.KindOther},
		{`http 500`, model.KindOther},
		{`Parse: x`, model.KindOther},
		{`malformed HTTP response "Connection Refused" after tls: handshake failure`, model.KindTLS},
	}
	for engine, u := range upgradeURLs(t, "kinds.db") {
		t.Run(engine, func(t *testing.T) {
			ctx := context.Background()
			s := openURL(t, u)
			if err := s.migrateTo(ctx, names[:k]); err != nil {
				t.Fatal(err)
			}
			for i, c := range cases {
				if _, err := s.db.ExecContext(ctx, "INSERT INTO sources (url, last_error, created_at) VALUES (?, ?, 1)",
					fmt.Sprintf("https://s%d.example/rss", i), c.text); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			srcs, err := s.Sources(ctx)
			if err != nil || len(srcs) != len(cases) {
				t.Fatalf("%d sources, %v", len(srcs), err)
			}
			for _, src := range srcs {
				c := cases[slices.IndexFunc(cases, func(c struct {
					text string
					want model.FetchErrorKind
				}) bool {
					return c.text == src.LastError
				})]
				if src.LastErrorKind != c.want {
					t.Errorf("%q: kind %q, want %q", c.text, src.LastErrorKind, c.want)
				}
			}
		})
	}
}

func readSource(t *testing.T, s *Store, id int64) model.Source {
	t.Helper()
	src, err := s.Source(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return src
}
