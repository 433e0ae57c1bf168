package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
)

// TestWebPageAfterRedirect: a source URL that redirects (to another path,
// or to another host) to a web page gets the page's feeds resolved
// against the URL the page was served from (Response.URL), through its
// <base href> when it has one, never against the source URL; the URL
// loses any user:password@ the redirect gave it, and the feeds named
// still pass urlpolicy (a javascript: or control-character link is not
// named as is).
func TestWebPageAfterRedirect(t *testing.T) {
	page := func(head string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte("<!doctype html><html><head>" + head + "</head><body>Trang chủ</body></html>"))
		}
	}
	const rel = `<link rel="alternate" type="application/rss+xml" href="rss/tin.rss">` +
		`<link rel="alternate" type="application/atom+xml" href="/atom.xml">`
	other := http.NewServeMux()
	other.HandleFunc("/tin/", page(rel))
	other.HandleFunc("/based/", page(`<base href="/vi/">`+rel))
	other.HandleFunc("/hostile/", page(`<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">`+
		"<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss?q=\u009b31m\u202ex\">"))
	site := httptest.NewServer(other) // another host: 127.0.0.1 on another port
	defer site.Close()
	siteHost := strings.TrimPrefix(site.URL, "http://")
	mux := http.NewServeMux()
	mux.HandleFunc("/moi/", page(rel))
	redirect := func(to string, code int) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, to, code) }
	}
	mux.HandleFunc("/cu", redirect("/moi/", http.StatusMovedPermanently))
	mux.HandleFunc("/cross", redirect(site.URL+"/tin/", http.StatusFound))
	mux.HandleFunc("/based", redirect(site.URL+"/based/", http.StatusTemporaryRedirect))
	mux.HandleFunc("/secret", redirect("http://u:pw@"+siteHost+"/tin/", http.StatusFound))
	mux.HandleFunc("/hostile", redirect(site.URL+"/hostile/", http.StatusFound))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f, p := testFetcher(Options{}), NewParser(nil)
	for _, tt := range []struct {
		path, served string
		feeds        []string
	}{
		{"/cu", srv.URL + "/moi/", []string{srv.URL + "/moi/rss/tin.rss", srv.URL + "/atom.xml"}},
		{"/cross", site.URL + "/tin/", []string{site.URL + "/tin/rss/tin.rss", site.URL + "/atom.xml"}},
		{"/based", site.URL + "/based/", []string{site.URL + "/vi/rss/tin.rss", site.URL + "/atom.xml"}},
		{"/secret", site.URL + "/tin/", []string{site.URL + "/tin/rss/tin.rss", site.URL + "/atom.xml"}},
		{"/hostile", site.URL + "/hostile/", []string{site.URL + "/rss?q=31mx"}},
	} {
		src := model.Source{URL: srv.URL + tt.path + "?token=k"}
		resp, err := f.Fetch(context.Background(), src)
		if err != nil || resp.URL != tt.served {
			t.Errorf("%s: served from %q (err %v), want %q", tt.path, resp.URL, err, tt.served)
			continue
		}
		_, err = p.ParseChanged(resp.Body, resp.ContentType, resp.URL, src, time.Now(), nil)
		wp, ok := errors.AsType[*WebPageError](err)
		if !ok || !slices.Equal(wp.Feeds, tt.feeds) {
			t.Errorf("%s: %v, want a web page naming %q", tt.path, err, tt.feeds)
		}
		if err != nil && (strings.Contains(err.Error(), "pw") || strings.Contains(err.Error(), "token")) {
			t.Errorf("%s: %v shows a URL's secrets", tt.path, err)
		}
	}
}

// TestConditionalGETThroughRedirect: the validators a source keeps come
// from the response at the end of its redirects, and they reach that URL
// again on the next fetch (the client forwards them on each hop, to
// another host too), so an unchanged feed behind a redirect is a 304.
func TestConditionalGETThroughRedirect(t *testing.T) {
	const etag = `"v1"`
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Write(fixture(t, "vtv.rss"))
	}))
	defer feed.Close()
	front := httptest.NewServer(http.RedirectHandler(feed.URL+"/rss", http.StatusFound))
	defer front.Close()
	f := testFetcher(Options{})
	src := model.Source{URL: front.URL + "/rss"}
	resp, err := f.Fetch(context.Background(), src)
	if err != nil || resp.ETag != etag || resp.URL != feed.URL+"/rss" {
		t.Fatalf("first fetch: ETag %q URL %q err %v", resp.ETag, resp.URL, err)
	}
	src.ETag = resp.ETag
	if resp, err = f.Fetch(context.Background(), src); err != nil || !resp.NotModified {
		t.Errorf("second fetch: status %d err %v, want 304", resp.Status, err)
	}
}
