package store_test

import (
	"context"
	"slices"
	"testing"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// A copy (article_copies) stands for its article in every list, and so
// for its article's story, even when clustering filed the copy in another
// story: that other story's own articles still place it (here y, whose
// story holds the copy x-sec, which is newer than y). On main the story
// check counted the copy as a newer row of y's story, and y's story was
// on no page of the-thao, of a search or of its source.
func TestStoryLeadsCopyInOtherStory(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		src := addNumberedSources(t, s, 2)
		home := homeRow(article("x-home", "Tin X", "x", atHour(-10), []string{"the-thao"}))
		res := saveOne(t, s, src[0], store.ArticleWrite{Article: home},
			store.ArticleWrite{Article: article("z", "Tin Z", "z", atHour(1), []string{"the-thao"})},
			store.ArticleWrite{Article: article("y", "Tin Y", "y", atHour(-3), []string{"the-thao", "kinh-te"})},
			store.ArticleWrite{Article: article("w", "Tin W", "w", atHour(-11), []string{"the-thao"})})
		sec := sectionCopy(article("x-sec", "Tin X", "x", atHour(0), []string{"the-thao", "kinh-te"}))
		cp := saveOne(t, s, src[1], store.ArticleWrite{Article: sec}).IDs[0]
		x, y := res.IDs[0], res.IDs[2]
		// The copy went to y's story, not to its article's.
		if err := s.SetClusters(context.Background(), oneThread(map[int64]int64{x: x, y: y, cp: y})); err != nil {
			t.Fatal(err)
		}
		for _, tt := range []struct {
			f    model.Filter
			want []string
		}{
			{model.Filter{Topics: []string{"the-thao"}}, []string{"z", "x-home", "y", "w"}},
			{model.Filter{Topics: []string{"kinh-te"}}, []string{"x-home", "y"}},
			{model.Filter{Topics: []string{"the-thao", "kinh-te"}}, []string{"z", "x-home", "y", "w"}},
			{model.Filter{Query: "tin"}, []string{"z", "x-home", "y", "w"}},
			{model.Filter{SourceID: src[1]}, []string{"x-home"}},
			{model.Filter{SourceID: src[0]}, []string{"z", "y", "x-home", "w"}},
			{model.Filter{}, []string{"z", "y", "x-home", "w"}},
		} {
			for _, n := range []int{1, 2, 3, 10} {
				if got := walkLeads(t, s, tt.f, n); !slices.Equal(got, tt.want) {
					t.Errorf("%+v, %d a page: %v, want %v", tt.f, n, got, tt.want)
				}
			}
		}
	})
}
