package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// StoryFacts gives each story its outlet count (as StorySizes), its
// first-stored report (the lowest article id, whatever id the story is
// filed under) and the latest time one of its reports was stored or
// changed (an older report stored last included); a story with no report,
// or an unknown id, is absent.
func TestStoryFacts(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := addNumberedSources(t, s, 2)
		rows := []struct {
			src        int
			key, story string
			pub, seen  time.Time // published, stored or changed
		}{
			{0, "x-1", "X", atHour(2), atHour(2)},
			{1, "x-2", "X", atHour(1), atHour(9)}, // older, stored last
			{0, "x-3", "X", atHour(3), atHour(3)},
			{0, "y-1", "Y", atHour(4), atHour(4)},
		}
		for _, r := range rows {
			a := article(r.key, "Tin "+r.key, "tóm tắt", r.pub, []string{"xa-hoi"})
			a.URL, a.FetchedAt, a.UpdatedAt = fmt.Sprintf("https://bao%d.vn/%s", r.src, r.key), r.seen, r.seen
			if err := s.BulkInsertArticles(ctx, src[r.src], []model.Article{a}); err != nil {
				t.Fatal(err)
			}
		}
		ids := idsByKey(t, s, len(rows))
		// X filed under x-3's id, as a re-clustering might; Y under its own.
		if err := s.SetClusters(ctx, oneThread(map[int64]int64{ids["x-1"]: ids["x-3"], ids["x-2"]: ids["x-3"], ids["x-3"]: ids["x-3"]})); err != nil {
			t.Fatal(err)
		}
		x, y := ids["x-3"], ids["y-1"]
		got, err := s.StoryFacts(ctx, []int64{x, y, y, 999999})
		if err != nil {
			t.Fatal(err)
		}
		sizes, err := s.StorySizes(ctx, []int64{x, y})
		if err != nil {
			t.Fatal(err)
		}
		want := map[int64]store.StoryFact{
			x: {Sources: sizes[x], First: ids["x-1"], Changed: atHour(9)},
			y: {Sources: sizes[y], First: y, Changed: atHour(4)},
		}
		if len(got) != len(want) || sizes[x] != 2 {
			t.Fatalf("facts %+v, want %+v (sizes %v, X of 2 outlets)", got, want, sizes)
		}
		for id, w := range want {
			if g := got[id]; g.Sources != w.Sources || g.First != w.First || !g.Changed.Equal(w.Changed) {
				t.Errorf("story %d: %+v, want %+v", id, g, w)
			}
		}
		if got, err := s.StoryFacts(ctx, nil); err != nil || len(got) != 0 {
			t.Errorf("no ids: %v %v", got, err)
		}
	})
}
