package store_test

import (
	"context"
	"maps"
	"slices"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// StoryPictures gives each story the pictures of its newest reports with
// one (by publication, then id), at most per, newest first, whatever the
// newer reports without one; a story with no picture, or an unknown id,
// is absent.
func TestStoryPictures(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := addNumberedSources(t, s, 2)
		rows := []struct {
			src        int
			key, story string
			pub        time.Time
			image      string
		}{
			{0, "x-old", "X", atHour(1), "https://x.vn/old.jpg"},
			{1, "x-mid", "X", atHour(2), "https://x.vn/mid.jpg"},
			{0, "x-new", "X", atHour(3), ""},
			{0, "y-1", "Y", atHour(4), ""},
			{1, "y-2", "Y", atHour(5), ""},
			{0, "z-1", "Z", atHour(6), "https://x.vn/z1.jpg"},
			{1, "z-2", "Z", atHour(6), "https://x.vn/z2.jpg"}, // same time, stored later: the higher id
		}
		for _, r := range rows {
			a := article(r.key, "Tin "+r.key, "tóm tắt", r.pub, []string{"xa-hoi"})
			a.ImageURL = r.image
			if err := s.BulkInsertArticles(ctx, src[r.src], []model.Article{a}); err != nil {
				t.Fatal(err)
			}
		}
		ids := idsByKey(t, s, len(rows))
		story, moves := map[string]int64{}, map[int64]int64{}
		for _, r := range rows {
			if _, ok := story[r.story]; !ok {
				story[r.story] = ids[r.key]
			}
			moves[ids[r.key]] = story[r.story]
		}
		if err := s.SetClusters(ctx, oneThread(moves)); err != nil {
			t.Fatal(err)
		}
		for _, tt := range []struct {
			name string
			ids  []int64
			per  int
			want map[int64][]string
		}{
			{"none asked", nil, 1, map[int64][]string{}},
			{"newest with a picture", []int64{story["X"], story["Y"], story["Z"], story["X"], 999999}, 1,
				map[int64][]string{story["X"]: {"https://x.vn/mid.jpg"}, story["Z"]: {"https://x.vn/z2.jpg"}}},
			{"per below 1 is 1", []int64{story["X"]}, 0, map[int64][]string{story["X"]: {"https://x.vn/mid.jpg"}}},
			{"newest first, at most per", []int64{story["X"], story["Z"]}, 2,
				map[int64][]string{story["X"]: {"https://x.vn/mid.jpg", "https://x.vn/old.jpg"}, story["Z"]: {"https://x.vn/z2.jpg", "https://x.vn/z1.jpg"}}},
			{"fewer than per", []int64{story["X"]}, 5, map[int64][]string{story["X"]: {"https://x.vn/mid.jpg", "https://x.vn/old.jpg"}}},
			{"no picture", []int64{story["Y"]}, 5, map[int64][]string{}},
		} {
			got, err := s.StoryPictures(ctx, tt.ids, tt.per)
			if err != nil || !maps.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("%s: StoryPictures = %v, %v; want %v", tt.name, got, err, tt.want)
			}
		}
	})
}
