package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"bantin/internal/classify"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// BenchmarkClusterStoreSize measures what clustering costs per new article
// at ingest (syncing the recent-article index from the database, then
// Assign) in a SQLite store already holding 10k, 100k (and, with
// BANTIN_BENCH_CLUSTER_SIZES=10000,100000,1000000, 1M) articles published
// one a minute, Zipf-distributed words, a random province and topic each.
// Each iteration stores one new article (untimed) and clusters the next.
func BenchmarkClusterStoreSize(b *testing.B) {
	sizes := []int{10_000, 100_000}
	if v := os.Getenv("BANTIN_BENCH_CLUSTER_SIZES"); v != "" {
		sizes = sizes[:0]
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.Atoi(f)
			if err != nil {
				b.Fatal(err)
			}
			sizes = append(sizes, n)
		}
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) { benchClusterAt(b, n) })
	}
}

func benchClusterAt(b *testing.B, n int) {
	st := storetest.OpenSQLite(b)
	ctx := context.Background()
	src := model.Source{URL: "https://x.vn/rss"}
	st.AddSource(ctx, &src)
	gen := newSigGen()
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for start := 0; start < n; start += 1000 {
		writes := make([]store.ArticleWrite, min(1000, n-start))
		for i := range writes {
			writes[i] = gen.write(start+i, t0)
		}
		saveBatch(b, st, src.ID, writes)
	}
	idx := newClusterIndex(st, slog.New(slog.DiscardHandler))
	next := n
	now := func() time.Time { return t0.Add(time.Duration(next) * time.Minute) }
	if _, err := idx.sync(ctx, now()); err != nil { // the first build, as at start-up
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		w := gen.write(next, t0)
		saveBatch(b, st, src.ID, []store.ArticleWrite{w})
		next++
		probe := gen.write(next, t0)
		var sig classify.Signature
		sig.UnmarshalBinary(probe.Signature)
		b.StartTimer()
		mem, err := idx.sync(ctx, now())
		if err != nil {
			b.Fatal(err)
		}
		mem.Assign(sig, probe.Article.PublishedAt)
	}
	b.ReportMetric(float64(idx.cur.Load().Len()), "indexed")
}

func saveBatch(b *testing.B, st *store.Store, srcID int64, writes []store.ArticleWrite) {
	ctx := context.Background()
	if _, err := st.ClaimSource(ctx, srcID, "bench", time.Now(), time.Minute); err != nil {
		b.Fatal(err)
	}
	if _, err := st.SaveFetch(ctx, store.FetchOutcome{SourceID: srcID, Owner: "bench", FetchedAt: time.Now()}, writes); err != nil {
		b.Fatal(err)
	}
}

// sigGen makes articles with story signatures of synthetic text.
type sigGen struct {
	r     *rand.Rand
	zipf  *rand.Zipf
	words []string
	cat   *model.Catalog
	cls   *classify.Classifier
}

func newSigGen() *sigGen {
	r := rand.New(rand.NewPCG(1, 2))
	g := &sigGen{r: r, zipf: rand.NewZipf(r, 1.1, 10, 19999)}
	for i := range 20000 {
		g.words = append(g.words, fmt.Sprintf("tu%d", i))
	}
	g.cat = model.NewCatalog()
	g.cls, _ = classify.New(g.cat)
	return g
}

// write returns article i (published i minutes after t0) with its signature.
func (g *sigGen) write(i int, t0 time.Time) store.ArticleWrite {
	var t strings.Builder
	for range 14 + g.r.IntN(20) {
		t.WriteString(g.words[g.zipf.Uint64()])
		t.WriteByte(' ')
	}
	p := g.cat.Provinces()[g.r.IntN(34)]
	tp := g.cat.Topics()[g.r.IntN(16)]
	res := classify.Result{Topics: []model.TopicTag{{Topic: tp.Slug, Primary: true}},
		Provinces: []model.ProvinceTag{{Province: p.Slug, Weight: 1}}}
	title := t.String() + p.Name
	sig := g.cls.Signature(title, "", res)
	raw, _ := sig.MarshalBinary()
	pub := t0.Add(time.Duration(i) * time.Minute)
	return store.ArticleWrite{Signature: raw, Article: model.Article{Key: "k" + strconv.Itoa(i), Title: title,
		PublishedAt: pub, UpdatedAt: pub, FetchedAt: pub, Topics: res.Topics, Provinces: res.Provinces}}
}
