package store_test

import (
	"context"
	"slices"
	"testing"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// A tag list places an article by its newest matching row, which may be a
// copy published later than the article (a section feed's copy of a home
// feed's article): "Tin cũ hơn" continues from where the page placed its
// last lead, so the articles between that copy and the article's own time
// are on the next page, not skipped; an article is on one page only.
func TestStoryLeadsCopyPlaced(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		src := addNumberedSources(t, s, 2)
		home := homeRow(article("x-home", "Tin X", "x", atHour(-10), []string{"thoi-su", "the-thao"}))
		saveOne(t, s, src[0], store.ArticleWrite{Article: home},
			store.ArticleWrite{Article: article("z", "Tin Z", "z", atHour(1), []string{"the-thao"})},
			store.ArticleWrite{Article: article("y1", "Tin Y1", "y", atHour(-1), []string{"the-thao"})},
			store.ArticleWrite{Article: article("y2", "Tin Y2", "y", atHour(-2), []string{"the-thao"})},
			store.ArticleWrite{Article: article("w", "Tin W", "w", atHour(-11), []string{"the-thao"})})
		sec := sectionCopy(article("x-sec", "Tin X", "x", atHour(0), []string{"the-thao"}))
		res := saveOne(t, s, src[1], store.ArticleWrite{Article: sec})
		// One story: the copy joined its article's (id 1).
		if err := s.SetClusters(context.Background(), oneThread(map[int64]int64{res.IDs[0]: 1, 1: 1})); err != nil {
			t.Fatal(err)
		}
		byCopy := []string{"z", "x-home", "y1", "y2", "w"}
		byOwn := []string{"z", "y1", "y2", "x-home", "w"}
		for _, tt := range []struct {
			f    model.Filter
			want []string
		}{
			{model.Filter{Topics: []string{"the-thao"}}, byCopy},
			{model.Filter{Topics: []string{"the-thao", "thoi-su"}}, byCopy},
			{model.Filter{Query: "tin"}, byCopy},
			{model.Filter{SourceID: src[1]}, []string{"x-home"}},
			{model.Filter{SourceID: src[0]}, byOwn},
			{model.Filter{}, byOwn}, // the all-news list leaves copies out
			{model.Filter{Topics: []string{"thoi-su"}}, []string{"x-home"}},
		} {
			for _, n := range []int{1, 2, 3, 10} {
				if got := walkLeads(t, s, tt.f, n); !slices.Equal(got, tt.want) {
					t.Errorf("%+v, %d a page: %v, want %v", tt.f, n, got, tt.want)
				}
			}
		}
	})
}
