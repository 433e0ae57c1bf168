package store_test

import (
	"context"
	"slices"
	"testing"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// Pages (StoryLeads), feeds (ArticleIDs) and Articles place an article by
// the newest of its rows the list selects, its own or a copy's, also when
// the copy has the article's own tag: x (published at -10h) is placed by
// its copy of 0h, before y (-3h). Before, feeds skipped a copy whose
// article had the same tag row and listed x after y, while pages listed it
// before. A list that ends before the copy (Until) places x by its own row.
func TestCopyPlacesArticleAlike(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		src := addNumberedSources(t, s, 2)
		home := homeRow(article("x", "Tin X", "x", atHour(-10), []string{"the-thao"}, model.ProvinceTag{Province: "ha-noi", Weight: 1}))
		saveOne(t, s, src[0], store.ArticleWrite{Article: home},
			store.ArticleWrite{Article: article("z", "Tin Z", "z", atHour(1), []string{"the-thao"})},
			store.ArticleWrite{Article: article("y", "Tin Y", "y", atHour(-3), []string{"the-thao"}, model.ProvinceTag{Province: "ha-noi", Weight: 1})},
			store.ArticleWrite{Article: article("w", "Tin W", "w", atHour(-11), []string{"the-thao"})})
		sec := sectionCopy(article("x-sec", "Tin X", "x", atHour(0), []string{"the-thao"}, model.ProvinceTag{Province: "ha-noi", Weight: 1}))
		saveOne(t, s, src[1], store.ArticleWrite{Article: sec})
		byCopy, byOwn := []string{"z", "x", "y", "w"}, []string{"z", "y", "x", "w"}
		for _, tt := range []struct {
			f    model.Filter
			want []string
		}{
			{model.Filter{Topics: []string{"the-thao"}}, byCopy},
			{model.Filter{Provinces: []string{"ha-noi"}}, []string{"x", "y"}},
			{model.Filter{Topics: []string{"the-thao"}, Provinces: []string{"ha-noi"}}, []string{"x", "y"}},
			{model.Filter{Query: "tin"}, byCopy},
			{model.Filter{}, byOwn}, // the all-news list leaves copies out
			{model.Filter{SourceID: src[0]}, byOwn},
			{model.Filter{Topics: []string{"the-thao"}, Until: atHour(-1)}, []string{"y", "x", "w"}},
			{model.Filter{Topics: []string{"the-thao"}, Since: atHour(-5)}, []string{"z", "x", "y"}},
		} {
			ids, err := s.ArticleIDs(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			arts, err := s.Articles(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var list []string
			for i := range arts {
				list = append(list, arts[i].Key)
				if arts[i].ID != ids[i] {
					t.Errorf("%+v: Articles %d is %d, ArticleIDs' %d", tt.f, i, arts[i].ID, ids[i])
				}
			}
			if !slices.Equal(list, tt.want) {
				t.Errorf("%+v: feeds list %v, want %v", tt.f, list, tt.want)
			}
			if tt.f.Until.IsZero() {
				if pages := walkLeads(t, s, tt.f, 2); !slices.Equal(pages, tt.want) {
					t.Errorf("%+v: pages list %v, want %v", tt.f, pages, tt.want)
				}
			}
		}
	})
}
