package pipeline_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
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

// bigFeed returns an RSS document of n items, newest first.
func bigFeed(n int, start time.Time) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Lưu trữ</title><link>https://luutru.vn/</link>`)
	for i := range n {
		fmt.Fprintf(&b, "<item><title>Tin lưu trữ số %d ở Hà Nội</title><link>https://luutru.vn/tin/%d</link><pubDate>%s</pubDate>"+
			"<description>Bản tin số %d về kinh tế.</description></item>", i, i, start.Add(-time.Duration(i)*time.Minute).Format(time.RFC1123Z), i)
	}
	b.WriteString("</channel></rss>")
	return []byte(b.String())
}

// TestFeedOverTheItemCap: a feed of 1,200 new items with a cap of 500 per
// fetch is stored over three fetches, newest first, each item once: the
// validators are not kept while items wait, so the next fetch gets the
// whole feed again.
func TestFeedOverTheItemCap(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		now := time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC)
		body := bigFeed(1200, now)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			w.Write(body)
		}))
		defer srv.Close()
		cls, err := classify.New(model.NewCatalog())
		if err != nil {
			t.Fatal(err)
		}
		clock := clockAt(now)
		g := pipeline.New(pipeline.Options{Store: st, Classifier: cls, Owner: "test", Now: clock.now, MaxItems: 500,
			Fetcher: ingest.NewFetcher(ingest.Options{AllowPrivate: true}), Parser: ingest.NewParser(nil),
			Policy: ingest.Policy{Interval: 15 * time.Minute}})
		src := addSource(t, st, srv.URL+"/rss")
		ctx := context.Background()
		for i, want := range []int{500, 500, 200, 0} {
			sum, err := g.RunOnce(ctx, pipeline.RunOptions{All: true})
			if err != nil || sum.New != want || sum.Failed != 0 {
				t.Fatalf("fetch %d: %+v, %v; want %d new", i+1, sum, err, want)
			}
			if i == 0 {
				arts, _ := st.Articles(ctx, model.Filter{SourceID: src.ID, Limit: 1})
				if len(arts) != 1 || arts[0].Title != "Tin lưu trữ số 0 ở Hà Nội" {
					t.Fatalf("the first fetch did not store the newest items first: %+v", arts)
				}
			}
			clock.advance(time.Hour)
		}
		s, _ := st.Source(ctx, src.ID)
		if s.ETag != `"v1"` {
			t.Errorf("once every item is stored the validators are kept: etag %q", s.ETag)
		}
	})
}
