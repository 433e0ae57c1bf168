package web

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"

	"bantin/internal/golden"
	"bantin/internal/model"
	"bantin/internal/opml"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestGolden pins every format's bytes for the fixed article set, the OPML
// list and the pages (refresh with go test ./internal/web -update).
func TestGolden(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{HubURL: "https://hub.example/"})
		for _, tt := range []struct{ path, file string }{
			{"/feed.rss", "all.rss"},
			{"/feed.atom", "all.atom"},
			{"/feed.json", "all.json"},
			{"/topics/xay-dung-dang/provinces/thai-nguyen/feed.rss", "xdd-thai-nguyen.rss"},
			{"/provinces/bac-kan/feed.atom", "bac-kan.atom"},
			{"/feed.json?province=ha-noi,hue&topic=giao-thong,doi-song", "multi.json"},
			{"/provinces/ca-mau/feed.json", "empty.json"},
			{"/opml", "feeds.opml"},
			{"/", "home.html"},
			{"/provinces/thai-nguyen/", "thai-nguyen.html"},
			{"/feeds", "feeds.html"},
			{"/topics/", "topics.html"},
			{"/provinces/", "provinces.html"},
		} {
			golden.Check(t, tt.file, f.get(t, tt.path).Body.Bytes())
		}
	})
}

func TestPagesAutodiscovery(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		for _, tt := range []struct {
			path  string
			links []string
			shows []string
		}{
			{"/", []string{"/feed.rss", "/feed.atom", "/feed.json"}, []string{`href="/topics/xay-dung-dang/"`, `gồm cả <a href="/provinces/bac-kan/">Bắc Kạn (cũ)</a>`, "Thái Nguyên", "Du lịch Huế mùa thu"}},
			{"/feeds", []string{"/feed.rss", "/feed.atom", "/feed.json"}, []string{"/topics/xay-dung-dang/feed.rss", "/provinces/bac-kan/feed.json", "Thái Nguyên"}},
			{"/topics/the-thao/", []string{"/topics/the-thao/feed.rss", "/topics/the-thao/feed.atom", "/topics/the-thao/feed.json"}, []string{"Bóng đá V-League"}},
			{"/provinces/thai-nguyen/", []string{"/provinces/thai-nguyen/feed.rss"}, []string{"Lúa mùa ở Bắc Kạn", "Ngành Tổ chức"}},
			{"/provinces/bac-kan/", []string{"/provinces/bac-kan/feed.atom"}, []string{"Lúa mùa ở Bắc Kạn", "Bắc Kạn (cũ)"}},
			{"/topics/nong-nghiep/provinces/thai-nguyen/", []string{"/topics/nong-nghiep/provinces/thai-nguyen/feed.json"}, []string{"Lúa mùa"}},
		} {
			w := f.get(t, tt.path)
			body := w.Body.String()
			if ct := w.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("%s: Content-Type %q", tt.path, ct)
			}
			for _, l := range tt.links {
				typ := map[string]string{"rss": "application/rss+xml", "atom": "application/atom+xml", "json": "application/feed+json"}[l[strings.LastIndex(l, ".")+1:]]
				if !strings.Contains(body, `<link rel="alternate" type="`+typ+`"`) || !strings.Contains(body, `href="`+testBase+l+`"`) {
					t.Errorf("%s: no autodiscovery link to %s", tt.path, l)
				}
			}
			for _, s := range tt.shows {
				if !strings.Contains(body, s) {
					t.Errorf("%s: page does not show %q", tt.path, s)
				}
			}
		}
		if w := f.get(t, "/provinces/thai-nguyen/", "If-None-Match: "+f.get(t, "/provinces/thai-nguyen/").Header().Get("ETag")); w.Code != 304 {
			t.Errorf("page revalidation: %d", w.Code)
		}
	})
}

func TestOPML(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	w := f.get(t, "/opml")
	if ct := w.Header().Get("Content-Type"); ct != "text/x-opml; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	outlines, err := opml.Read(bytes.NewReader(w.Body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, o := range outlines {
		urls = append(urls, strings.TrimPrefix(o.XMLURL, testBase))
	}
	cat := model.NewCatalog()
	if want := 1 + len(cat.Topics()) + len(cat.Provinces()); len(urls) != want {
		t.Fatalf("OPML lists %d feeds, want %d", len(urls), want)
	}
	for _, u := range []string{"/feed.rss", "/topics/xay-dung-dang/feed.rss", "/provinces/thai-nguyen/feed.rss", "/provinces/bac-kan/feed.rss"} {
		if !slices.Contains(urls, u) {
			t.Errorf("OPML misses %s", u)
		}
	}
	for _, u := range urls { // every listed feed answers
		if f.do(http.MethodGet, u).Code != 200 {
			t.Errorf("listed feed %s does not answer 200", u)
		}
	}
}

