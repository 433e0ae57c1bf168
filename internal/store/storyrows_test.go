package store_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// copyElsewhere stores, on two sources, x (−10 h) and x2 (−5 h) in x's
// story, y (−3 h) in its own, and a section feed's copy of x (0 h) that
// clustering filed in y's story, all tagged the-thao, with links whose
// host names outlet (a domain, or "" as an IP host gives). It returns the
// ids by key ("copy" for the copy, "section" for its source).
func copyElsewhere(t *testing.T, s *store.Store, outlet string) map[string]int64 {
	t.Helper()
	src := addNumberedSources(t, s, 2)
	x := homeRow(article("x", "Tin X", "x", atHour(-10), []string{"the-thao"}))
	x.Outlet = outlet
	x2 := article("x2", "Tin X hai", "x", atHour(-5), []string{"the-thao"})
	y := article("y", "Tin Y", "y", atHour(-3), []string{"the-thao"})
	x2.Outlet, y.Outlet = outlet, outlet
	res := saveOne(t, s, src[0], store.ArticleWrite{Article: x}, store.ArticleWrite{Article: x2}, store.ArticleWrite{Article: y})
	c := sectionCopy(article("x-sec", "Tin X", "x", atHour(0), []string{"the-thao"}))
	c.Outlet = outlet
	cres := saveOne(t, s, src[1], store.ArticleWrite{Article: c})
	ids := map[string]int64{"x": res.IDs[0], "x2": res.IDs[1], "y": res.IDs[2], "copy": cres.IDs[0], "section": src[1]}
	if err := s.SetClusters(context.Background(), oneThread(map[int64]int64{ids["x2"]: ids["x"], ids["copy"]: ids["y"]})); err != nil {
		t.Fatal(err)
	}
	return ids
}

// A story's own list (its feed: Articles and ArticleIDs; StoryLeads) holds
// its articles, each once, placed by the newest of its rows (its own or a
// copy's, wherever the copy was filed), and not the article of a copy that
// clustering filed in it: that article is in its own story's list (on
// main it was in both, y's story listing "Tin X" before "Tin Y").
func TestStoryListCopyElsewhere(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		ids := copyElsewhere(t, s, "bao0.example")
		xs, ys := ids["x"], ids["y"]
		for _, tt := range []struct {
			f    model.Filter
			want []string
		}{
			{model.Filter{Story: xs}, []string{"x", "x2"}}, // x by its copy (0 h)
			{model.Filter{Story: ys}, []string{"y"}},
			{model.Filter{Story: ys, Topics: []string{"the-thao"}}, []string{"y"}},
			{model.Filter{Story: xs, Topics: []string{"the-thao"}}, []string{"x", "x2"}},
			{model.Filter{Story: ys, Query: "tin"}, []string{"y"}},
			{model.Filter{Story: xs, Query: "tin"}, []string{"x", "x2"}},
			{model.Filter{Story: xs, Until: t0.Add(-time.Hour)}, []string{"x2", "x"}}, // the copy is after the bound
			{model.Filter{Story: xs, Limit: 1}, []string{"x"}},                        // its own row is not the newest
			{model.Filter{Story: xs, Until: t0.Add(-time.Hour), Limit: 1}, []string{"x2"}},
			{model.Filter{Story: xs, SourceID: ids["section"]}, []string{"x"}},
		} {
			arts, err := s.Articles(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range arts {
				got = append(got, a.Key)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Articles(%+v) = %v, want %v", tt.f, got, tt.want)
			}
			aids, err := s.ArticleIDs(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if len(aids) != len(arts) || !slices.Equal(aids, articleIDs(arts)) {
				t.Errorf("ArticleIDs(%+v) = %v, want Articles' %v", tt.f, aids, articleIDs(arts))
			}
			if tt.f.Until.IsZero() && tt.f.Limit == 0 {
				if got := walkLeads(t, s, tt.f, 1); !slices.Equal(got, tt.want[:1]) {
					t.Errorf("StoryLeads(%+v) = %v, want %v", tt.f, got, tt.want[:1])
				}
			}
		}
	})
}

func articleIDs(arts []model.Article) []int64 {
	out := make([]int64, len(arts))
	for i := range arts {
		out[i] = arts[i].ID
	}
	return out
}

// A story counts the outlets of the reports its page lists: a copy (the
// same link as its article) counts as its article, with its article's
// outlet key, in its article's story only. Where links name no outlet
// (an IP host: each source counts apart), a copy filed in its article's
// story made StorySizes and TopStories say 2 on main while the page listed
// one outlet's reports; one filed elsewhere adds nothing to either story.
func TestStoryCountCopies(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		ids := copyElsewhere(t, s, "")
		xs, ys := ids["x"], ids["y"]
		check := func(when string, want map[int64]int) {
			t.Helper()
			sizes, err := s.StorySizes(ctx, []int64{xs, ys})
			if err != nil {
				t.Fatal(err)
			}
			top, err := s.TopStories(ctx, model.Filter{}, 10)
			if err != nil {
				t.Fatal(err)
			}
			topT, err := s.TopStories(ctx, model.Filter{Topics: []string{"the-thao"}}, 10)
			if err != nil {
				t.Fatal(err)
			}
			for id, n := range want {
				if sizes[id] != n {
					t.Errorf("%s: StorySizes[%d] = %d, want %d", when, id, sizes[id], n)
				}
				for _, list := range [][]store.StoryStat{top, topT} {
					for _, st := range list {
						if st.ID == id && st.Sources != n {
							t.Errorf("%s: TopStories' story %d has %d outlets, want %d", when, id, st.Sources, n)
						}
					}
				}
			}
		}
		check("copy filed in y's story", map[int64]int{xs: 1, ys: 1})
		if err := s.SetClusters(ctx, oneThread(map[int64]int64{ids["copy"]: xs})); err != nil {
			t.Fatal(err)
		}
		check("copy filed in its article's story", map[int64]int{xs: 1, ys: 1})
	})
}
