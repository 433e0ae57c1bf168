package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
)

// seedBatch is the number of articles per multi-row insert transaction.
const seedBatch = 2000

// markerURL names the source whose name records how many articles were
// seeded, so that a second run reuses the database.
const markerURL = "https://loadtest.invalid/marker"

// seed fills st with n synthetic articles unless it already holds them,
// then refreshes the table statistics (PostgreSQL plans the load's queries
// with them, even where autovacuum is off).
// Distribution: one primary topic (skewed towards the first topics), a
// second topic for 40%; no province for 35% (national news), Hà Nội or
// TP. Hồ Chí Minh for 30%, another province otherwise; a former province
// on a quarter of the tags of merged units; ~1.3 KB of text per article.
func seed(ctx context.Context, st *store.Store, cat *model.Catalog, n int) error {
	srcs, err := st.Sources(ctx)
	if err != nil {
		return err
	}
	for _, s := range srcs {
		if s.URL == markerURL && s.Name == strconv.Itoa(n) {
			fmt.Fprintf(os.Stderr, "store already holds %d seeded articles\n", n)
			return st.Analyze(ctx)
		}
		if s.URL == markerURL {
			return fmt.Errorf("database was seeded with %s articles, not %d: use a fresh one", s.Name, n)
		}
	}
	ids := make([]int64, 50)
	for i := range ids {
		src := &model.Source{URL: fmt.Sprintf("https://bao%02d.example.vn/rss", i), Name: fmt.Sprintf("Báo số %d", i)}
		if err := st.AddSource(ctx, src); err != nil {
			return err
		}
		ids[i] = src.ID
	}
	rng := rand.New(rand.NewPCG(1, 2))
	g := gen{cat: cat, rng: rng, start: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}
	began := time.Now()
	for done := 0; done < n; done += seedBatch {
		batch := make([]model.Article, min(seedBatch, n-done))
		for i := range batch {
			batch[i] = g.article(done + i)
		}
		if err := st.BulkInsertArticles(ctx, ids[(done/seedBatch)%len(ids)], batch); err != nil {
			return err
		}
		if (done/seedBatch)%50 == 0 {
			fmt.Fprintf(os.Stderr, "seeded %d/%d articles (%s)\n", done+len(batch), n, time.Since(began).Round(time.Second))
		}
	}
	fmt.Fprintf(os.Stderr, "seeded %d articles in %s\n", n, time.Since(began).Round(time.Second))
	if err := st.AddSource(ctx, &model.Source{URL: markerURL, Name: strconv.Itoa(n)}); err != nil {
		return err
	}
	return st.Analyze(ctx)
}

type gen struct {
	cat   *model.Catalog
	rng   *rand.Rand
	start time.Time
}

var words = strings.Fields("tỉnh thành phố hội nghị triển khai nhiệm vụ phát triển kinh tế xã hội năm nay " +
	"người dân doanh nghiệp đầu tư dự án cao tốc nông thôn mới học sinh bệnh viện lễ hội du lịch " +
	"bóng đá đội tuyển chuyển đổi số môi trường mưa lũ cán bộ đảng viên chính quyền địa phương")

func (g *gen) text(words0, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[(words0+i*7+g.rng.IntN(5))%len(words)])
	}
	return b.String()
}

func (g *gen) article(i int) model.Article {
	pub := g.start.Add(-time.Duration(i) * 63 * time.Second)
	title := fmt.Sprintf("Tin %d: %s", i, g.text(i, 10))
	summary := g.text(i+3, 40)
	a := model.Article{Key: "k" + strconv.Itoa(i), URL: "https://bao.example.vn/tin/" + strconv.Itoa(i) + ".html",
		Title: title, Summary: summary, ContentHTML: "<p>" + summary + "</p><p>" + g.text(i+5, 120) + "</p>",
		Author: "Phóng viên", ImageURL: "https://bao.example.vn/anh/" + strconv.Itoa(i) + ".jpg",
		PublishedAt: pub, UpdatedAt: pub, FetchedAt: pub, ContentHash: strconv.Itoa(i)}
	topics := g.cat.Topics()
	t1 := topics[min(int(g.rng.ExpFloat64()*5), len(topics)-1)].Slug
	a.Topics = []model.TopicTag{{Topic: t1, Primary: true, Score: 1, Reason: "seed"}}
	if t2 := topics[g.rng.IntN(len(topics))].Slug; t2 != t1 && g.rng.IntN(10) < 4 {
		a.Topics = append(a.Topics, model.TopicTag{Topic: t2, Score: 0.5, Reason: "seed"})
	}
	a.Provinces = g.provinces()
	return a
}

func (g *gen) provinces() []model.ProvinceTag {
	r := g.rng.IntN(100)
	var cur string
	switch {
	case r < 35:
		return nil
	case r < 50:
		cur = "ha-noi"
	case r < 65:
		cur = "ho-chi-minh"
	default:
		cur = g.cat.Provinces()[1+g.rng.IntN(33)].Slug // not Hà Nội
		if cur == "ho-chi-minh" {
			cur = "an-giang"
		}
	}
	tag := model.ProvinceTag{Province: cur, Weight: 1, Reason: "seed"}
	if old := g.cat.LegacyOf(cur); len(old) > 0 && g.rng.IntN(4) == 0 {
		tag.Legacy = old[g.rng.IntN(len(old))]
	}
	return []model.ProvinceTag{tag}
}
