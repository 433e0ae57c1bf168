package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestConditionalGET(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		const path = "/provinces/thai-nguyen/feed.atom"
		w := f.get(t, path)
		etag, lm := w.Header().Get("ETag"), w.Header().Get("Last-Modified")
		if !strings.HasPrefix(etag, `"`) || lm != "Fri, 20 Nov 2026 04:00:00 GMT" {
			t.Fatalf("validators: ETag %q, Last-Modified %q", etag, lm)
		}
		gzTag := f.get(t, path, "Accept-Encoding: gzip").Header().Get("ETag")
		if gzTag == etag {
			t.Fatalf("gzip and identity share the strong ETag %s", etag)
		}
		tests := []struct {
			name    string
			headers []string
			status  int
		}{
			{"etag", []string{"If-None-Match: " + etag}, 304},
			{"gzip etag", []string{"If-None-Match: " + gzTag, "Accept-Encoding: gzip"}, 304},
			{"weak form", []string{"If-None-Match: W/" + etag}, 304},
			{"list", []string{`If-None-Match: "nope", ` + etag}, 304},
			{"star", []string{"If-None-Match: *"}, 304},
			{"other etag", []string{`If-None-Match: "nope"`}, 200},
			{"if-modified-since equal", []string{"If-Modified-Since: " + lm}, 304},
			{"if-modified-since later", []string{"If-Modified-Since: Sat, 21 Nov 2026 00:00:00 GMT"}, 304},
			{"if-modified-since earlier", []string{"If-Modified-Since: Fri, 20 Nov 2026 03:59:59 GMT"}, 200},
			{"if-none-match wins", []string{`If-None-Match: "nope"`, "If-Modified-Since: " + lm}, 200},
			{"bad date", []string{"If-Modified-Since: yesterday"}, 200},
		}
		for _, tt := range tests {
			w := f.get(t, path, tt.headers...)
			if w.Code != tt.status {
				t.Errorf("%s: status %d, want %d", tt.name, w.Code, tt.status)
			}
			if w.Code == 304 && (w.Body.Len() != 0 || w.Header().Get("ETag") == "" ||
				w.Header().Get("Cache-Control") != "public, max-age=300" || w.Header().Get("Access-Control-Allow-Origin") != "*") {
				t.Errorf("%s: 304 body %q headers %v", tt.name, w.Body, w.Header())
			}
		}
	})
}

