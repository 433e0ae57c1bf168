package store_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

var t0 = time.Date(2026, 11, 20, 3, 0, 0, 0, time.UTC)

func TestMigrateIsIdempotent(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		applied, err := s.Migrate(context.Background())
		if err != nil || len(applied) != 0 {
			t.Fatalf("second migrate: applied %v, err %v; want none, nil", applied, err)
		}
		if p, err := s.PendingMigrations(context.Background()); err != nil || len(p) != 0 {
			t.Fatalf("pending after migrate: %v, %v", p, err)
		}
	})
}

// TestMigrateConcurrently starts several stores (as several replicas would)
// on one empty database at once: every one succeeds, and each migration is
// applied exactly once, by one of them.
func TestMigrateConcurrently(t *testing.T) {
	storetest.EngineURLs(t, func(t *testing.T, url string) {
		ctx := context.Background()
		const n = 6
		stores := make([]*store.Store, n)
		for i := range stores {
			s, err := store.Open(ctx, url, nil)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			stores[i] = s
		}
		want, _ := stores[0].Migrations()
		results := make([][]string, n)
		errs := make([]error, n)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i, s := range stores {
			wg.Go(func() {
				<-start
				results[i], errs[i] = s.Migrate(ctx)
			})
		}
		close(start)
		wg.Wait()
		count := map[string]int{}
		for i := range stores {
			if errs[i] != nil {
				t.Errorf("store %d: %v", i, errs[i])
			}
			for _, id := range results[i] {
				count[id]++
			}
		}
		for _, id := range want {
			if count[id] != 1 {
				t.Errorf("migration %s applied %d times, want once", id, count[id])
			}
		}
		if len(count) != len(want) {
			t.Errorf("applied %v, want %v", count, want)
		}
	})
}

func TestSources(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://vnexpress.net/rss/thoi-su.rss", Name: "VnExpress", DefaultTopics: []string{"xa-hoi"}}
		if err := s.AddSource(ctx, src); err != nil || src.ID == 0 {
			t.Fatalf("add: id %d, err %v", src.ID, err)
		}
		dup := &model.Source{URL: src.URL}
		if err := s.AddSource(ctx, dup); !errors.Is(err, model.ErrConflict) {
			t.Fatalf("duplicate add: err %v, want ErrConflict", err)
		}
		got, err := s.Source(ctx, src.ID)
		if err != nil || got.Name != "VnExpress" || got.TimeZone != "Asia/Ho_Chi_Minh" || len(got.DefaultTopics) != 1 {
			t.Fatalf("source = %+v, %v", got, err)
		}
		if byURL, err := s.SourceByURL(ctx, src.URL); err != nil || byURL.ID != src.ID {
			t.Fatalf("source by URL = %+v, %v; want id %d", byURL, err, src.ID)
		}
		if _, err := s.SourceByURL(ctx, src.URL+"?x"); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("source by another URL: %v, want ErrNotFound", err)
		}
		if err := s.RemoveSource(ctx, src.ID); err != nil {
			t.Fatal(err)
		}
		if err := s.RemoveSource(ctx, src.ID); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("remove twice: %v, want ErrNotFound", err)
		}
		if _, err := s.Source(ctx, src.ID); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("get removed: %v, want ErrNotFound", err)
		}
	})
}

