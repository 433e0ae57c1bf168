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

// ThreadSegments: one thread of five segments (S2 and S3 starting at the
// same time, told apart by id), a story alone in its thread, and a story
// whose thread is 0 (as an older release wrote it). Each story lists the
// nearest segments of its own thread on either side, in time order, with
// its heading and outlets, and says how many more there are.
func TestThreadSegments(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := addNumberedSources(t, s, 2)
		at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
		rows := []struct {
			src     int
			key     string
			segment string // "T:S1": thread T, segment S1
			pub     time.Time
		}{
			{0, "s1b", "T:S1", at(2)}, {1, "s1a", "T:S1", at(0)}, {0, "s1c", "T:S1", at(1)},
			{0, "s2", "T:S2", at(30)},
			{1, "s3a", "T:S3", at(30)}, {0, "s3b", "T:S3", at(31)}, // S3's id is larger than S2's
			{1, "s4", "T:S4", at(60)},
			{0, "s5a", "T:S5", at(100)}, {0, "s5b", "T:S5", at(101)},
			{0, "u", "U:U", at(40)},
			{1, "z1", "0:Z1", at(10)}, {1, "z2", "0:Z2", at(50)},
		}
		for _, r := range rows {
			if err := s.BulkInsertArticles(ctx, src[r.src], []model.Article{article(r.key, "Tin "+r.key, "", r.pub, nil)}); err != nil {
				t.Fatal(err)
			}
		}
		ids := map[string]int64{}
		for _, a := range allArticles(t, s, len(rows)) {
			ids[strings.TrimPrefix(a.Title, "Tin ")] = a.ID
		}
		// A thread's id and a segment's id are the first listed member's.
		first := map[string]int64{}
		placed := map[int64]store.Placement{}
		for _, r := range rows {
			thread, seg, _ := strings.Cut(r.segment, ":")
			for _, k := range []string{thread, seg} {
				if _, ok := first[k]; !ok {
					first[k] = ids[r.key]
				}
			}
			placed[ids[r.key]] = store.Placement{Thread: first[thread], Segment: first[seg]}
		}
		first["0"] = 0
		for _, r := range rows { // thread 0, as an older release wrote it
			if strings.HasPrefix(r.segment, "0:") {
				placed[ids[r.key]] = store.Placement{Segment: placed[ids[r.key]].Segment}
			}
		}
		if err := s.SetClusters(ctx, placed); err != nil {
			t.Fatal(err)
		}
		name := map[int64]string{}
		for _, r := range rows {
			_, seg, _ := strings.Cut(r.segment, ":")
			name[first[seg]] = seg
		}
		show := func(segs []store.ThreadSegment) string {
			var out []string
			for _, g := range segs {
				out = append(out, fmt.Sprintf("%s %q %d %s–%s", name[g.ID], g.Title, g.Sources, g.First.Format("02T15"), g.Last.Format("02T15")))
			}
			return strings.Join(out, ", ")
		}
		tests := []struct {
			story         string
			each          int
			before, after string
			more          [2]int
		}{
			{"S3", 5, `S1 "Tin s1a" 2 20T03–20T05, S2 "Tin s2" 1 21T09–21T09`, `S4 "Tin s4" 1 22T15–22T15, S5 "Tin s5a" 1 24T07–24T08`, [2]int{}},
			{"S1", 5, ``, `S2 "Tin s2" 1 21T09–21T09, S3 "Tin s3a" 2 21T09–21T10, S4 "Tin s4" 1 22T15–22T15, S5 "Tin s5a" 1 24T07–24T08`, [2]int{}},
			{"S5", 2, `S3 "Tin s3a" 2 21T09–21T10, S4 "Tin s4" 1 22T15–22T15`, ``, [2]int{2, 0}},
			{"S3", 1, `S2 "Tin s2" 1 21T09–21T09`, `S4 "Tin s4" 1 22T15–22T15`, [2]int{1, 1}},
			{"S2", 1, `S1 "Tin s1a" 2 20T03–20T05`, `S3 "Tin s3a" 2 21T09–21T10`, [2]int{0, 2}},
			{"S3", 0, ``, ``, [2]int{}},
			{"U", 5, ``, ``, [2]int{}},
			{"Z1", 5, ``, ``, [2]int{}},
			{"none", 5, ``, ``, [2]int{}},
		}
		first["none"] = 1 << 40
		for _, tt := range tests {
			got, err := s.ThreadSegments(ctx, first[tt.story], tt.each)
			if err != nil {
				t.Fatal(err)
			}
			if b, a := show(got.Before), show(got.After); b != tt.before || a != tt.after || [2]int{got.MoreBefore, got.MoreAfter} != tt.more {
				t.Errorf("%s, %d each: before [%s] after [%s] more %d/%d;\nwant before [%s] after [%s] more %v",
					tt.story, tt.each, b, a, got.MoreBefore, got.MoreAfter, tt.before, tt.after, tt.more)
			}
		}
	})
}

// A listed segment is headed as its page is: by the title that shares the
// most with the others (vntext.CentralTitle), not by its earliest (a
// preview here).
func TestThreadSegmentHeadings(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := addNumberedSources(t, s, 3)
		at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
		rows := []struct {
			src        int
			key, title string
			pub        time.Time
			laterStory bool
		}{
			{0, "p", "Đội tuyển trở lại tập luyện trước trận quyết định", at(0), false},
			{1, "w1", "Thắng Lào 2-0, đội tuyển giành vé dự giải châu Á", at(2), false},
			{2, "w2", "Đội tuyển giành vé dự giải châu Á sau trận thắng Lào", at(3), false},
			{1, "w3", "Báo Lào khen đội tuyển Việt Nam", at(4), false},
			{0, "x", "Đội tuyển về nước", at(40), true},
		}
		for _, r := range rows {
			if err := s.BulkInsertArticles(ctx, src[r.src], []model.Article{article(r.key, r.title, "", r.pub, nil)}); err != nil {
				t.Fatal(err)
			}
		}
		ids := idsByKey(t, s, len(rows))
		thread := ids["p"]
		placed := map[int64]store.Placement{}
		for _, r := range rows {
			seg := thread
			if r.laterStory {
				seg = ids[r.key]
			}
			placed[ids[r.key]] = store.Placement{Thread: thread, Segment: seg}
		}
		if err := s.SetClusters(ctx, placed); err != nil {
			t.Fatal(err)
		}
		sib, err := s.ThreadSegments(ctx, ids["x"], 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(sib.Before) != 1 || sib.Before[0].Title != "Đội tuyển giành vé dự giải châu Á sau trận thắng Lào" || sib.Before[0].Sources != 3 {
			t.Errorf("segment before: %+v; want the central title and 3 outlets", sib.Before)
		}
		th, err := s.StoryThreads(ctx, []int64{ids["x"], thread, ids["x"], 999999})
		if err != nil || len(th) != 2 || th[ids["x"]] != thread || th[thread] != thread {
			t.Errorf("StoryThreads = %v, %v; want both segments in thread %d, nothing for an unknown story", th, err, thread)
		}
	})
}