func TestGzipCORSHead(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		const path = "/feed.json?topic=doi-song,the-thao"
		plain := f.get(t, path)
		gz := f.get(t, path, "Accept-Encoding: br, gzip;q=0.8")
		if gz.Header().Get("Content-Encoding") != "gzip" || gz.Header().Get("Vary") != "Accept-Encoding" {
			t.Fatalf("gzip headers: %v", gz.Header())
		}
		if got := gunzip(t, gz.Body.Bytes()); !bytes.Equal(got, plain.Body.Bytes()) {
			t.Fatalf("gunzipped body differs from identity body")
		}
		if cl := gz.Header().Get("Content-Length"); cl != itoa(gz.Body.Len()) {
			t.Errorf("gzip Content-Length %s, body %d", cl, gz.Body.Len())
		}
		for _, ae := range []string{"gzip;q=0", "identity", "deflate, br", ""} {
			if w := f.get(t, path, "Accept-Encoding: "+ae); w.Header().Get("Content-Encoding") != "" {
				t.Errorf("Accept-Encoding %q: got gzip", ae)
			}
		}
		for _, p := range []string{path, "/feed.rss", "/topics/the-thao/feed.atom", "/opml"} {
			if w := f.get(t, p); w.Header().Get("Access-Control-Allow-Origin") != "*" {
				t.Errorf("%s: no CORS header", p)
			}
		}
		if w := f.get(t, "/"); w.Header().Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("HTML page has CORS header")
		}
		pre := f.do(http.MethodOptions, "/feed.json", "Origin: https://x.example", "Access-Control-Request-Method: GET")
		if pre.Code != 204 || pre.Header().Get("Access-Control-Allow-Origin") != "*" ||
			!strings.Contains(pre.Header().Get("Access-Control-Allow-Headers"), "If-None-Match") {
			t.Errorf("preflight: %d %v", pre.Code, pre.Header())
		}
		for _, ae := range []string{"", "gzip"} {
			head := f.do(http.MethodHead, path, "Accept-Encoding: "+ae)
			get := f.get(t, path, "Accept-Encoding: "+ae)
			if head.Code != 200 || head.Body.Len() != 0 || head.Header().Get("Content-Length") != itoa(get.Body.Len()) ||
				head.Header().Get("ETag") != get.Header().Get("ETag") {
				t.Errorf("HEAD (%q): %d, %d bytes, %v", ae, head.Code, head.Body.Len(), head.Header())
			}
		}
	})
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestCacheInvalidation(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		const path = "/provinces/thai-nguyen/feed.json"
		first := f.get(t, path)
		for _, p := range []string{path, "/feed.json?province=thai-nguyen", "/feed.json?limit=50&province=thai-nguyen&x=1"} {
			if w := f.get(t, p); w.Header().Get("ETag") != first.Header().Get("ETag") {
				t.Fatalf("%s: ETag changed without new content", p)
			}
		}
		if h, m := f.metric(t, `bantin_cache_lookups_total{result="hit"}`), f.metric(t, `bantin_cache_lookups_total{result="miss"}`); h != 3 || m != 1 {
			t.Fatalf("same feed in 4 URL forms: %v hits, %v misses; want 3, 1 (one render)", h, m)
		}
		// An ingest in this process: Invalidate makes it visible at once.
		f.save(t, f.src[0], art("a6", "Hội nghị ở Bắc Kạn", t0.Add(10*time.Hour), []string{"chinh-tri"}, prov("thai-nguyen", "bac-kan")))
		f.srv.Invalidate()
		w := f.get(t, path)
		if got := keys(readJSONFeed(t, w.Body.Bytes())); len(got) != 3 || got[0] != "Hội nghị ở Bắc Kạn" {
			t.Fatalf("after ingest + Invalidate: %v", got)
		}
		if w.Header().Get("ETag") == first.Header().Get("ETag") || w.Header().Get("Last-Modified") != "Fri, 20 Nov 2026 13:00:00 GMT" {
			t.Fatalf("validators did not change: %v", w.Header())
		}
		if f.get(t, path, "If-None-Match: "+first.Header().Get("ETag")).Code != 200 {
			t.Fatalf("old ETag still answered 304 after new content")
		}
		// Another replica's ingest (no Invalidate here): seen once the
		// cached version is older than VersionTTL.
		f.save(t, f.src[1], art("a7", "Tin Thái Nguyên mới", t0.Add(11*time.Hour), []string{"xa-hoi"}, prov("thai-nguyen", "")))
		if got := keys(readJSONFeed(t, f.get(t, path).Body.Bytes())); len(got) != 3 {
			t.Fatalf("within VersionTTL the cached body is served: %v", got)
		}
		f.clock.Add(1100 * time.Millisecond)
		if got := keys(readJSONFeed(t, f.get(t, path).Body.Bytes())); len(got) != 4 || got[0] != "Tin Thái Nguyên mới" {
			t.Fatalf("after VersionTTL: %v", got)
		}
		// An edit in place (same article id): the item cache must not
		// serve the old title once the version moved.
		states, err := f.st.ArticleStates(t.Context(), f.src[0], []string{"a1"})
		if err != nil || states["a1"].ID == 0 {
			t.Fatalf("states: %v %v", states, err)
		}
		edited := art("a1", "Tiêu đề đã sửa", t0, []string{"xay-dung-dang"}, prov("thai-nguyen", ""))
		edited.ContentHash = "edited"
		f.saveWrites(t, f.src[0], store.ArticleWrite{Article: edited, ExistingID: states["a1"].ID})
		f.srv.Invalidate()
		if got := keys(readJSONFeed(t, f.get(t, path).Body.Bytes())); len(got) != 4 || got[3] != "Tiêu đề đã sửa" {
			t.Fatalf("after an edit: %v", got)
		}
		// An unrelated feed re-renders to the same bytes: same ETag, 304 still works.
		sport := f.get(t, "/topics/the-thao/feed.rss")
		f.save(t, f.src[1], art("a8", "Tin khác", t0.Add(12*time.Hour), []string{"y-te"}))
		f.srv.Invalidate()
		if w := f.get(t, "/topics/the-thao/feed.rss", "If-None-Match: "+sport.Header().Get("ETag")); w.Code != 304 {
			t.Fatalf("unchanged feed after an unrelated ingest: %d", w.Code)
		}
	})
}

func TestCacheDisabledAndBounded(t *testing.T) {
	st := storetest.OpenSQLite(t)
	f := newFixture(t, st, Config{CacheBytes: -1})
	f.get(t, "/feed.rss")
	f.get(t, "/feed.rss")
	if m := f.metric(t, `bantin_cache_lookups_total{result="miss"}`); m != 2 {
		t.Fatalf("cache disabled: %v misses, want 2", m)
	}
	c := newCache(4000)
	for i := range 10 {
		key := strconv.Itoa(i)
		c.get(key, 1, func() (*entry, error) { return newEntry(make([]byte, 900), "x", time.Time{}, false), nil })
	}
	if n, size := c.stats(); n != 4 || size > 4000 {
		t.Fatalf("bounded cache holds %d entries, %d bytes; want 4, <= 4000", n, size)
	}
	if _, hit, _ := c.get("9", 1, nil); !hit {
		t.Fatalf("most recent entry evicted")
	}
}

func TestSingleFlight(t *testing.T) {
	c := newCache(1 << 20)
	var calls int
	release := make(chan struct{})
	done := make(chan *entry, 20)
	for range 20 {
		go func() {
			e, _, _ := c.get("k", 7, func() (*entry, error) {
				calls++ // only one caller may render; the race detector checks it
				<-release
				return newEntry([]byte("body"), "text/plain", time.Time{}, false), nil
			})
			done <- e
		}()
	}
	time.Sleep(20 * time.Millisecond) // let the goroutines queue on the flight
	close(release)
	for range 20 {
		if e := <-done; string(e.body) != "body" {
			t.Fatalf("waiter got %q", e.body)
		}
	}
	if calls != 1 {
		t.Fatalf("%d renders for 20 concurrent misses, want 1", calls)
	}
}
