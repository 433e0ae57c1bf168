package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// Stories: three sources; story A is covered by all three, B by two (one
// of them twice), C by one, and an old story D by three but before the
// window. TopStories ranks by sources then recency, counts every article
// of a story, and selects stories by any matching article.
func TestStories(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := addNumberedSources(t, s, 3)
		tn := model.ProvinceTag{Province: "thai-nguyen", Legacy: "bac-kan", Weight: 1}
		at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
		type row struct {
			src   int
			key   string
			story string
			pub   time.Time
			topic string
			prov  []model.ProvinceTag
		}
		rows := []row{
			{0, "a0", "A", at(1), "kinh-te", nil}, {1, "a1", "A", at(2), "kinh-te", nil}, {2, "a2", "A", at(3), "xa-hoi", []model.ProvinceTag{tn}},
			{0, "b0", "B", at(5), "giao-duc", nil}, {0, "b0b", "B", at(6), "giao-duc", nil}, {1, "b1", "B", at(7), "giao-duc", nil},
			{2, "c2", "C", at(8), "the-thao", nil},
			{0, "d0", "D", at(-200), "y-te", nil}, {1, "d1", "D", at(-199), "y-te", nil}, {2, "d2", "D", at(-198), "y-te", nil},
		}
		for _, r := range rows {
			a := article(r.key, "Tin "+r.key, "tóm tắt", r.pub, []string{r.topic}, r.prov...)
			if err := s.BulkInsertArticles(ctx, src[r.src], []model.Article{a}); err != nil {
				t.Fatal(err)
			}
		}
		all, err := s.Articles(ctx, model.Filter{Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		ids := map[string]int64{}
		for _, a := range all {
			ids[strings.TrimPrefix(a.Title, "Tin ")] = a.ID
		}
		clusters := map[int64]int64{}
		story := map[string]int64{}
		for _, r := range rows {
			if _, ok := story[r.story]; !ok {
				story[r.story] = ids[r.key]
			}
			clusters[ids[r.key]] = story[r.story]
		}
		if err := s.SetClusters(ctx, oneThread(clusters)); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name string
			f    model.Filter
			want []string
		}{
			{"week", model.Filter{Since: t0}, []string{"A", "B", "C"}},
			{"all time", model.Filter{}, []string{"A", "D", "B", "C"}},
			{"topic selects the story, sizes count all", model.Filter{Since: t0, Topics: []string{"xa-hoi"}}, []string{"A"}},
			{"former province", model.Filter{Since: t0, Provinces: []string{"bac-kan"}}, []string{"A"}},
			{"source", model.Filter{Since: t0, SourceID: src[2]}, []string{"A", "C"}},
			{"nothing", model.Filter{Since: t0, Topics: []string{"y-te"}}, nil},
		}
		for _, tt := range tests {
			got, err := s.TopStories(ctx, tt.f, 10)
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			var names []string
			for _, g := range got {
				for n, id := range story {
					if id == g.ID {
						names = append(names, n)
					}
				}
			}
			if fmt.Sprint(names) != fmt.Sprint(tt.want) {
				t.Errorf("%s: stories %v, want %v", tt.name, names, tt.want)
			}
			if len(got) > 0 && got[0].ID == story["A"] && (got[0].Sources != 3 || got[0].Articles != 3 || !got[0].Latest.Equal(at(3))) {
				t.Errorf("%s: story A %+v, want 3 sources, 3 articles, latest %v", tt.name, got[0], at(3))
			}
		}
		if got, _ := s.TopStories(ctx, model.Filter{}, 1); len(got) != 1 {
			t.Errorf("limit 1: %d stories", len(got))
		}
		sizes, err := s.StorySizes(ctx, []int64{story["B"], story["C"], story["B"], 999999})
		if err != nil || len(sizes) != 2 || sizes[story["B"]] != 2 || sizes[story["C"]] != 1 {
			t.Errorf("StorySizes = %v, %v; want B 2, C 1", sizes, err)
		}
		arts, err := s.StoryArticles(ctx, story["B"])
		if err != nil || len(arts) != 3 || arts[0].Title != "Tin b1" || arts[2].Title != "Tin b0" || arts[0].SourceName != "Báo 1" {
			t.Errorf("StoryArticles(B) = %d articles, %v", len(arts), err)
		}
		if arts, err := s.StoryArticles(ctx, 999999); err != nil || len(arts) != 0 {
			t.Errorf("StoryArticles(unknown) = %d, %v", len(arts), err)
		}
		checkStoryFilter(t, s, story, src)
	})
}

// checkStoryFilter: a story's feed (Filter.Story) holds its articles only,
// newest first, also with a tag or a source beside it; an unknown story has
// no article.
func checkStoryFilter(t *testing.T, s *store.Store, story map[string]int64, src []int64) {
	t.Helper()
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		f    model.Filter
		want string
	}{
		{"story", model.Filter{Story: story["B"]}, "[Tin b1 Tin b0b Tin b0]"},
		{"story and source", model.Filter{Story: story["B"], SourceID: src[0]}, "[Tin b0b Tin b0]"},
		{"story and tag", model.Filter{Story: story["A"], Topics: []string{"kinh-te"}}, "[Tin a1 Tin a0]"},
		{"story and former province", model.Filter{Story: story["A"], Provinces: []string{"bac-kan"}}, "[Tin a2]"},
		{"unknown story", model.Filter{Story: 999999}, "[]"},
	} {
		arts, err := s.Articles(ctx, tt.f)
		var titles []string
		for _, a := range arts {
			titles = append(titles, a.Title)
		}
		if got := fmt.Sprintf("%v", titles); err != nil || got != tt.want && !(tt.want == "[]" && titles == nil) {
			t.Errorf("%s: %v, %v; want %s", tt.name, got, err, tt.want)
		}
	}
}

// addNumberedSources adds n sources named "Báo 0"… with feeds
// https://bao0.example/rss… and returns their ids in that order.
func addNumberedSources(t *testing.T, s *store.Store, n int) []int64 {
	t.Helper()
	ids := make([]int64, n)
	for i := range ids {
		x := &model.Source{URL: fmt.Sprintf("https://bao%d.example/rss", i), Name: fmt.Sprintf("Báo %d", i)}
		if err := s.AddSource(context.Background(), x); err != nil {
			t.Fatal(err)
		}
		ids[i] = x.ID
	}
	return ids
}
