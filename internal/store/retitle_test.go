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

// TestRetitledStates: a probe finds the source's article whose key has the
// probe's prefix and suffix and whose publication time is within
// RetitleWindow of the probe's, not one of another source, of a time
// further away or under the probe's own key; of two it finds the newest;
// it finds one under any of the probe's suffixes (a live page's); and it
// finds one past the first chunk of probes a query asks for.
func TestRetitledStates(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		a, b := &model.Source{URL: "https://a.example/rss"}, &model.Source{URL: "https://b.example/rss"}
		for _, src := range []*model.Source{a, b} {
			if err := s.AddSource(ctx, src); err != nil {
				t.Fatal(err)
			}
		}
		at := func(min int) time.Time { return t0.Add(time.Duration(min) * time.Minute) }
		key := func(slug string, id int) string { return fmt.Sprintf("url:https://bao.example/%s-%d.html", slug, id) }
		const live = "url:https://bao.example/truc-tiep-5000005-tong-thuat.html"
		const far = 700 // past retitleChunk distinct times
		var writes []store.ArticleWrite
		for i := 0; i <= far; i++ {
			writes = append(writes, store.ArticleWrite{Article: article(key("bai", 6000000+i), "Bài", "", at(i), nil)})
		}
		writes = append(writes,
			store.ArticleWrite{Article: article(key("cu", 5000001), "Cũ", "", at(1), nil)},
			store.ArticleWrite{Article: article(key("dau", 5000003), "Đầu", "", at(3), nil)},
			store.ArticleWrite{Article: article(key("sau", 5000003), "Sau", "", at(3), nil)},
			store.ArticleWrite{Article: article(live, "Trực tiếp", "", at(5), nil)})
		saveOne(t, s, a.ID, writes...)
		saveOne(t, s, b.ID, store.ArticleWrite{Article: article(key("khac", 5000004), "Khác", "", at(4), nil)})
		probe := func(slug string, id, min int) store.RetitleProbe {
			return store.RetitleProbe{Key: key(slug, id), Prefix: "url:https://bao.example/",
				Suffixes: []string{fmt.Sprintf("-%d.html", id), fmt.Sprintf("-%d-tong-thuat.html", id)}, PublishedAt: at(min)}
		}
		probes := []store.RetitleProbe{
			probe("moi", 5000001, 1),            // found: cu
			probe("gio-khac", 5000001, 2),       // a minute later
			probe("hom-sau", 5000001, 1+47*60),  // 47 hours later
			probe("tuan-sau", 5000001, 1+49*60), // past the window
			probe("bai", 6000005, 5),            // its own key only
			probe("moi", 5000003, 3),            // two: the newest, sau
			probe("moi", 5000004, 4),            // another source's
			probe("ket-qua", 5000005, 5),        // found: the live page
		}
		for i := 10; i < far; i++ { // times that find nothing, to fill the chunks
			probes = append(probes, probe("khong", 7000000+i, i))
		}
		probes = append(probes, probe("moi", 6000000+far, far)) // past the first chunk
		got, err := s.RetitledStates(ctx, a.ID, probes)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{key("moi", 5000001): key("cu", 5000001), key("moi", 5000003): key("sau", 5000003),
			key("gio-khac", 5000001): key("cu", 5000001), key("hom-sau", 5000001): key("cu", 5000001),
			key("moi", 6000000+far): key("bai", 6000000+far),
			key("ket-qua", 5000005): live}
		if len(got) != len(want) {
			t.Errorf("found %d, want %d: %v", len(got), len(want), got)
		}
		for k, w := range want {
			if r := got[k]; r.Key != w || r.ID == 0 {
				t.Errorf("probe %s found %q (id %d), want %q", k, r.Key, r.ID, w)
			}
		}
	})
}

// TestSwapKeyCheck: the check is stored when none is or another is, an
// empty one only reads, and each call returns the one it replaces.
func TestSwapKeyCheck(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		for i, step := range []struct{ check, prev string }{
			{"", ""}, {"k1", ""}, {"k1", "k1"}, {"", "k1"}, {"k2", "k1"}, {"", "k2"},
		} {
			prev, err := s.SwapKeyCheck(ctx, step.check)
			if err != nil || prev != step.prev {
				t.Errorf("step %d: SwapKeyCheck(%q) = %q, %v; want %q", i, step.check, prev, err, step.prev)
			}
		}
	})
}
