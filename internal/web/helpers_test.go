package web

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
)

var t0 = time.Date(2026, 11, 20, 3, 0, 0, 0, time.UTC)

const testBase = "https://bantin.example"

// fixture is a store holding a fixed article set and a server over it.
type fixture struct {
	st    *store.Store
	srv   *Server
	clock *fakeClock
	src   [2]int64 // Báo Thái Nguyên, VnExpress
}

type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

var fixtureCatalog = model.NewCatalog()

// prov returns a tag of province p (and legacy) with a reason in a form
// the classifier writes.
func prov(p, legacy string) model.ProvinceTag {
	name, _ := fixtureCatalog.Province(p)
	reason := fmt.Sprintf("title: %q with context \"tại\"", name.Name)
	if legacy != "" {
		reason += " (former province " + legacy + ")"
	}
	return model.ProvinceTag{Province: p, Legacy: legacy, Weight: 1, Reason: reason}
}

// topicReason is the reason of an article's primary topic; the others
// carry a hand-made one, which the pages leave unexplained.
const topicReason = `cue "họp" in title ×2; model 0.93: «hội nghị», «công tác»; and 1 more`

func art(key, title string, pub time.Time, topics []string, provs ...model.ProvinceTag) model.Article {
	a := model.Article{Key: key, URL: "https://bao.example.vn/" + key + ".html", Title: title,
		Summary: "Tóm tắt: " + title, PublishedAt: pub, UpdatedAt: pub, FetchedAt: pub,
		ContentHash: "h-" + key, Provinces: provs}
	for i, tp := range topics {
		reason := "test"
		if i == 0 {
			reason = topicReason
		}
		a.Topics = append(a.Topics, model.TopicTag{Topic: tp, Primary: i == 0, Score: 1, Reason: reason})
	}
	return a
}

// fixtureArticles: the fixed set the golden files show.
func fixtureArticles() (tn, vne []model.Article) {
	a4 := art("a4", "Khởi công cao tốc ở Hà Nội", t0.Add(3*time.Hour), []string{"giao-thong"}, prov("ha-noi", ""))
	a4.Author, a4.ImageURL = "Minh Anh", "https://bao.example.vn/a4.jpg"
	a4.ContentHTML = `<p>Dự án <b>cao tốc</b> &amp; đường vành đai.</p>`
	a4.UpdatedAt = t0.Add(5 * time.Hour)
	return []model.Article{
			art("a1", "Ngành Tổ chức xây dựng Đảng tại Thái Nguyên", t0, []string{"xay-dung-dang", "chinh-tri"}, prov("thai-nguyen", "")),
			art("a2", "Lúa mùa ở Bắc Kạn", t0.Add(time.Hour), []string{"nong-nghiep"}, prov("thai-nguyen", "bac-kan")),
		}, []model.Article{
			art("a3", "Bóng đá V-League", t0.Add(2*time.Hour), []string{"the-thao"}),
			a4,
			art("a5", "Du lịch Huế mùa thu", t0.Add(4*time.Hour), []string{"doi-song"}, prov("hue", "thua-thien-hue")),
		}
}

func newFixture(t *testing.T, st *store.Store, cfg Config) *fixture {
	t.Helper()
	ctx := context.Background()
	f := &fixture{st: st, clock: &fakeClock{t: t0.Add(24 * time.Hour)}}
	tn, vne := fixtureArticles()
	for i, src := range []*model.Source{
		{URL: "https://baothainguyen.vn/rss/chinh-tri.rss", Name: "Báo Thái Nguyên"},
		{URL: "https://vnexpress.net/rss/tin-moi-nhat.rss", Name: "VnExpress"},
	} {
		if err := st.AddSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		f.src[i] = src.ID
	}
	f.save(t, f.src[0], tn...)
	f.save(t, f.src[1], vne...)
	if cfg.BaseURL == "" {
		cfg.BaseURL = testBase
	}
	cfg.Now = f.clock.Now
	srv, err := New(cfg, st, model.NewCatalog(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	f.srv = srv
	return f
}

// save stores arts as one fetch of source id.
func (f *fixture) save(t *testing.T, id int64, arts ...model.Article) {
	t.Helper()
	writes := make([]store.ArticleWrite, len(arts))
	for i := range arts {
		writes[i] = store.ArticleWrite{Article: arts[i]}
	}
	f.saveWrites(t, id, writes...)
}

// saveWrites stores writes as one fetch of source id.
func (f *fixture) saveWrites(t *testing.T, id int64, writes ...store.ArticleWrite) {
	t.Helper()
	ctx := context.Background()
	if _, err := f.st.ClaimSource(ctx, id, "test", t0, time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.SaveFetch(ctx, store.FetchOutcome{SourceID: id, Owner: "test", Status: 200,
		FetchedAt: t0, NextFetchAt: t0.Add(time.Hour)}, writes); err != nil {
		t.Fatal(err)
	}
}

// do sends a request to the server; headers are "Key: value" pairs.
func (f *fixture) do(method, target string, headers ...string) *httptest.ResponseRecorder {
	return request(f.srv, method, target, headers...)
}

// request sends srv a request with headers ("Name: value") and returns the
// answer.
func request(srv *Server, method, target string, headers ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, nil)
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ":")
		r.Header.Set(k, strings.TrimSpace(v))
	}
	w := httptest.NewRecorder()
	srv.Handler().ServeHTTP(w, r)
	return w
}

func (f *fixture) get(t *testing.T, target string, headers ...string) *httptest.ResponseRecorder {
	t.Helper()
	w := f.do(http.MethodGet, target, headers...)
	if w.Code != http.StatusOK && w.Code != http.StatusNotModified {
		t.Fatalf("GET %s: %d %s", target, w.Code, w.Body)
	}
	return w
}

// metric returns the value of one series (name and labels exactly as
// exposed, e.g. `bantin_cache_lookups_total{result="hit"}`) from /metrics,
// 0 when absent.
func (f *fixture) metric(t *testing.T, series string) float64 {
	t.Helper()
	w := httptest.NewRecorder()
	r := httptest.NewRequest(http.MethodGet, "/metrics", nil)
	r.RemoteAddr = "127.0.0.1:40000" // metrics are for loopback clients
	f.srv.Handler().ServeHTTP(w, r)
	for line := range strings.Lines(w.Body.String()) {
		if name, value, ok := strings.Cut(strings.TrimSpace(line), " "); ok && name == series {
			v, err := strconv.ParseFloat(value, 64)
			if err != nil {
				t.Fatalf("metric %s: %v", line, err)
			}
			return v
		}
	}
	return 0
}

// joinStory puts the stored articles with the given keys into the story
// of the article with key lead (at most the 50 newest articles are looked
// at) and returns the story's id.
func joinStory(t *testing.T, st *store.Store, lead string, keys ...string) int64 {
	t.Helper()
	ctx := context.Background()
	arts, err := st.Articles(ctx, model.Filter{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, a := range arts {
		ids[a.Key] = a.ID
	}
	story := ids[lead]
	clusters := map[int64]store.Placement{}
	for _, k := range keys {
		clusters[ids[k]] = store.Placement{Thread: story, Segment: story}
	}
	if err := st.SetClusters(ctx, clusters); err != nil {
		t.Fatal(err)
	}
	return story
}
