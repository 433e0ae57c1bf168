package pipeline_test

import (
	"bytes"
	"context"
	"log/slog"
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

// TestOlderSignaturesWarn: recent articles signed by an older release are
// left out of clustering, and the pass that builds the index says so once,
// naming the command that re-signs them.
func TestOlderSignaturesWarn(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		clock := clockAt(time.Date(2026, 9, 14, 12, 0, 0, 0, time.UTC))
		old := &model.Source{URL: "https://bao.example.vn/rss"}
		if err := st.AddSource(ctx, old); err != nil {
			t.Fatal(err)
		}
		a := model.Article{Key: "url:https://bao.example.vn/a", URL: "https://bao.example.vn/a", Title: "Tin cũ",
			PublishedAt: clock.now().Add(-time.Hour), UpdatedAt: clock.now(), FetchedAt: clock.now(), ContentHash: "h"}
		if err := st.BulkInsertArticles(ctx, old.ID, []model.Article{a}); err != nil {
			t.Fatal(err)
		}
		stored, err := st.Articles(ctx, model.Filter{})
		if err != nil || len(stored) != 1 {
			t.Fatalf("stored %d, %v", len(stored), err)
		}
		if err := st.SetSignatures(ctx, map[int64][]byte{stored[0].ID: {3, 0, 1}}); err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Write(fixture(t, "vnexpress.rss"))
		}))
		defer srv.Close()
		addSource(t, st, srv.URL+"/rss")
		var logs bytes.Buffer
		cls, err := classify.New(model.NewCatalog())
		if err != nil {
			t.Fatal(err)
		}
		g := pipeline.New(pipeline.Options{Store: st, Classifier: cls, Owner: "test", Workers: 2, Now: clock.now,
			Log:     slog.New(slog.NewTextHandler(&logs, nil)),
			Fetcher: ingest.NewFetcher(ingest.Options{AllowPrivate: true}),
			Parser:  ingest.NewParser(nil), Policy: ingest.Policy{Interval: 15 * time.Minute, Ceiling: 24 * time.Hour}})
		if sum, err := g.RunOnce(ctx, pipeline.RunOptions{All: true}); err != nil || sum.New == 0 {
			t.Fatalf("pass: %+v %v", sum, err)
		}
		if got := strings.Count(logs.String(), "bantin reclassify"); got != 1 || !strings.Contains(logs.String(), "articles=1") {
			t.Errorf("want one warning naming 1 article and bantin reclassify, got:\n%s", logs.String())
		}
	})
}
