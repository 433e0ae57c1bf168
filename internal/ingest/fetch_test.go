package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"bantin/internal/model"
)

func testFetcher(opts Options) *Fetcher {
	opts.AllowPrivate = true
	if opts.Timeout == 0 {
		opts.Timeout = 5 * time.Second
	}
	return NewFetcher(opts)
}

func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func TestFetchConditionalGet(t *testing.T) {
	body := fixture(t, "vnexpress.rss")
	const etag, lastMod = `"v1"`, "Mon, 14 Sep 2026 12:00:00 GMT"
	var gotUA string
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		if r.Header.Get("If-None-Match") == etag && r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Write(body)
	})
	f := testFetcher(Options{})
	resp, err := f.Fetch(context.Background(), model.Source{URL: srv.URL + "/rss/thoi-su.rss"})
	if err != nil || resp.Status != 200 || !bytes.Equal(resp.Body, body) || resp.ETag != etag || resp.LastModified != lastMod {
		t.Fatalf("first fetch: %+v %v", resp.Status, err)
	}
	if !strings.HasPrefix(gotUA, "bantin/1.0 (+https://") {
		t.Errorf("User-Agent %q", gotUA)
	}
	resp, err = f.Fetch(context.Background(), model.Source{URL: srv.URL + "/rss/thoi-su.rss", ETag: resp.ETag, LastModified: resp.LastModified})
	if err != nil || !resp.NotModified || resp.Status != 304 || resp.Body != nil {
		t.Fatalf("second fetch: %+v %v", resp, err)
	}
}

func TestFetchRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.rss", func(w http.ResponseWriter, r *http.Request) { w.Write(fixture(t, "vtv.rss")) })
	redirect := func(to string, code int) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, to, code) }
	}
	mux.HandleFunc("/p301", redirect("/p308", http.StatusMovedPermanently))
	mux.HandleFunc("/p308", redirect("/feed.rss", http.StatusPermanentRedirect))
	mux.HandleFunc("/t302", redirect("/feed.rss", http.StatusFound))
	mux.HandleFunc("/t307", redirect("/feed.rss", http.StatusTemporaryRedirect))
	mux.HandleFunc("/mixed", redirect("/t302", http.StatusMovedPermanently))
	long := "/" + strings.Repeat("x", MaxSourceURLBytes)
	mux.HandleFunc(long, func(w http.ResponseWriter, r *http.Request) { w.Write(fixture(t, "vtv.rss")) })
	mux.HandleFunc("/tolong", redirect(long, http.StatusMovedPermanently))
	mux.HandleFunc("/viaok", redirect("/tolong", http.StatusPermanentRedirect))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := testFetcher(Options{})
	for path, want := range map[string]string{"/p301": srv.URL + "/feed.rss", "/t302": "", "/t307": "", "/mixed": srv.URL + "/t302",
		"/tolong": "", "/viaok": srv.URL + "/tolong"} { // a source's URL is never moved to one over MaxSourceURLBytes
		resp, err := f.Fetch(context.Background(), model.Source{URL: srv.URL + path})
		if err != nil || resp.Status != 200 || resp.MovedTo != want {
			t.Errorf("%s: status %d MovedTo %q err %v, want MovedTo %q", path, resp.Status, resp.MovedTo, err, want)
		}
	}
}

// A redirect to a URL that is not http(s) fails saying so, naming only the
// scheme (Go's "unsupported protocol scheme" named neither the redirect nor
// what to expect).
func TestFetchRedirectOffHTTP(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		to := map[string]string{"/file": "file:///etc/passwd", "/ftp": "ftp://u:secret@127.0.0.1/feed.rss"}[r.URL.Path]
		w.Header().Set("Location", to)
		w.WriteHeader(http.StatusFound)
	})
	f := testFetcher(Options{})
	for path, want := range map[string]string{"/file": "redirected to a non-http(s) URL (file:); only http and https feeds are read",
		"/ftp": "redirected to a non-http(s) URL (ftp:); only http and https feeds are read"} {
		_, err := f.Fetch(context.Background(), model.Source{URL: srv.URL + path})
		if got := Describe(err); got != want {
			t.Errorf("%s: %q, want %q", path, got, want)
		}
	}
}