func TestClaimDueLeases(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		for _, u := range []string{"https://a.vn/rss", "https://b.vn/rss", "https://c.vn/rss"} {
			if err := s.AddSource(ctx, &model.Source{URL: u, NextFetchAt: t0}); err != nil {
				t.Fatal(err)
			}
		}
		future := &model.Source{URL: "https://later.vn/rss", NextFetchAt: t0.Add(time.Hour)}
		s.AddSource(ctx, future)
		a, err := s.ClaimDue(ctx, "w1", t0, time.Minute, 2)
		if err != nil || len(a) != 2 {
			t.Fatalf("w1 claimed %d, %v; want 2", len(a), err)
		}
		b, _ := s.ClaimDue(ctx, "w2", t0, time.Minute, 10)
		if len(b) != 1 || b[0].ID == a[0].ID || b[0].ID == a[1].ID {
			t.Fatalf("w2 claimed %v; want the one source w1 did not", b)
		}
		if c, _ := s.ClaimDue(ctx, "w3", t0, time.Minute, 10); len(c) != 0 {
			t.Fatalf("w3 claimed %d while leases hold", len(c))
		}
		// Leases expire: a dead worker's sources come back.
		d, _ := s.ClaimDue(ctx, "w3", t0.Add(2*time.Minute), time.Minute, 10)
		if len(d) != 3 {
			t.Fatalf("after expiry w3 claimed %d, want 3", len(d))
		}
		all, _ := s.ClaimAll(ctx, "w4", t0.Add(2*time.Minute), time.Minute, d[0].ID, 10)
		if len(all) != 1 || all[0].ID != future.ID {
			t.Fatalf("ClaimAll after %d: %v; want only the source not yet due", d[0].ID, all)
		}
		s.SaveFetch(ctx, store.FetchOutcome{SourceID: future.ID, Owner: "w4", NextFetchAt: t0.Add(time.Hour)}, nil)
		if _, err := s.ClaimSource(ctx, future.ID, "w1", t0, time.Minute); err != nil {
			t.Fatalf("claim one: %v", err)
		}
		if _, err := s.ClaimSource(ctx, future.ID, "w2", t0, time.Minute); !errors.Is(err, model.ErrLeaseLost) {
			t.Fatalf("claim held source: %v, want ErrLeaseLost", err)
		}
	})
}

// atHour is t0 moved by h hours.
func atHour(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }

// copyLink is the link of the article that the copy tests store twice: a
// home feed's row (homeRow) and a section feed's copy of it (sectionCopy,
// the same link with a tracking query).
const copyLink = "https://bao0.example/x.html"

// homeRow returns a at copyLink.
func homeRow(a model.Article) model.Article {
	a.URL, a.Link = copyLink, copyLink
	return a
}

// sectionCopy returns a at copyLink with a tracking query: a copy of the
// article homeRow stored.
func sectionCopy(a model.Article) model.Article {
	a.URL, a.Link = copyLink+"?utm_source=rss", copyLink
	return a
}

func article(key, title, summary string, pub time.Time, topics []string, provinces ...model.ProvinceTag) model.Article {
	a := model.Article{Key: key, URL: "https://x.vn/" + key, Title: title, Summary: summary,
		PublishedAt: pub, UpdatedAt: pub, FetchedAt: pub, ContentHash: "h-" + key, Provinces: provinces}
	for i, tp := range topics {
		a.Topics = append(a.Topics, model.TopicTag{Topic: tp, Primary: i == 0, Reason: "test"})
	}
	return a
}

