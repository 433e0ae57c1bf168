package pipeline_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/pipeline"
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
<item><title>%s</title><link>%s</link><description>%s</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">%s</content:encoded><pubDate>%s</pubDate></item></channel></rss>`,
		html.EscapeString(a.Source), html.EscapeString(a.Title), html.EscapeString(a.URL),
		html.EscapeString(a.Summary), html.EscapeString("<p>"+a.Body+"</p>"), a.Published.Format(time.RFC1123Z))
}

// TestIngestClustersSameStory ingests the first ten same-event groups of
// the evaluation set, each member from a different source, one after
// another, and checks the clusters assigned incrementally through the
// store's band index: no two groups share a cluster, and most same-group
// pairs are together (the classifier's own eval measures recall exactly).
func TestIngestClustersSameStory(t *testing.T) {
	groups := evalGroups(t, 2)
	names := slices.Sorted(maps.Keys(groups))
	if len(names) < 10 {
		t.Fatalf("only %d groups in the eval set", len(names))
	}
	names = names[:10]
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		mux := http.NewServeMux()
		srv := httptest.NewServer(mux)
		defer srv.Close()
		ctx := context.Background()
		groupOf := map[string]string{} // article URL → group
		clock := &fakeClock{}
		g := newPipeline(t, st, clock)
		for _, name := range names {
			var latest time.Time
			var ids []int64
			for _, a := range groups[name] {
				path := "/" + a.ID + ".rss"
				body := rssOf(a)
				mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(body)) })
				src := model.Source{URL: srv.URL + path, Name: a.Source}
				st.AddSource(ctx, &src)
				ids, groupOf[a.URL] = append(ids, src.ID), name
				if a.Published.After(latest) {
					latest = a.Published
				}
			}
			clock.set(latest.Add(time.Hour)) // the event is this week's news
			for _, id := range ids {         // its reports arrive one after another
				if sum, err := g.RunOnce(ctx, pipeline.RunOptions{SourceID: id}); err != nil || sum.Failed > 0 {
					t.Fatalf("%+v %v", sum, err)
				}
			}
		}
		arts, _ := st.Articles(ctx, model.Filter{Limit: 500})
		together, pairs := 0, 0
		for i := range arts {
			for j := i + 1; j < len(arts); j++ {
				same := groupOf[arts[i].URL] == groupOf[arts[j].URL]
				if !same && arts[i].ClusterID == arts[j].ClusterID {
					t.Errorf("different events merged: %q and %q", arts[i].Title, arts[j].Title)
				}
				if same {
					pairs++
					if arts[i].ClusterID == arts[j].ClusterID {
						together++
					}
				}
			}
		}
		if recall := float64(together) / float64(pairs); recall < 0.8 {
			t.Errorf("same-event pairs clustered: %d of %d (%.2f), want ≥ 0.80", together, pairs, recall)
		}
	})
}
