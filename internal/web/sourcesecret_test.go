package web

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestUnnamedSourceFeedKeepsItsSecrets: a source not yet named (added
// without --name, never fetched, or its feed has no title) is named by its
// host in its feed's title and in the list an unknown source's 400 gives,
// never by its URL, whose credentials and key anyone could read there.
func TestUnnamedSourceFeedKeepsItsSecrets(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	src := &model.Source{URL: "https://doc:matkhau@tinmat.example/rss?token=SECRET123&chuyenmuc=1"}
	if err := f.st.AddSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	id := strconv.FormatInt(src.ID, 10)
	cases := []struct {
		target string
		status int
		want   string
	}{
		{"/feed.rss?source=" + id, 200, "<title>tinmat.example – Bản tin</title>"},
		{"/feed.atom?source=" + id, 200, "tinmat.example – Bản tin"},
		{"/feed.json?source=" + id, 200, `"title":"tinmat.example – Bản tin"`},
		{"/feed.json?source=999", 400, id + " (tinmat.example)"},
	}
	for _, c := range cases {
		w := f.do("GET", c.target)
		body := w.Body.String()
		if w.Code != c.status || !strings.Contains(body, c.want) || strings.Contains(body, "SECRET123") || strings.Contains(body, "matkhau") {
			t.Errorf("%s: %d, want %d with %q and no secret:\n%s", c.target, w.Code, c.status, c.want, body)
		}
	}
}

// TestStatusPageWebPageFeedsKeepTheirSecrets: a source given as a web
// page whose feeds carry the source's key (a private feed's page links its
// feeds with the reader's token) lists those feeds on the public /sources
// page without the key, as it shows the source's URL and its error text.
func TestStatusPageWebPageFeedsKeepTheirSecrets(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	ctx := context.Background()
	src := &model.Source{URL: "https://tinmat.example/trang?token=SECRET123"}
	if err := f.st.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	page := &ingest.ParseError{Err: &ingest.WebPageError{Feeds: []string{
		"https://tinmat.example/rss?token=SECRET123&chuyenmuc=1", "https://tinmat.example/feed/SECRET123.atom"}}}
	if _, err := f.st.ClaimSource(ctx, src.ID, "test", t0, time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.SaveFetch(ctx, store.FetchOutcome{SourceID: src.ID, Owner: "test", Status: 200, Error: ingest.Describe(page),
		ErrorKind: ingest.Kind(page), ErrorFeeds: ingest.ErrorFeeds(page), Failures: 1, FetchedAt: t0, NextFetchAt: t0.Add(time.Hour)}, nil); err != nil {
		t.Fatal(err)
	}
	body := f.get(t, "/sources").Body.String()
	if !strings.Contains(body, `Trang này có nguồn cấp: <span class="url">https://tinmat.example/rss?chuyenmuc=1</span>`) ||
		strings.Contains(body, "SECRET123") {
		t.Errorf("/sources: a web page's feeds shown with the source's key, or not at all:\n%s", body)
	}
}

// TestStatusPageWebPageErrorTextKeepsFeedSecrets: the recorded error text
// of a web page names its feeds too; a feed whose secret is not the
// source's (a page behind the source's password linking its feeds with a
// key of their own) loses it there as in the list of feeds, as 'bantin
// fetch' shows it (shownErrText).
func TestStatusPageWebPageErrorTextKeepsFeedSecrets(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	ctx := context.Background()
	src := &model.Source{URL: "https://doc:matkhau@tinmat.example/trang"}
	if err := f.st.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	page := &ingest.ParseError{Err: &ingest.WebPageError{Feeds: []string{"https://tinmat.example/rss?key=FEEDKEY456&chuyenmuc=1"}}}
	if _, err := f.st.ClaimSource(ctx, src.ID, "test", t0, time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.SaveFetch(ctx, store.FetchOutcome{SourceID: src.ID, Owner: "test", Status: 200, Error: ingest.Describe(page),
		ErrorKind: ingest.Kind(page), ErrorFeeds: ingest.ErrorFeeds(page), Failures: 1, FetchedAt: t0, NextFetchAt: t0.Add(time.Hour)}, nil); err != nil {
		t.Fatal(err)
	}
	body := f.get(t, "/sources").Body.String()
	if strings.Contains(body, "FEEDKEY456") || strings.Contains(body, "matkhau") ||
		!strings.Contains(body, "it names the feed https://tinmat.example/rss?chuyenmuc=1") {
		t.Errorf("/sources: a web page's error text shows a feed's key:\n%s", body)
	}
}
