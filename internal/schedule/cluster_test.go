package schedule_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/schedule"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

type evalArticle struct {
	ID, Source, Title, Summary, Body, URL, Group string
	Published                                    time.Time
}

// evalGroups reads the labelled evaluation set and returns its same-event
// groups of at least size articles.
func evalGroups(t *testing.T, size int) map[string][]evalArticle {
	f, err := os.Open("../../testdata/classify/eval.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	groups := map[string][]evalArticle{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a evalArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		if a.Group != "" {
			groups[a.Group] = append(groups[a.Group], a)
		}
	}
	for g, as := range groups {
		if len(as) < size {
			delete(groups, g)
		}
	}
	return groups
}

func rssOf(a evalArticle) string {
	return fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>https://x.vn/</link>
<item><title>%s</title><link>%s</link><description>%s</description><pubDate>%s</pubDate></item></channel></rss>`,
		html.EscapeString(a.Source), html.EscapeString(a.Title), html.EscapeString(a.URL),
		html.EscapeString(a.Summary+" "+a.Body), a.Published.Format(time.RFC1123Z))
}

// TestIngestClustersSameStory ingests each member of a few same-event
// groups from a different source and expects one cluster per group,
// assigned incrementally through the store's band index.
func TestIngestClustersSameStory(t *testing.T) {
	groups := evalGroups(t, 3)
	if len(groups) < 5 {
		t.Fatalf("only %d groups of 3+ in the eval set", len(groups))
	}
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		mux := http.NewServeMux()
		srv := httptest.NewServer(mux)
		defer srv.Close()
		ctx := context.Background()
		want := map[string]string{} // article URL → group
		n := 0
		for g, as := range groups {
			if n == 5 {
				break
			}
			n++
			for _, a := range as {
				path := "/" + a.ID + ".rss"
				body := rssOf(a)
				mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(body)) })
				st.AddSource(ctx, &model.Source{URL: srv.URL + path, Name: a.Source})
				want[a.URL] = g
			}
		}
		clock := &fakeClock{}
		clock.set(time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC))
		g := newIngester(t, st, clock)
		g.Workers = 1 // one after another, as stories arrive
		if sum, err := g.RunOnce(ctx, schedule.RunOptions{All: true}); err != nil || sum.Failed > 0 {
			t.Fatalf("%+v %v", sum, err)
		}
		arts, _ := st.Articles(ctx, model.Filter{Limit: 500})
		clusterOf := map[string]int64{}
		for _, a := range arts {
			if c, ok := clusterOf[want[a.URL]]; ok && c != a.ClusterID {
				t.Errorf("group %s split: %q in cluster %d, not %d", want[a.URL], a.Title, a.ClusterID, c)
			}
			clusterOf[want[a.URL]] = a.ClusterID
		}
		seen := map[int64]string{}
		for grp, c := range clusterOf {
			if other, ok := seen[c]; ok {
				t.Errorf("groups %s and %s merged into cluster %d", grp, other, c)
			}
			seen[c] = grp
		}
	})
}
