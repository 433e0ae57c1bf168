package pipeline_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"bantin/internal/classify"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

const fixtures = "../../testdata/upstream"

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(fixtures, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// fakeClock is a settable clock for the pipeline.
type fakeClock struct{ t atomic.Int64 }

func (c *fakeClock) now() time.Time          { return time.Unix(0, c.t.Load()).UTC() }
func (c *fakeClock) set(t time.Time)         { c.t.Store(t.UnixNano()) }
func (c *fakeClock) advance(d time.Duration) { c.t.Add(int64(d)) }

// clockAt is a fake clock showing t.
func clockAt(t time.Time) *fakeClock {
	c := &fakeClock{}
	c.set(t)
	return c
}

// testOptions are a pipeline's options over st on clock's time, fetching
// from loopback, with workers fetch workers.
func testOptions(t *testing.T, st *store.Store, clock *fakeClock, workers int) pipeline.Options {
	t.Helper()
	cls, err := classify.New(model.NewCatalog())
	if err != nil {
		t.Fatal(err)
	}
	return pipeline.Options{Store: st, Classifier: cls, Owner: "test", Workers: workers, Now: clock.now,
		Fetcher: ingest.NewFetcher(ingest.Options{AllowPrivate: true}),
		Parser:  ingest.NewParser(nil), Policy: ingest.Policy{Interval: 15 * time.Minute, Ceiling: 24 * time.Hour}}
}

func newPipeline(t *testing.T, st *store.Store, clock *fakeClock) *pipeline.Pipeline {
	return pipeline.New(testOptions(t, st, clock, 4))
}

// newLoggedPipeline is a one-worker pipeline whose log lines (text form)
// collect in the returned buffer.
func newLoggedPipeline(t *testing.T, st *store.Store, clock *fakeClock) (*pipeline.Pipeline, *bytes.Buffer) {
	o := testOptions(t, st, clock, 1)
	logs := new(bytes.Buffer)
	o.Log = slog.New(slog.NewTextHandler(logs, nil))
	return pipeline.New(o), logs
}

func addSource(t *testing.T, st *store.Store, url string) model.Source {
	t.Helper()
	src := model.Source{URL: url, HomeProvince: "thai-nguyen", Name: "Báo Thái Nguyên"}
	if err := st.AddSource(context.Background(), &src); err != nil {
		t.Fatal(err)
	}
	return src
}

func TestSampleArticleStoredOnce(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		body := fixture(t, "baothainguyen.rss")
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write(body) // no validators: every fetch is a full 200
		}))
		defer srv.Close()
		clock := clockAt(time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC))
		src := addSource(t, st, srv.URL+"/rss/xay-dung-dang.rss")
		g := newPipeline(t, st, clock)
		ctx := context.Background()
		for i := range 3 {
			sum, err := g.RunOnce(ctx, pipeline.RunOptions{All: true})
			if err != nil || sum.Failed != 0 {
				t.Fatalf("pass %d: %+v %v", i, sum, err)
			}
			if want := map[bool]int{true: 2, false: 0}[i == 0]; sum.New != want || sum.Updated != 0 {
				t.Fatalf("pass %d: new %d updated %d, want %d and 0", i, sum.New, sum.Updated, want)
			}
			clock.advance(time.Hour)
		}
		arts, err := st.Articles(ctx, model.Filter{SourceID: src.ID, Query: "10 nhóm nhiệm vụ"})
		if err != nil || len(arts) != 1 {
			t.Fatalf("articles: %d, %v", len(arts), err)
		}
		a := arts[0]
		want := time.Date(2022, 12, 29, 6, 12, 0, 0, time.UTC)
		if a.Title != "Ngành Tổ chức xây dựng Đảng cần tiếp tục thực hiện hiệu quả 10 nhóm nhiệm vụ, giải pháp" ||
			a.Author != "Linh Lan" || !a.PublishedAt.Equal(want) {
			t.Fatalf("stored %q by %q at %s; want the sample at %s", a.Title, a.Author, a.PublishedAt, want)
		}
		if len(a.Topics) < 2 || a.Topics[0].Topic != "xay-dung-dang" || !a.Topics[0].Primary || a.Topics[1].Topic != "chinh-tri" {
			t.Errorf("topics = %+v", a.Topics)
		}
		if len(a.Provinces) == 0 || a.Provinces[0].Province != "thai-nguyen" || a.Provinces[0].Weight >= 0.5 {
			t.Errorf("provinces = %+v, want thai-nguyen with a low weight", a.Provinces)
		}
	})
}