func saveOne(t *testing.T, s *store.Store, srcID int64, writes ...store.ArticleWrite) store.SaveResult {
	t.Helper()
	ctx := context.Background()
	if _, err := s.ClaimSource(ctx, srcID, "w", t0, time.Minute); err != nil {
		t.Fatal(err)
	}
	res, err := s.SaveFetch(ctx, store.FetchOutcome{SourceID: srcID, Owner: "w", Status: 200,
		FetchedAt: t0, NextFetchAt: t0.Add(15 * time.Minute), ETag: `"v1"`}, writes)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestSaveFetchAndFilters(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://baothainguyen.vn/rss", Name: "Báo Thái Nguyên"}
		s.AddSource(ctx, src)
		v0, _ := s.ContentVersion(ctx)
		tn := model.ProvinceTag{Province: "thai-nguyen", Weight: 1, Reason: "text"}
		bk := model.ProvinceTag{Province: "thai-nguyen", Legacy: "bac-kan", Weight: 1, Reason: "text"}
		res := saveOne(t, s, src.ID,
			store.ArticleWrite{Article: article("a1", "Ngành Tổ chức xây dựng Đảng tại Thái Nguyên", "Hội nghị", t0, []string{"xay-dung-dang", "chinh-tri"}, tn)},
			store.ArticleWrite{Article: article("a2", "Lúa mùa ở Bắc Kạn", "Nông dân thu hoạch", t0.Add(time.Hour), []string{"nong-nghiep"}, bk)},
			store.ArticleWrite{Article: article("a3", "Bóng đá V-League", "Đội tuyển", t0.Add(2*time.Hour), []string{"the-thao"})},
		)
		if res.New != 3 || res.Updated != 0 {
			t.Fatalf("save: %+v", res)
		}
		if v1, _ := s.ContentVersion(ctx); v1 != v0+1 {
			t.Fatalf("content version %d -> %d, want +1", v0, v1)
		}
		got, _ := s.Source(ctx, src.ID)
		if got.ETag != `"v1"` || got.LeaseOwner != "" || !got.NextFetchAt.Equal(t0.Add(15*time.Minute)) {
			t.Fatalf("source after save: %+v", got)
		}
		tests := []struct {
			name string
			f    model.Filter
			want []string
		}{
			{"all newest first", model.Filter{}, []string{"a3", "a2", "a1"}},
			{"topic", model.Filter{Topics: []string{"chinh-tri"}}, []string{"a1"}},
			{"topic list means any", model.Filter{Topics: []string{"the-thao", "nong-nghiep"}}, []string{"a3", "a2"}},
			{"current province includes legacy", model.Filter{Provinces: []string{"thai-nguyen"}}, []string{"a2", "a1"}},
			{"legacy province", model.Filter{Provinces: []string{"bac-kan"}}, []string{"a2"}},
			{"topic and province", model.Filter{Topics: []string{"xay-dung-dang"}, Provinces: []string{"thai-nguyen"}}, []string{"a1"}},
			{"search folded", model.Filter{Query: "thai nguyen"}, []string{"a1"}},
			{"search accents", model.Filter{Query: "Thái Nguyên"}, []string{"a1"}},
			{"search caps", model.Filter{Query: "THÁI NGUYÊN"}, []string{"a1"}},
			{"search NFD", model.Filter{Query: norm.NFD.String("Thái Nguyên")}, []string{"a1"}},
			{"search đ", model.Filter{Query: "dang"}, []string{"a1"}},
			{"search syntax is literal", model.Filter{Query: `"lúa" *`}, []string{"a2"}},
			{"limit", model.Filter{Limit: 1}, []string{"a3"}},
			{"since", model.Filter{Since: t0.Add(30 * time.Minute)}, []string{"a3", "a2"}},
		}
		for _, tt := range tests {
			arts, err := s.Articles(ctx, tt.f)
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			var keys []string
			for _, a := range arts {
				keys = append(keys, a.Key)
			}
			if len(keys) != len(tt.want) || (len(keys) > 0 && keys[0] != tt.want[0]) || (len(keys) > 1 && keys[len(keys)-1] != tt.want[len(tt.want)-1]) {
				t.Errorf("%s: got %v, want %v", tt.name, keys, tt.want)
			}
		}
		a1, err := s.Article(ctx, res.IDs[0])
		if err != nil || a1.SourceName != "Báo Thái Nguyên" || len(a1.Topics) != 2 || !a1.Topics[0].Primary || a1.ClusterID != a1.ID {
			t.Fatalf("article: %+v %v", a1, err)
		}
	})
}

