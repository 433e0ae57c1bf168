package digest_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
	"bantin/mailer/mailtest"
)

// BenchmarkDigestSend composes, renders and delivers personalised digests
// for BANTIN_BENCH_SUBSCRIBERS (default 10,000) subscribers with about 100
// distinct filter sets over a week of BANTIN_BENCH_ARTICLES (default
// 20,000) articles to an in-process go-smtp server, on SQLite and (with
// BANTIN_TEST_DATABASE_URL) PostgreSQL. It reports delivered messages per
// second and the peak resident memory of the run (VmHWM after resetting it
// once the seed data is freed). Run with -benchtime=1x.
func BenchmarkDigestSend(b *testing.B) {
	subs, arts := envInt("BANTIN_BENCH_SUBSCRIBERS", 10000), envInt("BANTIN_BENCH_ARTICLES", 20000)
	engines := map[string]func(testing.TB) *store.Store{"sqlite": storetest.OpenSQLite}
	if os.Getenv(storetest.EnvURL) != "" {
		engines["postgres"] = storetest.OpenPostgres
	}
	for _, name := range []string{"sqlite", "postgres"} {
		open, ok := engines[name]
		if !ok {
			continue
		}
		b.Run(name, func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				st := open(b)
				seedBench(b, st, subs, arts)
				ms := mailtest.NewServer(b, mailtest.Options{Discard: true})
				c := &clock{}
				d := newDigester(b, st, ms, c, "bench")
				d.Workers = 8
				runtime.GC()
				debug.FreeOSMemory()
				resetPeak()
				b.StartTimer()
				start, cpu0 := time.Now(), cpuTime()
				if _, _, err := d.CatchUp(context.Background()); err != nil {
					b.Fatal(err)
				}
				sum, err := d.RunOnce(context.Background())
				elapsed, cpu := time.Since(start), cpuTime()-cpu0
				b.StopTimer()
				if err != nil || sum.Sent+sum.Empty != subs || ms.Accepted() != int64(sum.Sent) {
					b.Fatalf("run: %+v, server accepted %d, err %v", sum, ms.Accepted(), err)
				}
				b.ReportMetric(float64(sum.Sent)/elapsed.Seconds(), "msgs/s")
				// CPU per message (client, server and database driver all in
				// this process) does not depend on what else the machine runs.
				b.ReportMetric(float64(cpu.Microseconds())/float64(sum.Sent), "cpu_us/msg")
				b.ReportMetric(float64(ms.Bytes())/float64(sum.Sent), "bytes/msg")
				b.ReportMetric(float64(peakRSS())/(1<<20), "peak_MB")
				b.ReportMetric(float64(sum.Renders), "renders")
				b.ReportMetric(float64(sum.Sent), "sent")
				b.ReportMetric(float64(ms.Sessions()), "smtp_sessions")
			}
		})
	}
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

var (
	benchTopics    = []string{"xay-dung-dang", "chinh-tri", "xa-hoi", "kinh-te", "phap-luat", "quoc-phong-an-ninh", "the-gioi", "giao-duc", "y-te", "van-hoa-giai-tri", "the-thao", "khoa-hoc-cong-nghe"}
	benchProvinces = []string{"ha-noi", "ho-chi-minh", "thai-nguyen", "hue", "da-nang", "can-tho", "hai-phong", "nghe-an", "quang-ninh", "lam-dong", "dak-lak", "ca-mau"}
	benchLegacy    = []string{"bac-kan", "thua-thien-hue", "quang-nam", "binh-duong"}
)

// seedBench stores arts articles over 50 sources in week 2026-W48 and subs
// active subscribers spread over 100 filter sets (a quarter of them with
// no province, some with none at all).
func seedBench(b *testing.B, st *store.Store, subs, arts int) {
	b.Helper()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(1, 2))
	per := arts / 50
	for s := range 50 {
		src := addDigestSource(b, st, fmt.Sprint("bao", s))
		batch := make([]model.Article, 0, per)
		for i := range per {
			pub := w48.Add(time.Duration(r.Int64N(int64(7 * 24 * time.Hour))))
			key := fmt.Sprintf("s%d-a%d", s, i)
			a := article(key, "Tin "+key+" "+strings.Repeat("thời sự ", 6), pub,
				pickN(r, benchTopics, 1+r.IntN(2)), pickN(r, benchProvinces, r.IntN(3))...)
			a.Summary = strings.Repeat("Tóm tắt nội dung bài báo tiếng Việt có dấu. ", 6)
			a.ImageURL = "https://bao.example.vn/" + key + ".jpg"
			if r.IntN(10) == 0 {
				a.Provinces = append(a.Provinces, model.ProvinceTag{Province: "thai-nguyen", Legacy: "bac-kan", Weight: 1})
			}
			batch = append(batch, a)
		}
		if err := st.BulkInsertArticles(ctx, src, batch); err != nil {
			b.Fatal(err)
		}
	}
	filters := make([][2][]string, 100)
	for i := range filters {
		var provs []string
		if i%4 != 0 {
			provs = pickN(r, append(benchProvinces, benchLegacy...), 1+r.IntN(2))
		}
		filters[i] = [2][]string{pickN(r, benchTopics, r.IntN(3)), provs}
	}
	for i := range subs {
		f := filters[i%len(filters)]
		sub := &model.Subscriber{Email: fmt.Sprintf("doc-gia%d@example.com", i), Status: model.StatusActive,
			Topics: f[0], Provinces: f[1]}
		if err := st.AddSubscriber(ctx, sub); err != nil {
			b.Fatal(err)
		}
	}
}

func pickN(r *rand.Rand, xs []string, n int) []string {
	var out []string
	for _, i := range r.Perm(len(xs))[:n] {
		out = append(out, xs[i])
	}
	return out
}

// resetPeak resets the kernel's peak RSS (VmHWM) to the current RSS.
func resetPeak() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSS reads VmHWM in bytes; 0 where /proc is missing.
func peakRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// cpuTime is the user and system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
