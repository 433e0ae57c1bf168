package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"bantin/internal/classify"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// Boilerplate an upstream adds to every item (text written for the test).
const (
	footer = "Bài viết được đăng tại Báo Thanh Hóa – cơ quan ngôn luận của Đảng bộ tỉnh Thanh Hóa. " +
		"Đường dây nóng: 0912 345 678. Xem thêm tin tức mới nhất tại baothanhhoa.vn."
	masthead = "(Báo Nghệ An điện tử) – Tin tức thời sự cập nhật 24 giờ về đời sống kinh tế, xã hội tỉnh Nghệ An –"
)

// boilerItem is one item of testdata/boilerplate.json: twelve articles on
// twelve unrelated events.
type boilerItem struct{ Title, Summary string }

// boilerFeed returns an RSS document of items, each description made by
// desc from the item's summary, published a minute apart before now.
func boilerFeed(items []boilerItem, now time.Time, desc func(string) string) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title><link>https://tin.example.vn/</link>`)
	for i, it := range items {
		fmt.Fprintf(&b, "<item><title>%s</title><link>https://tin.example.vn/%d.html</link><pubDate>%s</pubDate><description>%s</description></item>",
			html.EscapeString(it.Title), i, now.Add(-time.Duration(i)*time.Minute).Format(time.RFC1123Z), html.EscapeString(desc(it.Summary)))
	}
	b.WriteString("</channel></rss>")
	return []byte(b.String())
}

// boilerOutcome is what one fetch of a feed stored: per article (by URL)
// its summary and tags, and the number of stories.
type boilerOutcome struct {
	stories   int
	summaries []string
	tags      []string
}

// fetchBoilerFeed stores body, fetched once as one source, in a new store
// of each engine and returns what was stored (of the last engine).
func fetchBoilerFeed(t *testing.T, body []byte, now time.Time) boilerOutcome {
	var out boilerOutcome
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(body) }))
		defer srv.Close()
		cls, err := classify.New(model.NewCatalog())
		if err != nil {
			t.Fatal(err)
		}
		g := pipeline.New(pipeline.Options{Store: st, Classifier: cls, Owner: "test", Now: func() time.Time { return now },
			Fetcher: ingest.NewFetcher(ingest.Options{AllowPrivate: true}), Parser: ingest.NewParser(nil),
			Policy: ingest.Policy{Interval: 15 * time.Minute}})
		ctx := context.Background()
		if err := st.AddSource(ctx, &model.Source{URL: srv.URL + "/rss", Name: "Tin"}); err != nil {
			t.Fatal(err)
		}
		if sum, err := g.RunOnce(ctx, pipeline.RunOptions{All: true}); err != nil || sum.Failed != 0 {
			t.Fatalf("fetch: %+v, %v", sum, err)
		}
		arts, err := st.Articles(ctx, model.Filter{Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		slices.SortFunc(arts, func(a, b model.Article) int { return strings.Compare(a.URL, b.URL) })
		out = boilerOutcome{}
		clusters := map[int64]bool{}
		for _, a := range arts {
			clusters[a.ClusterID] = true
			out.summaries = append(out.summaries, a.Summary)
			tags := a.URL
			for _, p := range a.Provinces {
				tags += " " + p.Province
			}
			for _, tp := range a.Topics {
				tags += " " + tp.Topic
			}
			out.tags = append(out.tags, tags)
		}
		out.stories = len(clusters)
	})
	return out
}

// TestUpstreamBoilerplate: a source whose every item carries the same
// footer, masthead or padding stores the same summaries, tags and stories
// as without it: the boilerplate named a province (every article was tagged
// with it) and joined the twelve unrelated articles into one story.
func TestUpstreamBoilerplate(t *testing.T) {
	data, err := os.ReadFile("testdata/boilerplate.json")
	if err != nil {
		t.Fatal(err)
	}
	var items []boilerItem
	if err := json.Unmarshal(data, &items); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC)
	want := fetchBoilerFeed(t, boilerFeed(items, now, func(s string) string { return s }), now)
	if want.stories != len(items) {
		t.Fatalf("without boilerplate: %d stories of %d unrelated items", want.stories, len(items))
	}
	for _, tc := range []struct {
		name string
		desc func(string) string
	}{
		{"footer", func(s string) string { return s + " " + footer }},
		{"masthead", func(s string) string { return masthead + " " + s }},
		{"both", func(s string) string { return masthead + " " + s + " " + footer }},
		{"footer paragraph", func(s string) string { return "<p>" + s + "</p><p>" + footer + "</p>" }},
		{"padding", func(s string) string { return s + " " + strings.Repeat("lorem ipsum ", 2000) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := fetchBoilerFeed(t, boilerFeed(items, now, tc.desc), now)
			if got.stories != want.stories {
				t.Errorf("%d stories, want %d", got.stories, want.stories)
			}
			if !slices.Equal(got.summaries, want.summaries) {
				t.Errorf("summaries\n%q\nwant\n%q", got.summaries, want.summaries)
			}
			if !slices.Equal(got.tags, want.tags) {
				t.Errorf("tags\n%q\nwant\n%q", got.tags, want.tags)
			}
		})
	}
}

// TestBoilerplateNeedsPeers: four items are too few to tell boilerplate
// from a phrase they happen to share: their footer stays.
func TestBoilerplateNeedsPeers(t *testing.T) {
	data, err := os.ReadFile("testdata/boilerplate.json")
	if err != nil {
		t.Fatal(err)
	}
	var items []boilerItem
	if err := json.Unmarshal(data, &items); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC)
	got := fetchBoilerFeed(t, boilerFeed(items[:4], now, func(s string) string { return s + " Đường dây nóng: 0912 345 678, email toasoan@example.vn." }), now)
	for _, s := range got.summaries {
		if !strings.HasSuffix(s, "toasoan@example.vn.") {
			t.Errorf("summary %q lost its footer", s)
		}
	}
}
