package pipeline_test

import (
	"cmp"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestMovedSourceTold: a fetch that follows a permanent redirect and stores
// the source's new URL says so, in its result and in one info log line
// naming both URLs; the next fetch, at the new URL, says nothing more.
func TestMovedSourceTold(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		srv := movedFeed(t, "/old.rss", "/new.rss")
		clock := clockAt(time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC))
		src := addSource(t, st, srv.URL+"/old.rss")
		g, logs := newLoggedPipeline(t, st, clock)
		ctx := context.Background()
		for i, want := range []string{srv.URL + "/new.rss", ""} {
			s, err := st.Source(ctx, src.ID)
			if err != nil {
				t.Fatal(err)
			}
			claimed, err := st.ClaimSource(ctx, s.ID, "test", clock.now(), time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			if r := g.FetchSource(ctx, claimed); r.Err != nil || r.MovedTo != want {
				t.Errorf("fetch %d: MovedTo %q err %v, want %q", i, r.MovedTo, r.Err, want)
			}
			clock.advance(time.Hour)
		}
		line := `msg="source moved" source_id=1 from=` + srv.URL + "/old.rss to=" + srv.URL + "/new.rss"
		if n := strings.Count(logs.String(), "source moved"); n != 1 || !strings.Contains(logs.String(), line) {
			t.Errorf("want one line with %s, got:\n%s", line, logs.String())
		}
	})
}

// TestMovedToWebPageKeepsURL: a feed whose URL now redirects permanently
// to a web page (a site that dropped its feed sends its readers home)
// keeps its URL, fails naming the feeds the page links to (resolved
// against the page's URL), and moves once the redirect ends at a feed.
func TestMovedToWebPageKeepsURL(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		feedNow := false
		mux := http.NewServeMux()
		mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, map[bool]string{false: "/trang-chu/", true: "/moi.rss"}[feedNow], http.StatusMovedPermanently)
		})
		mux.HandleFunc("/trang-chu/", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(`<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="tin.rss"></head></html>`))
		})
		mux.HandleFunc("/moi.rss", func(w http.ResponseWriter, r *http.Request) { w.Write(fixture(t, "tuoitre.rss")) })
		srv := httptest.NewServer(mux)
		defer srv.Close()
		clock := clockAt(time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC))
		src := addSource(t, st, srv.URL+"/rss")
		g, _ := newLoggedPipeline(t, st, clock)
		ctx := context.Background()
		for i, want := range []string{"", srv.URL + "/moi.rss"} {
			claimed, err := st.ClaimSource(ctx, src.ID, "test", clock.now(), time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			r := g.FetchSource(ctx, claimed)
			s, err := st.Source(ctx, src.ID)
			if err != nil {
				t.Fatal(err)
			}
			if r.MovedTo != want || s.URL != cmp.Or(want, srv.URL+"/rss") {
				t.Errorf("fetch %d: MovedTo %q, URL %q, want %q", i, r.MovedTo, s.URL, want)
			}
			if _, page := errors.AsType[*ingest.WebPageError](r.Err); page != (i == 0) ||
				i == 0 && !strings.Contains(s.LastError, "names the feed "+srv.URL+"/trang-chu/tin.rss:") {
				t.Errorf("fetch %d: error %v, recorded %q", i, r.Err, s.LastError)
			}
			if i == 0 && (s.LastErrorKind != model.KindWebPage || !slices.Equal(s.LastErrorFeeds, []string{srv.URL + "/trang-chu/tin.rss"})) {
				t.Errorf("fetch %d: recorded kind %q, feeds %q; want a web page naming its feed", i, s.LastErrorKind, s.LastErrorFeeds)
			}
			feedNow = true
			clock.advance(time.Hour)
		}
	})
}
