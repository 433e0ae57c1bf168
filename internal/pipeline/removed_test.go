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

// TestSourceRemovedDuringFetch: a source removed (bantin sources remove)
// while its feed is being fetched is neither a failure nor an interruption:
// nothing is stored, the result says Removed, the pass counts it so, and
// the log has one info line, no "fetch failed" warning.
func TestSourceRemovedDuringFetch(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		var src model.Source
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if err := st.RemoveSource(ctx, src.ID); err != nil {
				t.Error(err)
			}
			w.Write(fixture(t, "tuoitre.rss"))
		}))
		defer srv.Close()
		src = addSource(t, st, srv.URL+"/feed.rss")
		cls, err := classify.New(model.NewCatalog())
		if err != nil {
			t.Fatal(err)
		}
		var logs bytes.Buffer
		g := pipeline.New(pipeline.Options{Store: st, Classifier: cls, Owner: "test", Workers: 1,
			Log:     slog.New(slog.NewTextHandler(&logs, nil)),
			Fetcher: ingest.NewFetcher(ingest.Options{AllowPrivate: true}),
			Parser:  ingest.NewParser(nil), Policy: ingest.Policy{Interval: 15 * time.Minute}})
		sum, err := g.RunOnce(ctx, pipeline.RunOptions{All: true})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Removed != 1 || sum.Failed != 0 || sum.Interrupted != 0 || sum.New != 0 {
			t.Errorf("summary %+v: want one removed source, nothing failed or stored", sum)
		}
		if arts, _ := st.Articles(ctx, model.Filter{}); len(arts) != 0 {
			t.Errorf("%d articles stored for a removed source", len(arts))
		}
		if l := logs.String(); strings.Contains(l, "fetch failed") || !strings.Contains(l, `level=INFO msg="source removed during its fetch; nothing stored"`) {
			t.Errorf("log:\n%s", l)
		}
	})
}
