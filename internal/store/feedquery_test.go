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

// TestFeedQueries checks the index-driven feed filters (tag tables, the
// topic × province pairs kept by triggers, ArticleIDs and BulkInsertArticles)
// against the expected sets, including after an edit retags an article.
func TestFeedQueries(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://bulk.example/rss", Name: "Bulk"}
		s.AddSource(ctx, src)
		tn, bk := model.ProvinceTag{Province: "thai-nguyen", Weight: 1}, model.ProvinceTag{Province: "thai-nguyen", Legacy: "bac-kan", Weight: 0.5}
		var arts []model.Article
		for i := range 30 {
			a := article(fmt.Sprintf("b%02d", i), fmt.Sprintf("Tin %d", i), "tóm tắt", t0.Add(time.Duration(i)*time.Minute), []string{"kinh-te"})
			switch i % 3 {
			case 0:
				a.Provinces = []model.ProvinceTag{tn}
			case 1:
				a.Provinces = []model.ProvinceTag{tn, bk}
				a.Topics = append(a.Topics, model.TopicTag{Topic: "xa-hoi", Score: 0.5})
			}
			arts = append(arts, a)
		}
		if err := s.BulkInsertArticles(ctx, src.ID, arts); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			f    model.Filter
			want int
		}{
			{model.Filter{Topics: []string{"kinh-te"}, Provinces: []string{"thai-nguyen"}}, 20},
			{model.Filter{Topics: []string{"kinh-te"}, Provinces: []string{"bac-kan"}}, 10},
			{model.Filter{Topics: []string{"xa-hoi", "kinh-te"}, Provinces: []string{"bac-kan", "ha-noi"}}, 10},
			{model.Filter{Topics: []string{"xa-hoi"}, Provinces: []string{"thai-nguyen"}, Limit: 4}, 4},
			{model.Filter{Provinces: []string{"thai-nguyen"}}, 20},
			{model.Filter{Topics: []string{"xa-hoi", "kinh-te"}}, 30},
			{model.Filter{Topics: []string{"kinh-te"}, Provinces: []string{"thai-nguyen"}, SourceID: src.ID + 1}, 0},
			{model.Filter{}, 30},
		}
		for _, tt := range tests {
			got, err := s.Articles(ctx, tt.f)
			if err != nil || len(got) != min(tt.want, 50) {
				t.Fatalf("%+v: %d articles, %v; want %d", tt.f, len(got), err, tt.want)
			}
			ids, err := s.ArticleIDs(ctx, tt.f)
			var want []int64
			for _, a := range got {
				want = append(want, a.ID)
			}
			if err != nil || !slices.Equal(ids, want) {
				t.Fatalf("%+v: ArticleIDs %v, %v; Articles gave %v", tt.f, ids, err, want)
			}
		}
		one, _ := s.Articles(ctx, model.Filter{Provinces: []string{"bac-kan"}, Limit: 1})
		if len(one[0].Provinces) != 2 || one[0].Provinces[0].Legacy != "" || len(one[0].Topics) != 2 || !one[0].Topics[0].Primary {
			t.Fatalf("tags = %+v %+v", one[0].Topics, one[0].Provinces)
		}
		// An edit retags in place: the pair rows follow.
		a := one[0]
		a.Provinces, a.Topics = []model.ProvinceTag{{Province: "ha-noi", Weight: 1}}, []model.TopicTag{{Topic: "the-thao", Primary: true}}
		a.ContentHash = "changed"
		if _, err := s.ClaimSource(ctx, src.ID, "w", t0, time.Minute); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SaveFetch(ctx, store.FetchOutcome{SourceID: src.ID, Owner: "w", FetchedAt: t0},
			[]store.ArticleWrite{{Article: a, ExistingID: a.ID}}); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Articles(ctx, model.Filter{Topics: []string{"kinh-te"}, Provinces: []string{"bac-kan"}}); len(got) != 9 {
			t.Fatalf("after retag, kinh-te × bac-kan has %d, want 9", len(got))
		}
		if got, _ := s.Articles(ctx, model.Filter{Topics: []string{"the-thao"}, Provinces: []string{"ha-noi"}}); len(got) != 1 || got[0].ID != a.ID {
			t.Fatalf("after retag, the-thao × ha-noi = %v", got)
		}
	})
}