func TestEditUpdatesInPlace(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://tuoitre.vn/rss/tin-moi-nhat.rss"}
		s.AddSource(ctx, src)
		a := article("k", "Tiêu đề cũ", "Tóm tắt", t0, []string{"xa-hoi"})
		first := saveOne(t, s, src.ID, store.ArticleWrite{Article: a, Signature: []byte{1, 2, 3}})
		states, _ := s.ArticleStates(ctx, src.ID, []string{"k", "missing"})
		if len(states) != 1 || states["k"].ID != first.IDs[0] || states["k"].ContentHash != "h-k" {
			t.Fatalf("states = %+v", states)
		}
		a.Title, a.ContentHash, a.UpdatedAt = "Tiêu đề mới", "h-k2", t0.Add(time.Hour)
		a.Topics = []model.TopicTag{{Topic: "phap-luat", Primary: true}}
		second := saveOne(t, s, src.ID, store.ArticleWrite{Article: a, ExistingID: first.IDs[0]})
		if second.Updated != 1 || second.IDs[0] != first.IDs[0] {
			t.Fatalf("edit: %+v", second)
		}
		arts, _ := s.Articles(ctx, model.Filter{})
		if len(arts) != 1 || arts[0].Title != "Tiêu đề mới" || arts[0].Topics[0].Topic != "phap-luat" || !arts[0].UpdatedAt.Equal(t0.Add(time.Hour)) {
			t.Fatalf("after edit: %+v", arts)
		}
		if got, _ := s.Articles(ctx, model.Filter{Query: "cu"}); len(got) != 0 {
			t.Fatalf("old title still searchable: %v", got)
		}
		if got, _ := s.Articles(ctx, model.Filter{Query: "moi"}); len(got) != 1 {
			t.Fatalf("new title not searchable")
		}
		c, err := s.RecentSignatures(ctx, 0, t0.Add(-time.Hour))
		if err != nil || len(c) != 1 || c[0].ClusterID != first.IDs[0] || string(c[0].Signature) != "\x01\x02\x03" {
			t.Fatalf("recent = %+v, %v", c, err)
		}
		if c, _ := s.RecentSignatures(ctx, first.IDs[0], t0.Add(-time.Hour)); len(c) != 0 {
			t.Fatalf("after the last id: %+v", c)
		}
		if c, _ := s.RecentSignatures(ctx, 0, t0.Add(time.Hour)); len(c) != 0 {
			t.Fatalf("published before since: %+v", c)
		}
		if err := s.SetSignatures(ctx, map[int64][]byte{first.IDs[0]: {4, 5}, 999999: {6}}); err != nil {
			t.Fatal(err)
		}
		if c, _ := s.RecentSignatures(ctx, 0, t0.Add(-time.Hour)); len(c) != 1 || string(c[0].Signature) != "\x04\x05" {
			t.Fatalf("after SetSignatures: %+v", c)
		}
	})
}

func TestSaveFetchLeaseLost(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://x.vn/rss"}
		s.AddSource(ctx, src)
		s.ClaimSource(ctx, src.ID, "other", t0, time.Minute)
		_, err := s.SaveFetch(ctx, store.FetchOutcome{SourceID: src.ID, Owner: "me", FetchedAt: t0},
			[]store.ArticleWrite{{Article: article("a", "t", "s", t0, nil)}})
		if !errors.Is(err, model.ErrLeaseLost) {
			t.Fatalf("err = %v, want ErrLeaseLost", err)
		}
		if arts, _ := s.Articles(ctx, model.Filter{}); len(arts) != 0 {
			t.Fatalf("lost lease still wrote %d articles", len(arts))
		}
	})
}

func TestSecretIsStable(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		a, err := s.Secret(context.Background())
		b, _ := s.Secret(context.Background())
		if err != nil || len(a) != 32 || string(a) != string(b) {
			t.Fatalf("secret %x / %x, %v", a, b, err)
		}
	})
}