func TestEditedArticleUpdatesInPlace(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		var version atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			name := "vnexpress.rss"
			if version.Load() > 0 {
				name = "vnexpress-edited.rss"
			}
			w.Write(fixture(t, name))
		}))
		defer srv.Close()
		clock := clockAt(time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC))
		src := addSource(t, st, srv.URL+"/rss/thoi-su.rss")
		g := newPipeline(t, st, clock)
		ctx := context.Background()
		first, _ := g.RunOnce(ctx, pipeline.RunOptions{All: true})
		before, _ := st.Articles(ctx, model.Filter{SourceID: src.ID})
		version.Store(1)
		clock.advance(time.Hour)
		second, err := g.RunOnce(ctx, pipeline.RunOptions{All: true})
		if err != nil || second.Updated == 0 || second.New != 0 {
			t.Fatalf("edit pass: %+v %v (first %+v)", second, err, first)
		}
		after, _ := st.Articles(ctx, model.Filter{SourceID: src.ID})
		if len(after) != len(before) {
			t.Fatalf("edit created articles: %d -> %d", len(before), len(after))
		}
		changed := 0
		for i := range after {
			for j := range before {
				if after[i].ID == before[j].ID && after[i].Title != before[j].Title {
					changed++
					if !after[i].UpdatedAt.After(before[j].UpdatedAt) || !after[i].PublishedAt.Equal(before[j].PublishedAt) {
						t.Errorf("edited article: updated %s→%s, published %s→%s", before[j].UpdatedAt, after[i].UpdatedAt,
							before[j].PublishedAt, after[i].PublishedAt)
					}
				}
			}
		}
		if changed != second.Updated {
			t.Errorf("%d titles changed, %d updates counted", changed, second.Updated)
		}
	})
}

func TestStatusBookkeeping(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		mux := http.NewServeMux()
		mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/new", http.StatusMovedPermanently) })
		mux.HandleFunc("/new", func(w http.ResponseWriter, r *http.Request) { w.Write(fixture(t, "tuoitre.rss")) })
		mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusGone) })
		mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "7200")
			w.WriteHeader(http.StatusTooManyRequests)
		})
		srv := httptest.NewServer(mux)
		defer srv.Close()
		clock := &fakeClock{}
		now := time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC)
		clock.set(now)
		moved, gone, busy := addSource(t, st, srv.URL+"/old"), addSource(t, st, srv.URL+"/gone"), addSource(t, st, srv.URL+"/busy")
		g := newPipeline(t, st, clock)
		ctx := context.Background()
		var mu sync.Mutex
		retired := map[int64]bool{}
		progress := func(src model.Source, r pipeline.SourceResult) {
			mu.Lock()
			defer mu.Unlock()
			retired[src.ID] = r.Retired
		}
		if _, err := g.RunOnce(ctx, pipeline.RunOptions{All: true, Progress: progress}); err != nil {
			t.Fatal(err)
		}
		// The result says a 410 retired its source ('bantin fetch' said
		// "fetched … 0 new" of it), and no other.
		if !retired[gone.ID] || retired[moved.ID] || retired[busy.ID] {
			t.Errorf("results' Retired: %v, want only source %d's", retired, gone.ID)
		}
		if s, _ := st.Source(ctx, moved.ID); s.URL != srv.URL+"/new" || s.LastStatus != 200 {
			t.Errorf("301: source now %q status %d", s.URL, s.LastStatus)
		}
		if s, _ := st.Source(ctx, gone.ID); !s.Retired() {
			t.Errorf("410: source not retired: %+v", s)
		}
		s, _ := st.Source(ctx, busy.ID)
		if s.ConsecutiveFailures != 1 || s.LastStatus != 429 || s.NextFetchAt.Before(now.Add(2*time.Hour)) || s.LastError == "" {
			t.Errorf("429: %+v", s)
		}
		// An hour later only the moved source (15 min interval) is due: the
		// retired one is never fetched again and the busy one waits 2 h.
		clock.advance(time.Hour)
		if sum, _ := g.RunOnce(ctx, pipeline.RunOptions{}); sum.Sources != 1 || sum.Fetched+sum.NotModified != 1 {
			t.Errorf("an hour later: %+v, want only the moved source", sum)
		}
	})
}

// movedFeed serves the tuoitre fixture at to and a permanent redirect to it
// at from; it is closed when the test ends.
func movedFeed(t *testing.T, from, to string) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc(from, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, to, http.StatusMovedPermanently)
	})
	mux.HandleFunc(to, func(w http.ResponseWriter, r *http.Request) { w.Write(fixture(t, "tuoitre.rss")) })
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}
