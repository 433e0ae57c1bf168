package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// BenchmarkSaveFetch stores one feed of 50 new articles per iteration, the
// feeds going round 300 sources: the write side of ingestion, on each
// engine. The articles look like the ingest benchmark's corpus: 30 % with
// 5–10 KB bodies, publication times spread over two days, a third starting
// a story cluster and the rest joining an earlier one, 1–3 topics and 0–2
// provinces (some with a former province) with reasons. It reports the CPU
// time of the process (user+sys, the background checkpointer included,
// making the articles left out) per article and, on PostgreSQL, that of the
// server processes of the test database.
func BenchmarkSaveFetch(b *testing.B) {
	b.Run("sqlite", func(b *testing.B) { benchSaveFetch(b, storetest.OpenSQLite(b)) })
	b.Run("postgres", func(b *testing.B) {
		if os.Getenv(storetest.EnvURL) == "" {
			b.Skip(storetest.EnvURL + " is not set")
		}
		benchSaveFetch(b, storetest.OpenPostgres(b))
	})
}

func benchSaveFetch(b *testing.B, st *store.Store) {
	ctx := context.Background()
	srcs := make([]int64, 300)
	for i := range srcs {
		src := &model.Source{URL: fmt.Sprintf("https://s%d.vn/rss", i)}
		if err := st.AddSource(ctx, src); err != nil {
			b.Fatal(err)
		}
		srcs[i] = src.ID
	}
	g := &feedGen{r: rand.New(rand.NewPCG(1, 2))}
	var server *serverCPU
	var cpu, genCPU time.Duration
	n, feeds := 0, 0
	for b.Loop() {
		if feeds == 0 {
			server = newServerCPU(st)
			cpu = -processCPU()
		}
		g0 := processCPU()
		writes := g.feed(50)
		genCPU += processCPU() - g0
		src := srcs[feeds%len(srcs)]
		feeds++
		if _, err := st.ClaimSource(ctx, src, "w", time.Now(), time.Minute); err != nil {
			b.Fatal(err)
		}
		res, err := st.SaveFetch(ctx, store.FetchOutcome{SourceID: src, Owner: "w", FetchedAt: t0}, writes)
		if err != nil {
			b.Fatal(err)
		}
		g.ids = append(g.ids, res.IDs...)
		n += len(writes)
	}
	cpu += processCPU() - genCPU
	b.ReportMetric(float64(cpu.Microseconds())/float64(n), "cpu-µs/article")
	if st.Engine() == store.Postgres {
		b.ReportMetric(float64(server.used().Microseconds())/float64(n), "pg-cpu-µs/article")
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// feedGen makes feeds of new articles; ids are the articles stored so far,
// whose clusters later articles join.
type feedGen struct {
	r   *rand.Rand
	n   int
	ids []int64
}

var (
	benchTopics    = []string{"xay-dung-dang", "chinh-tri", "kinh-te", "xa-hoi", "the-thao", "giao-duc", "phap-luat", "the-gioi"}
	benchProvinces = []string{"thai-nguyen", "ha-noi", "ho-chi-minh", "da-nang", "nghe-an", "can-tho", "quang-ninh"}
	benchBody      = strings.Repeat("<p>Nội dung bài viết về xây dựng Đảng ở Thái Nguyên, kinh tế và xã hội.</p>", 110)
)

func (g *feedGen) feed(size int) []store.ArticleWrite {
	writes := make([]store.ArticleWrite, size)
	for i := range writes {
		g.n++
		pub := t0.Add(-time.Duration(g.r.Int64N(int64(48 * time.Hour))))
		a := model.Article{Key: fmt.Sprint("k", g.n), URL: fmt.Sprintf("https://x.vn/tin/%d.html", g.n),
			Title:       fmt.Sprintf("Tiêu đề số %d về kinh tế và xã hội ở Thái Nguyên hôm nay", g.n),
			Summary:     "Tóm tắt bài viết: tỉnh Thái Nguyên tổ chức hội nghị về phát triển kinh tế, xã hội và xây dựng Đảng.",
			ContentHTML: body(300 + g.r.IntN(600)), PublishedAt: pub, UpdatedAt: pub, FetchedAt: t0,
			ContentHash: fmt.Sprint("h", g.n), RawHash: fmt.Sprint("r", g.n)}
		if g.r.IntN(10) < 3 {
			a.ContentHTML = body(5000 + g.r.IntN(3000))
		}
		for j, k := range g.r.Perm(len(benchTopics))[:1+g.r.IntN(3)] {
			a.Topics = append(a.Topics, model.TopicTag{Topic: benchTopics[k], Primary: j == 0, Score: g.r.Float64(),
				Reason: "từ khoá trong tiêu đề và tóm tắt: kinh tế, xã hội, hội nghị phát triển"})
		}
		for _, k := range g.r.Perm(len(benchProvinces))[:g.r.IntN(3)] {
			p := model.ProvinceTag{Province: benchProvinces[k], Weight: g.r.Float64(), Reason: "tên tỉnh trong tiêu đề"}
			if g.r.IntN(2) == 0 {
				p.Legacy = "bac-kan"
			}
			a.Provinces = append(a.Provinces, p)
		}
		sig := make([]byte, 283)
		for j := range sig {
			sig[j] = byte(g.r.Uint32())
		}
		w := store.ArticleWrite{Article: a, Signature: sig}
		if len(g.ids) > 0 && g.r.IntN(3) > 0 {
			w.Article.ClusterID = g.ids[g.r.IntN(len(g.ids))]
		}
		writes[i] = w
	}
	return writes
}

// body returns about n bytes of article body (cut at a character).
func body(n int) string { return strings.ToValidUTF8(benchBody[:n], "") }

// processCPU returns the user and system CPU time this process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// serverCPU is the CPU time of the PostgreSQL server processes serving the
// test database, read from /proc when the benchmark starts: used returns
// what they (and those started since) have used since.
type serverCPU struct {
	db    string
	start map[int]time.Duration
}

func newServerCPU(st *store.Store) *serverCPU {
	c := &serverCPU{}
	if st.Engine() == store.Postgres {
		if u, err := url.Parse(os.Getenv(storetest.EnvURL)); err == nil {
			c.db = strings.TrimPrefix(u.Path, "/")
		}
	}
	c.start = c.read()
	return c
}

func (c *serverCPU) used() time.Duration {
	var d time.Duration
	for pid, t := range c.read() {
		d += t - c.start[pid]
	}
	return d
}

// read returns the CPU time of each backend whose title names the database.
func (c *serverCPU) read() map[int]time.Duration {
	out := map[int]time.Duration{}
	if c.db == "" {
		return out
	}
	paths, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, p := range paths {
		cmd, err := os.ReadFile(p)
		if err != nil || !strings.HasPrefix(string(cmd), "postgres: ") || !strings.Contains(string(cmd), " "+c.db+" ") {
			continue
		}
		stat, err := os.ReadFile(filepath.Join(filepath.Dir(p), "stat"))
		if err != nil {
			continue
		}
		f := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
		if len(f) < 13 {
			continue
		}
		ut, _ := strconv.ParseInt(f[11], 10, 64)
		stt, _ := strconv.ParseInt(f[12], 10, 64)
		pid, _ := strconv.Atoi(filepath.Base(filepath.Dir(p)))
		out[pid] = time.Duration(ut+stt) * 10 * time.Millisecond // USER_HZ is 100 on Linux
	}
	return out
}
