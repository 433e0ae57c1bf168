package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// BenchmarkSaveFetch stores one feed of 50 new articles (5 KB bodies, a
// story signature, 2 topics, 1 province each) per iteration: the write side
// of ingestion.
func BenchmarkSaveFetch(b *testing.B) {
	st := storetest.OpenSQLite(b)
	ctx := context.Background()
	src := &model.Source{URL: "https://x.vn/rss"}
	st.AddSource(ctx, src)
	body := strings.Repeat("<p>Nội dung bài viết về xây dựng Đảng ở Thái Nguyên.</p>", 90)
	r := rand.New(rand.NewPCG(1, 2))
	n := 0
	for b.Loop() {
		writes := make([]store.ArticleWrite, 50)
		for i := range writes {
			n++
			a := article(fmt.Sprint("k", n), fmt.Sprint("Tiêu đề số ", n), "Tóm tắt bài viết", t0, []string{"xay-dung-dang", "chinh-tri"},
				model.ProvinceTag{Province: "thai-nguyen", Weight: 1})
			a.ContentHTML = body
			sig := make([]byte, 268)
			for j := range sig {
				sig[j] = byte(r.Uint32())
			}
			writes[i] = store.ArticleWrite{Article: a, Signature: sig}
		}
		if _, err := st.ClaimSource(ctx, src.ID, "w", time.Now(), time.Minute); err != nil {
			b.Fatal(err)
		}
		if _, err := st.SaveFetch(ctx, store.FetchOutcome{SourceID: src.ID, Owner: "w", FetchedAt: t0}, writes); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
