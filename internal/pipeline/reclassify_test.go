package pipeline_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"bantin/internal/classify"
	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestReclassifyRefreshesSignatures: an article stored with a signature of
// an older scheme gets one of the current scheme from Reclassify, so the
// cluster index can compare it with new articles again; its stale tag
// (Thể thao on a bank's news) is replaced and counted as a change of its
// tags and of its primary topic, and a second run changes nothing.
func TestReclassifyRefreshesSignatures(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		src, t0 := claimedSource(t, st)
		a := model.Article{Key: "k1", URL: "https://baothainguyen.vn/a1.html", Title: "Ông Nguyễn Đức Thụy vào HĐQT Sacombank",
			Summary: "Đại hội đồng cổ đông Sacombank bầu ông Nguyễn Đức Thụy.", PublishedAt: t0, ContentHash: "h1",
			Topics: []model.TopicTag{{Topic: "the-thao", Primary: true, Score: 1, Reason: "stale"}}}
		old := []byte{2, 0, 1} // a version-2 blob, not comparable any more
		if _, err := st.SaveFetch(ctx, store.FetchOutcome{SourceID: src.ID, Owner: "w", Status: 200, FetchedAt: t0,
			NextFetchAt: t0.Add(time.Hour)}, []store.ArticleWrite{{Article: a, Signature: old}}); err != nil {
			t.Fatal(err)
		}
		clock := clockAt(t0)
		p := newPipeline(t, st, clock)
		if r, err := p.Reclassify(ctx, nil); err != nil || r != (pipeline.Retagged{Articles: 1, Changed: 1, Primary: 1}) {
			t.Fatalf("reclassify: %+v %v", r, err)
		}
		if r, err := p.Reclassify(ctx, nil); err != nil || r != (pipeline.Retagged{Articles: 1}) {
			t.Fatalf("second reclassify: %+v %v (want nothing changed)", r, err)
		}
		arts, err := st.TaggedArticlesAfter(ctx, 0, 10)
		if err != nil || len(arts) != 1 || len(arts[0].Topics) == 0 || arts[0].Topics[0].Topic == "the-thao" {
			t.Fatalf("tags after reclassify: %+v %v", arts, err)
		}
		rows, err := st.RecentSignatures(ctx, 0, t0.Add(-time.Hour))
		if err != nil || len(rows) != 1 {
			t.Fatalf("recent: %+v %v", rows, err)
		}
		var sig classify.Signature
		if err := sig.UnmarshalBinary(rows[0].Signature); err != nil || sig.Empty() {
			t.Fatalf("signature after reclassify: %v (empty %v)", err, sig.Empty())
		}
	})
}

// TestReclassifyKeepsStories: Reclassify re-tags and re-signs articles but
// moves none between stories, so each story keeps its id and its
// first-stored report (store.StoryFacts.First), which a feed of stories
// keys its item by: a reader's item of the story stays the same.
func TestReclassifyKeepsStories(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		src, t0 := claimedSource(t, st)
		var writes []store.ArticleWrite
		for i, title := range []string{"Thái Nguyên khởi công cầu Gia Bảy mới", "Cầu Gia Bảy mới ở Thái Nguyên khởi công", "Giá vàng hôm nay"} {
			writes = append(writes, store.ArticleWrite{Article: model.Article{Key: fmt.Sprint("k", i), URL: fmt.Sprintf("https://baothainguyen.vn/a%d.html", i),
				Title: title, PublishedAt: t0.Add(time.Duration(i) * time.Hour), ContentHash: fmt.Sprint("h", i)}, Signature: []byte{2, 0, 1}})
		}
		res, err := st.SaveFetch(ctx, store.FetchOutcome{SourceID: src.ID, Owner: "w", Status: 200, FetchedAt: t0,
			NextFetchAt: t0.Add(time.Hour)}, writes)
		if err != nil {
			t.Fatal(err)
		}
		// The first two in one story filed under the second's id.
		story := res.IDs[1]
		if err := st.SetClusters(ctx, map[int64]store.Placement{res.IDs[0]: {Thread: story, Segment: story}}); err != nil {
			t.Fatal(err)
		}
		before, err := st.StoryFacts(ctx, []int64{story})
		if err != nil || before[story].First != res.IDs[0] {
			t.Fatalf("facts before: %+v %v, want first %d", before, err, res.IDs[0])
		}
		if _, err := newPipeline(t, st, clockAt(t0)).Reclassify(ctx, nil); err != nil {
			t.Fatal(err)
		}
		arts, err := st.ArticlesByID(ctx, res.IDs)
		if err != nil || len(arts) != 3 {
			t.Fatalf("articles: %d %v", len(arts), err)
		}
		for _, a := range arts {
			if want := map[int64]int64{res.IDs[0]: story, res.IDs[1]: story, res.IDs[2]: res.IDs[2]}[a.ID]; a.ClusterID != want {
				t.Errorf("article %d in story %d after reclassify, want %d", a.ID, a.ClusterID, want)
			}
		}
		if after, err := st.StoryFacts(ctx, []int64{story}); err != nil || after[story].First != before[story].First {
			t.Errorf("facts after: %+v %v, want first %d as before", after, err, before[story].First)
		}
	})
}

// claimedSource adds a source and claims it for owner "w" at the time it
// returns, as a fetch would before SaveFetch.
func claimedSource(t *testing.T, st *store.Store) (model.Source, time.Time) {
	t.Helper()
	t0 := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	src := addSource(t, st, "https://baothainguyen.vn/rss/thoi-su.rss")
	if _, err := st.ClaimSource(context.Background(), src.ID, "w", t0, time.Minute); err != nil {
		t.Fatal(err)
	}
	return src, t0
}