// TestClaimConcurrently: several stores (replicas) claiming due sources
// and digest rows at once get disjoint sets that cover everything due.
func TestClaimConcurrently(t *testing.T) {
	storetest.EngineURLs(t, func(t *testing.T, url string) {
		ctx := context.Background()
		const replicas, sources, subscribers = 4, 60, 60
		stores := make([]*store.Store, replicas)
		for i := range stores {
			s, err := store.Open(ctx, url, nil)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			stores[i] = s
		}
		for i := range sources {
			if err := stores[0].AddSource(ctx, &model.Source{URL: fmt.Sprintf("https://bao%d.example.vn/rss", i)}); err != nil {
				t.Fatal(err)
			}
		}
		for i := range subscribers {
			if err := stores[0].AddSubscriber(ctx, &model.Subscriber{Email: fmt.Sprintf("r%d@example.com", i), Status: model.StatusActive}); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := stores[0].EnsureDigests(ctx, "2026-W47", t0); err != nil {
			t.Fatal(err)
		}
		var mu sync.Mutex
		srcOwner, digOwner := map[int64]int{}, map[int64]int{}
		var wg sync.WaitGroup
		for i, s := range stores {
			wg.Go(func() {
				owner := fmt.Sprintf("replica-%d", i)
				for {
					srcs, err := s.ClaimDue(ctx, owner, t0, time.Minute, 5)
					jobs, err2 := s.ClaimDigests(ctx, owner, t0, time.Minute, 5)
					if err != nil || err2 != nil {
						t.Error(err, err2)
						return
					}
					if len(srcs) == 0 && len(jobs) == 0 {
						return
					}
					mu.Lock()
					for _, src := range srcs {
						srcOwner[src.ID]++
					}
					for _, j := range jobs {
						digOwner[j.Digest.ID]++
					}
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if len(srcOwner) != sources || len(digOwner) != subscribers {
			t.Errorf("claimed %d sources and %d digest rows, want %d and %d", len(srcOwner), len(digOwner), sources, subscribers)
		}
		for id, n := range srcOwner {
			if n != 1 {
				t.Errorf("source %d claimed %d times", id, n)
			}
		}
		for id, n := range digOwner {
			if n != 1 {
				t.Errorf("digest row %d claimed %d times", id, n)
			}
		}
	})
}

// TestRecentSignaturesExcept: the ids except reports are left out and the
// largest id met is returned, whether every id is excepted, some, or none;
// after the last id nothing is met. RecentIDs meets the same ids, in the
// window and after the id given, and returns the same largest id.
func TestRecentSignaturesExcept(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://x.vn/rss"}
		s.AddSource(ctx, src)
		res := saveOne(t, s, src.ID, store.ArticleWrite{Article: article("a", "A", "", t0, nil), Signature: []byte{1}},
			store.ArticleWrite{Article: article("b", "B", "", t0, nil), Signature: []byte{2}},
			store.ArticleWrite{Article: article("c", "C", "", t0.Add(-48*time.Hour), nil), Signature: []byte{3}})
		ids, since := res.IDs, t0.Add(-time.Hour) // ids[2] is published before since
		for _, tc := range []struct {
			name   string
			after  int64
			except []int64
			want   []int64
			met    []int64 // what RecentIDs returns
			last   int64
		}{
			{"all excepted", 0, ids[:2], nil, ids[:2], ids[1]},
			{"one excepted", 0, ids[1:2], ids[:1], ids[:2], ids[1]},
			{"none excepted", 0, []int64{}, ids[:2], ids[:2], ids[1]},
			{"after the first", ids[0], ids[1:2], nil, ids[1:2], ids[1]},
			{"after the last", ids[2], ids[:1], nil, nil, ids[2]},
		} {
			met, metLast, err := s.RecentIDs(ctx, tc.after, since)
			slices.Sort(met)
			if err != nil || !slices.Equal(met, tc.met) || metLast != tc.last {
				t.Errorf("%s: RecentIDs %v, last %d, %v; want %v, %d", tc.name, met, metLast, err, tc.met, tc.last)
			}

			got, last, err := s.RecentSignaturesExcept(ctx, tc.after, since, func(id int64) bool { return slices.Contains(tc.except, id) })
			var gotIDs []int64
			for _, m := range got {
				gotIDs = append(gotIDs, m.ArticleID)
			}
			if err != nil || !slices.Equal(gotIDs, tc.want) || last != tc.last {
				t.Errorf("%s: ids %v, last %d, %v; want %v, %d", tc.name, gotIDs, last, err, tc.want, tc.last)
			}
		}
	})
}