func TestWebSub(t *testing.T) {
	var mu sync.Mutex
	var forms []url.Values
	hub := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		mu.Lock()
		forms = append(forms, r.PostForm)
		mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}))
	defer hub.Close()
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		mu.Lock()
		forms = nil
		mu.Unlock()
		f := newFixture(t, st, Config{HubURL: hub.URL + "/"})
		for _, p := range []string{"/feed.rss", "/feed.atom", "/feed.json"} {
			if body := f.get(t, p).Body.String(); !strings.Contains(body, hub.URL+"/") {
				t.Errorf("%s does not advertise the hub", p)
			}
		}
		a := art("n1", "Tin mới ở Bắc Kạn", t0, []string{"nong-nghiep"}, prov("thai-nguyen", "bac-kan"))
		if err := f.srv.NotifyHub(t.Context(), []model.Article{a}); err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		defer mu.Unlock()
		if len(forms) != 1 || forms[0].Get("hub.mode") != "publish" {
			t.Fatalf("hub got %v", forms)
		}
		got := forms[0]["hub.url"]
		for _, p := range []string{"/feed.rss", "/feed.json", "/topics/nong-nghiep/feed.atom", "/provinces/thai-nguyen/feed.rss",
			"/provinces/bac-kan/feed.json", "/topics/nong-nghiep/provinces/bac-kan/feed.rss", "/topics/nong-nghiep/provinces/thai-nguyen/feed.atom"} {
			if !slices.Contains(got, testBase+p) {
				t.Errorf("hub not told about %s; got %v", p, got)
			}
		}
		if slices.ContainsFunc(got, func(u string) bool { return strings.Contains(u, "the-thao") }) {
			t.Errorf("hub told about an unaffected feed: %v", got)
		}
	})
	t.Run("no hub", func(t *testing.T) {
		f := newFixture(t, storetest.OpenSQLite(t), Config{})
		if strings.Contains(f.get(t, "/feed.atom").Body.String(), `rel="hub"`) {
			t.Error("hub advertised without a hub")
		}
		if err := f.srv.NotifyHub(t.Context(), []model.Article{{}}); err != nil {
			t.Error(err)
		}
	})
	t.Run("hub error", func(t *testing.T) {
		bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(500) }))
		defer bad.Close()
		f := newFixture(t, storetest.OpenSQLite(t), Config{HubURL: bad.URL})
		if err := f.srv.NotifyHub(t.Context(), []model.Article{{}}); err == nil || !strings.Contains(err.Error(), "500") {
			t.Errorf("hub 500: err %v", err)
		}
	})
}

func TestHealthAndMetrics(t *testing.T) {
	st := storetest.OpenSQLite(t)
	f := newFixture(t, st, Config{})
	if w := f.get(t, "/healthz"); w.Body.String() != "ok\n" {
		t.Fatalf("healthz: %q", w.Body)
	}
	f.get(t, "/feed.rss")
	f.get(t, "/feed.rss")
	f.do(http.MethodGet, "/feed.rss?limit=0")
	r := httptest.NewRequest(http.MethodGet, "/metrics", nil)
	r.RemoteAddr = "[::1]:40000"
	mw := httptest.NewRecorder()
	f.srv.Handler().ServeHTTP(mw, r)
	body := mw.Body.String()
	for _, want := range []string{
		`bantin_http_requests_total{route="feed",status="200"} 2`,
		`bantin_http_requests_total{route="feed",status="400"} 1`,
		`bantin_http_requests_total{route="healthz",status="200"} 1`,
		`bantin_cache_lookups_total{result="hit"} 1`, `bantin_cache_lookups_total{result="miss"} 1`,
		"bantin_render_duration_seconds_count 1", "bantin_cache_entries 1",
		`bantin_http_request_duration_seconds_count{route="feed"} 3`,
		"go_goroutines ", "process_resident_memory_bytes ", `bantin_build_info{version=""} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
	if w := f.get(t, "/readyz"); w.Body.String() != "ready\n" {
		t.Fatalf("readyz: %q", w.Body)
	}
	f.srv.Drain()
	if w := f.do(http.MethodGet, "/readyz"); w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), "shutting down") {
		t.Errorf("readyz while draining: %d %q", w.Code, w.Body)
	}
	st.Close()
	if w := f.do(http.MethodGet, "/healthz"); w.Code != http.StatusServiceUnavailable {
		t.Errorf("healthz with the database closed: %d", w.Code)
	}
}