func TestFetchStatuses(t *testing.T) {
	now := time.Date(2026, 9, 14, 12, 0, 0, 0, time.UTC)
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/gone":
			w.WriteHeader(http.StatusGone)
		case "/busy":
			w.Header().Set("Retry-After", "120")
			w.WriteHeader(http.StatusTooManyRequests)
		case "/down":
			w.Header().Set("Retry-After", now.Add(time.Hour).Format(http.TimeFormat))
			w.WriteHeader(http.StatusServiceUnavailable)
		default:
			w.WriteHeader(http.StatusInternalServerError)
		}
	})
	f := testFetcher(Options{Now: func() time.Time { return now }})
	get := func(p string) (Response, error) { return f.Fetch(context.Background(), model.Source{URL: srv.URL + p}) }

	if resp, err := get("/gone"); err != nil || !resp.Gone || resp.Status != 410 {
		t.Errorf("410: %+v %v", resp, err)
	}
	var se *StatusError
	if resp, err := get("/busy"); !errors.As(err, &se) || resp.RetryAfter != 2*time.Minute || se.RetryAfter != 2*time.Minute {
		t.Errorf("429: %+v %v", resp, err)
	}
	if resp, err := get("/down"); !errors.As(err, &se) || resp.RetryAfter != time.Hour || Describe(err) != "HTTP 503 Service Unavailable: the server asked to be read again in 1h" || Kind(err) != model.KindRetryLater {
		t.Errorf("503: %+v %v", resp, err)
	}
	if resp, err := get("/boom"); !errors.As(err, &se) || se.Code != 500 || resp.RetryAfter != 0 {
		t.Errorf("500: %+v %v", resp, err)
	}
}

func TestFetchGzip(t *testing.T) {
	var plain bytes.Buffer
	zw := gzip.NewWriter(&plain)
	zw.Write(fixture(t, "tuoitre.rss"))
	zw.Close()
	var bomb bytes.Buffer
	zw = gzip.NewWriter(&bomb)
	zw.Write(make([]byte, 8<<20)) // 8 MiB of zeros: ~8 KiB on the wire
	zw.Close()
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Accept-Encoding") != "gzip" {
			t.Errorf("Accept-Encoding %q", r.Header.Get("Accept-Encoding"))
		}
		w.Header().Set("Content-Encoding", "gzip")
		if r.URL.Path == "/bomb" {
			w.Write(bomb.Bytes())
			return
		}
		w.Write(plain.Bytes())
	})
	f := testFetcher(Options{MaxBodyBytes: 1 << 20})
	resp, err := f.Fetch(context.Background(), model.Source{URL: srv.URL + "/ok"})
	if err != nil || !bytes.Equal(resp.Body, fixture(t, "tuoitre.rss")) {
		t.Fatalf("gzip: %v", err)
	}
	resp, err = f.Fetch(context.Background(), model.Source{URL: srv.URL + "/bomb"})
	var te *TooLargeError
	if !errors.As(err, &te) || resp.Body != nil || Describe(err) != "body larger than 1 MiB" {
		t.Fatalf("bomb: %d bytes, err %v", len(resp.Body), err)
	}
}

func TestFetchEndlessBody(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		chunk := bytes.Repeat([]byte("<item>tin</item>\n"), 1024)
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	resp, err := testFetcher(Options{MaxBodyBytes: 256 << 10}).Fetch(context.Background(), model.Source{URL: srv.URL})
	var te *TooLargeError
	if !errors.As(err, &te) || resp.Body != nil {
		t.Fatalf("endless: %d bytes, err %v", len(resp.Body), err)
	}
}

