package store_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// StoryLeads walked page by page (each page after the last lead of the
// one before) gives every story matching a filter once, by its newest
// matching article, in the order of those articles: stories with reports
// on several pages, seven articles in one microsecond across page ends,
// topic, former-province, source, search, story and time filters. The oracle is
// Articles with the same filter, one article a story.
func TestStoryLeads(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := addNumberedSources(t, s, 2)
		tn := model.ProvinceTag{Province: "thai-nguyen", Legacy: "bac-kan", Weight: 1}
		type row struct {
			key, story, title, topic string // story: its first report's key
			pub                      time.Time
			prov                     []model.ProvinceTag
		}
		var rows []row
		for i := range 16 {
			pub := atHour(-i)
			if i >= 4 && i < 11 {
				pub = atHour(-4) // one microsecond across several page ends
			}
			title := "Mưa lớn số " + fmt.Sprint(i)
			if i%3 == 0 {
				title = "Bão số " + fmt.Sprint(i)
			}
			var prov []model.ProvinceTag
			if i%4 == 0 {
				prov = []model.ProvinceTag{tn}
			}
			rows = append(rows, row{fmt.Sprintf("s%02d", i), "", title, []string{"xa-hoi", "kinh-te"}[i%2], pub, prov})
		}
		// Stories with reports far apart, their newest of a filter on
		// different pages than their newest overall.
		rows = append(rows,
			row{"a1", "a1", "Bão vào bờ", "kinh-te", atHour(1), nil},
			row{"a2", "a1", "Bão tan", "the-thao", atHour(-4), []model.ProvinceTag{tn}},
			row{"a3", "a1", "Mưa sau bão", "xa-hoi", atHour(-20), nil},
			row{"b1", "b1", "Giá vàng", "kinh-te", atHour(-4), nil},
			row{"b2", "b1", "Giá vàng giảm", "kinh-te", atHour(-9), []model.ProvinceTag{tn}},
			row{"b3", "b1", "Bão làm giá vàng tăng", "xa-hoi", atHour(-30), nil})
		for i, r := range rows {
			a := article(r.key, r.title, "tóm tắt", r.pub, []string{r.topic}, r.prov...)
			if err := s.BulkInsertArticles(ctx, src[i%2], []model.Article{a}); err != nil {
				t.Fatal(err)
			}
		}
		ids := idsByKey(t, s, len(rows))
		moves := map[int64]int64{}
		for _, r := range rows {
			if r.story != "" {
				moves[ids[r.key]] = ids[r.story] // a story is named by its first report
			}
		}
		if err := s.SetClusters(ctx, oneThread(moves)); err != nil {
			t.Fatal(err)
		}
		for _, f := range []model.Filter{
			{}, {Topics: []string{"kinh-te"}}, {Topics: []string{"the-thao", "xa-hoi"}}, {Provinces: []string{"bac-kan"}},
			{Provinces: []string{"thai-nguyen"}, Topics: []string{"kinh-te", "the-thao"}}, {SourceID: src[1]},
			{Query: "bao"}, {Query: "bao", Topics: []string{"xa-hoi"}}, {Since: atHour(-10)},
			{Story: ids["a1"]}, {Story: ids["b1"], Topics: []string{"kinh-te"}}, {Story: ids["a1"], Since: atHour(-10)},
			{Story: ids["b1"], Query: "bao"}, {Story: ids["s03"]},
		} {
			want := oneAStory(t, s, f)
			for _, n := range []int{1, 3, 4, 50} {
				if got := walkLeads(t, s, f, n); !slices.Equal(got, want) {
					t.Errorf("%+v, %d a page: %v\nwant %v", f, n, got, want)
				}
			}
		}
	})
}

// oneAStory returns the keys of the articles matching f, newest first,
// the first of each story only.
func oneAStory(t *testing.T, s *store.Store, f model.Filter) []string {
	t.Helper()
	f.Limit = 100
	arts, err := s.Articles(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int64]bool{}
	var keys []string
	for _, a := range arts {
		if a.ClusterID == 0 || !seen[a.ClusterID] {
			seen[a.ClusterID] = true
			keys = append(keys, a.Key)
		}
	}
	return keys
}

// walkLeads reads StoryLeads pages of n, each after the row that placed
// the last lead of the one before, until one comes back short, and
// returns the keys of every lead.
func walkLeads(t *testing.T, s *store.Store, f model.Filter, n int) []string {
	t.Helper()
	var keys []string
	var at time.Time
	var id int64
	for page := 0; ; page++ {
		if page > 40 {
			t.Fatalf("%+v: more than 40 pages of %d", f, n)
		}
		leads, err := s.StoryLeads(context.Background(), f, at, id, n)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range leads {
			keys = append(keys, a.Key)
		}
		if len(leads) < n {
			return keys
		}
		at, id = leads[len(leads)-1].At, leads[len(leads)-1].Row
	}
}
