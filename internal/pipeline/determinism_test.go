package pipeline_test

import (
	"context"
	"fmt"
	"html"
	"maps"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
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

// outletFeeds spreads the members of the labelled same-event groups over
// n outlets, each member to a different outlet, and returns each outlet's
// RSS body and the group of every article URL.
func outletFeeds(t *testing.T, n int) ([]string, map[string]string) {
	groups := evalGroups(t, 2)
	items := make([][]string, n)
	groupOf := map[string]string{}
	for gi, name := range slices.Sorted(maps.Keys(groups)) {
		for k, a := range groups[name] {
			o := (gi + k) % n
			items[o] = append(items[o], itemOf(a))
			groupOf[a.URL] = name
		}
	}
	feeds := make([]string, n)
	for o := range items {
		feeds[o] = fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Báo %d</title><link>https://bao%d.vn/</link>%s</channel></rss>`,
			o, o, strings.Join(items[o], ""))
	}
	return feeds, groupOf
}

func itemOf(a evalArticle) string {
	return fmt.Sprintf(`<item><title>%s</title><link>%s</link><description>%s</description><pubDate>%s</pubDate></item>`,
		html.EscapeString(a.Title), html.EscapeString(a.URL), html.EscapeString(a.Summary), a.Published.Format(time.RFC1123Z))
}

// TestFetchAllClustersDeterministic: eight loopback outlets carry the same
// events; `fetch --all` with 16 workers, ten times on a fresh database,
// answering in a random order each time, must give the same stories (the
// same segments in the same threads) every time, and no story may hold two
// labelled events.
func TestFetchAllClustersDeterministic(t *testing.T) {
	feeds, groupOf := outletFeeds(t, 8)
	storetest.Engines(t, func(t *testing.T, _ *store.Store) {
		var first map[string]string
		for run := range 10 {
			st := storetest.OpenSQLite(t)
			if strings.HasSuffix(t.Name(), "postgres") {
				st = storetest.OpenPostgres(t)
			}
			got := fetchAllPartition(t, st, feeds, uint64(run))
			st.Close() // ten runs' connection pools at once exhaust a shared PostgreSQL
			if run == 0 {
				first = got
				checkEvents(t, got, groupOf)
				// The labelled events span days, but none of their threads
				// holds classify.SplitAfter reports before a silence, so
				// none is split (TestSegmentsAcrossPasses splits threads;
				// classify's TestAssignBatchSegments in any input order):
				// the runs compare threads and segments all the same.
				t.Logf("%d threads of more than one segment", splitThreads(got))
				continue
			}
			for url, story := range first {
				if got[url] != story {
					t.Fatalf("run %d: %s in the story of %s; run 0 put it with %s", run, url, got[url], story)
				}
			}
		}
	})
}

// fetchAllPartition serves feeds on loopback, each answer delayed at
// random (seed) so that fetches finish in a different order each run,
// runs one pass over every source with 16 workers, and returns each
// article's story (segment) and thread, named by the smallest URL in each.
func fetchAllPartition(t *testing.T, st *store.Store, feeds []string, seed uint64) map[string]string {
	ctx := context.Background()
	var rnd atomic.Uint64
	rnd.Store(seed)
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for o, body := range feeds {
		path := fmt.Sprintf("/bao%d.rss", o)
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			// Perturb the order in which fetches complete.
			d := rand.New(rand.NewPCG(rnd.Add(1), uint64(o))).IntN(20)
			time.Sleep(time.Duration(d) * time.Millisecond)
			w.Write([]byte(body))
		})
		src := model.Source{URL: srv.URL + path, Name: fmt.Sprintf("Báo %d", o)}
		if err := st.AddSource(ctx, &src); err != nil {
			t.Fatal(err)
		}
	}
	cls, err := classify.New(model.NewCatalog())
	if err != nil {
		t.Fatal(err)
	}
	clock := clockAt(time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC))
	p := pipeline.New(pipeline.Options{Store: st, Classifier: cls, Owner: "test", Workers: 16, Processors: 16, Now: clock.now,
		Fetcher: ingest.NewFetcher(ingest.Options{AllowPrivate: true}),
		Parser:  ingest.NewParser(nil), Policy: ingest.Policy{Interval: 15 * time.Minute, Ceiling: 24 * time.Hour}})
	if sum, err := p.RunOnce(ctx, pipeline.RunOptions{All: true}); err != nil || sum.Failed > 0 {
		t.Fatalf("fetch --all: %+v %v", sum, err)
	}
	return storedPartition(t, st)
}

// storedPartition returns each stored article's story (segment) and
// thread, each named by the smallest URL in it.
func storedPartition(t *testing.T, st *store.Store) map[string]string {
	ctx := context.Background()
	arts, err := st.Articles(ctx, model.Filter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	threads, err := st.RecentSignatures(ctx, 0, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	threadOf := map[int64]int64{}
	for _, m := range threads {
		threadOf[m.ArticleID] = m.ThreadID
	}
	name := map[int64]string{} // segment or thread → its smallest URL
	for _, a := range arts {
		for _, id := range []int64{a.ClusterID, -threadOf[a.ID]} {
			if n, ok := name[id]; !ok || a.URL < n {
				name[id] = a.URL
			}
		}
	}
	out := map[string]string{}
	for _, a := range arts {
		out[a.URL] = name[a.ClusterID] + " in thread " + name[-threadOf[a.ID]]
	}
	return out
}

// splitThreads returns how many threads of a partition (fetchAllPartition)
// hold more than one segment.
func splitThreads(part map[string]string) int {
	segs := map[string]map[string]bool{}
	for _, v := range part {
		seg, thread, _ := strings.Cut(v, " in thread ")
		if segs[thread] == nil {
			segs[thread] = map[string]bool{}
		}
		segs[thread][seg] = true
	}
	n := 0
	for _, s := range segs {
		if len(s) > 1 {
			n++
		}
	}
	return n
}

// checkEvents fails when a story holds two labelled events, and logs the
// share of same-event pairs that were put together.
func checkEvents(t *testing.T, story, groupOf map[string]string) {
	together, pairs := 0, 0
	urls := slices.Sorted(maps.Keys(story))
	for i, a := range urls {
		for _, b := range urls[i+1:] {
			same := groupOf[a] == groupOf[b] && groupOf[a] != ""
			if !same && story[a] == story[b] {
				t.Errorf("different events in one story: %s and %s", a, b)
			}
			if same {
				pairs++
				if story[a] == story[b] {
					together++
				}
			}
		}
	}
	t.Logf("%d articles; same-event pairs together: %d of %d", len(urls), together, pairs)
	if pairs == 0 || float64(together) < 0.8*float64(pairs) {
		t.Errorf("same-event pairs together: %d of %d, want ≥ 80%%", together, pairs)
	}
}