func TestFetchTimeout(t *testing.T) {
	for _, stall := range []string{"headers", "body"} {
		srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
			if stall == "body" {
				w.Write([]byte("<rss>"))
				w.(http.Flusher).Flush()
			}
			<-r.Context().Done()
		})
		start := time.Now()
		_, err := testFetcher(Options{Timeout: 200 * time.Millisecond}).Fetch(context.Background(), model.Source{URL: srv.URL})
		var te *TimeoutError
		if !errors.As(err, &te) || Describe(err) != "timeout after 200ms" {
			t.Errorf("stalled %s: err %v", stall, err)
		}
		if time.Since(start) > 5*time.Second {
			t.Errorf("stalled %s: timeout not applied", stall)
		}
	}
}

func TestFetchPerHostLimit(t *testing.T) {
	var cur, peak atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		n := cur.Add(1)
		defer cur.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(50 * time.Millisecond)
		w.Write([]byte("<rss/>"))
	})
	f := testFetcher(Options{PerHost: 2})
	var wg sync.WaitGroup
	for range 5 {
		wg.Go(func() {
			if _, err := f.Fetch(context.Background(), model.Source{URL: srv.URL}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if p := peak.Load(); p != 2 {
		t.Fatalf("peak concurrent requests %d, want 2", p)
	}
}

func TestFetchRefusesPrivateAddresses(t *testing.T) {
	var hit atomic.Bool
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { hit.Store(true) })
	f := NewFetcher(Options{Timeout: 2 * time.Second})
	for _, u := range []string{srv.URL, strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)} {
		_, err := f.Fetch(context.Background(), model.Source{URL: u})
		if !errors.Is(err, ErrPrivateAddress) || !strings.HasPrefix(Describe(err), "refusing to connect to a private address") {
			t.Errorf("%s: err %v", u, err)
		}
	}
	if hit.Load() {
		t.Fatal("request reached the private server")
	}
	if _, err := f.Fetch(context.Background(), model.Source{URL: "file:///etc/passwd"}); err == nil {
		t.Fatal("file URL accepted")
	}
}

// TestFetchThenParse runs the loop's two steps over a served fixture.
func TestFetchThenParse(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/xml") // no charset: the prolog decides
		w.Write(fixture(t, "legacy-windows-1258.rss"))
	})
	src := model.Source{URL: srv.URL + "/rss"}
	resp, err := testFetcher(Options{}).Fetch(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	feed, err := NewParser(nil).Parse(resp.Body, resp.ContentType, src, fetchNow)
	if err != nil || len(feed.Items) != 2 || feed.Items[0].Title != "Điện Biên đẩy mạnh trồng cây mắc ca trên đất dốc" {
		t.Fatalf("%v %+v", err, feed)
	}
	out := Policy{}.Next(src, resp, err, fetchNow)
	if out.LastStatus != 200 || out.LastError != "" {
		t.Fatalf("%+v", out)
	}
}

// TestFetchHeaderCaps: an upstream's response headers cost at most 64 KiB
// (a 1 MiB header fails the fetch instead of being read), and validators
// too long to be real are not kept to be sent back.
func TestFetchHeaderCaps(t *testing.T) {
	body := fixture(t, "vnexpress.rss")
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/huge.rss":
			w.Header().Set("X-Padding", strings.Repeat("a", 1<<20))
		case "/long-validators.rss":
			w.Header().Set("ETag", `"`+strings.Repeat("e", 5000)+`"`)
			w.Header().Set("Last-Modified", "Mon, 14 Sep 2026 12:00:00 GMT "+strings.Repeat("x", 100))
		}
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Write(body)
	})
	f := testFetcher(Options{})
	if _, err := f.Fetch(context.Background(), model.Source{URL: srv.URL + "/huge.rss"}); err == nil {
		t.Error("a 1 MiB response header was read")
	}
	resp, err := f.Fetch(context.Background(), model.Source{URL: srv.URL + "/long-validators.rss"})
	if err != nil || resp.Status != 200 || resp.ETag != "" || resp.LastModified != "" {
		t.Errorf("long validators: %v, status %d, ETag %d bytes, Last-Modified %q", err, resp.Status, len(resp.ETag), resp.LastModified)
	}
}
