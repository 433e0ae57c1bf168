package store_test

import (
	"context"
	"maps"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// StoryPictures gives each story the picture of its newest report with
// one (by publication, then id), whatever the newer reports without one;
// a story with no picture, or an unknown id, is absent.
func TestStoryPictures(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := addNumberedSources(t, s, 2)
		at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
		rows := []struct {
			src        int
			key, story string
			pub        time.Time
			image      string
		}{
			{0, "x-old", "X", at(1), "https://x.vn/old.jpg"},
			{1, "x-mid", "X", at(2), "https://x.vn/mid.jpg"},
			{0, "x-new", "X", at(3), ""},
			{0, "y-1", "Y", at(4), ""},
			{1, "y-2", "Y", at(5), ""},
			{0, "z-1", "Z", at(6), "https://x.vn/z1.jpg"},
			{1, "z-2", "Z", at(6), "https://x.vn/z2.jpg"}, // same time, stored later: the higher id
		}
		for _, r := range rows {
			a := article(r.key, "Tin "+r.key, "tóm tắt", r.pub, []string{"xa-hoi"})
			a.ImageURL = r.image
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
			ids[a.Key] = a.ID
		}
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
			want map[int64]string
		}{
			{"none asked", nil, map[int64]string{}},
			{"newest with a picture", []int64{story["X"], story["Y"], story["Z"], story["X"], 999999},
				map[int64]string{story["X"]: "https://x.vn/mid.jpg", story["Z"]: "https://x.vn/z2.jpg"}},
			{"no picture", []int64{story["Y"]}, map[int64]string{}},
		} {
			got, err := s.StoryPictures(ctx, tt.ids)
			if err != nil || !maps.Equal(got, tt.want) {
				t.Errorf("%s: StoryPictures = %v, %v; want %v", tt.name, got, err, tt.want)
			}
		}
	})
}
