package pipeline_test

import (
	"context"
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
		t0 := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
		src := addSource(t, st, "https://baothainguyen.vn/rss/thoi-su.rss")
		if _, err := st.ClaimSource(ctx, src.ID, "w", t0, time.Minute); err != nil {
			t.Fatal(err)
		}
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
