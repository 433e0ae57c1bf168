package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"bantin/internal/config"
	"bantin/internal/digest"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
	"bantin/mailer/mailtest"
)

// BenchmarkReplicas measures ingestion and digest throughput with 1, 2 and
// 3 bantin processes on one PostgreSQL database, in one run, each on a
// fresh database (BENCHMARKS.md):
//
//   - ingestion: N `bantin serve` replicas start on a database holding
//     BANTIN_BENCH_FEEDS sources (default 300) of 50 items each, served by a
//     loopback upstream; timed from the start until every source is
//     fetched and stored;
//   - digests: N `bantin digest send` processes at once for the week of
//     those articles to BANTIN_BENCH_SUBSCRIBERS subscribers (default 3000)
//     over 20 filter sets, to the in-process SMTP server.
//
// Besides the rates it reports the CPU time of the bantin processes per
// article and per message, and the cores they kept busy. With
// BANTIN_BENCH_GOMAXPROCS=1 each process gets one core (as if each replica
// were a one-core machine). Run it with -benchtime 1x.
func BenchmarkReplicas(b *testing.B) {
	feeds, subs := benchEnv("BANTIN_BENCH_FEEDS", 300), benchEnv("BANTIN_BENCH_SUBSCRIBERS", 3000)
	bantinBinary(b)
	arts := loadBenchArticles(b)
	loc, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	s, _ := config.ParseSchedule(config.Default().DigestSchedule)
	week := digest.LatestDue(time.Now(), loc, s)
	up := httptest.NewServer(benchFeeds(arts, week.Start, feeds))
	defer up.Close()
	type result struct{ ingest, send time.Duration }
	procs := os.Getenv("BANTIN_BENCH_GOMAXPROCS")
	results := map[int]result{}
	for n := 1; n <= 3; n++ {
		b.Run(fmt.Sprintf("replicas=%d", n), func(b *testing.B) {
			for range b.N {
				in, out := benchReplicas(b, n, up.URL, feeds, subs, week, procs)
				results[n] = result{in, out}
				b.ReportMetric(float64(feeds*50)/in.Seconds(), "articles/s")
				b.ReportMetric(float64(subs)/out.Seconds(), "msgs/s")
			}
		})
	}
	if r1, ok := results[1]; ok {
		for n := 2; n <= 3; n++ {
			if r, ok := results[n]; ok {
				b.Logf("%d replicas: ingestion %.2f×, digests %.2f× the throughput of one", n,
					r1.ingest.Seconds()/r.ingest.Seconds(), r1.send.Seconds()/r.send.Seconds())
			}
		}
	}
}

// benchReplicas runs one round with n processes and returns the ingestion
// and digest times.
func benchReplicas(b *testing.B, n int, feedsURL string, feeds, subs int, week digest.Week, procs string) (time.Duration, time.Duration) {
	b.StopTimer()
	dbURL := storetest.PostgresDatabaseURL(b, "bantin_bench")
	smtp := mailtest.NewServer(b, mailtest.Options{Discard: true, MaxMessageBytes: 4 << 20})
	env := []string{"BANTIN_DATABASE_URL=" + dbURL, "BANTIN_LISTEN=127.0.0.1:0", "BANTIN_BASE_URL=https://bantin.example",
		"BANTIN_SMTP_URL=smtp://" + smtp.Addr() + "?tls=none", "BANTIN_ALLOW_PRIVATE_SOURCES=true",
		"BANTIN_DEFAULT_SOURCES=false", "BANTIN_FETCH_INTERVAL=1h", "BANTIN_FETCH_PER_HOST=16",
		"BANTIN_LOG_FORMAT=json", "BANTIN_LOG_LEVEL=warn"}
	if procs != "" {
		env = append(env, "GOMAXPROCS="+procs)
	}
	var opml strings.Builder
	opml.WriteString(`<?xml version="1.0"?><opml version="2.0"><head><title>b</title></head><body>`)
	for f := range feeds {
		fmt.Fprintf(&opml, `<outline text="Báo %d" xmlUrl="%s/%d.rss"/>`, f, feedsURL, f)
	}
	opml.WriteString(`</body></opml>`)
	if code, out := runCLI(b, env, opml.String(), "sources", "import-opml", "-"); code != 0 {
		b.Fatalf("import-opml: %s", out)
	}
	st, err := store.Open(context.Background(), dbURL, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()

	b.StartTimer()
	start := time.Now()
	reps := make([]*exec.Cmd, n)
	for i := range reps {
		reps[i] = exec.Command(bantinBinary(b), "serve")
		reps[i].Env = append([]string{"PATH=" + os.Getenv("PATH")}, env...)
		reps[i].Dir = b.TempDir()
		reps[i].Stderr = os.Stderr
		if err := reps[i].Start(); err != nil {
			b.Fatal(err)
		}
	}
	for {
		stats, _, err := st.SourceStats(context.Background(), time.Now())
		if err == nil && stats["new"] == 0 && stats["ok"] == feeds {
			break
		}
		if err == nil && stats["failing"] > 0 {
			b.Fatalf("sources failing: %v", stats)
		}
		time.Sleep(50 * time.Millisecond)
	}
	ingest := time.Since(start)
	b.StopTimer()
	var ingestCPU time.Duration
	for _, r := range reps {
		r.Process.Signal(syscall.SIGTERM)
		r.Wait()
		ingestCPU += r.ProcessState.UserTime() + r.ProcessState.SystemTime()
	}

	var csv strings.Builder
	sets := []string{",,", "xa-hoi,,", ",ha-noi,", "kinh-te,ho-chi-minh,", "giao-thong,,", ",da-nang,",
		"chinh-tri,thai-nguyen,", "y-te,,", ",can-tho,", "the-thao,,", "giao-duc,ha-noi,", ",quang-ninh,",
		"phap-luat,,", "nong-nghiep,,", ",hue,", "the-gioi,,", "van-hoa-giai-tri,,", ",lam-dong,",
		"moi-truong,,", "doi-song,ho-chi-minh,"}
	for i := range subs {
		fmt.Fprintf(&csv, "reader%05d@example.com,%sactive\n", i, sets[i%len(sets)])
	}
	if code, out := runCLI(b, env, csv.String(), "subscribers", "import", "-"); code != 0 {
		b.Fatalf("subscribers import: %s", out)
	}
	b.StartTimer()
	start = time.Now()
	senders := make([]*exec.Cmd, n)
	for i := range senders {
		senders[i] = exec.Command(bantinBinary(b), "digest", "send", "--period", week.Label())
		senders[i].Env = append([]string{"PATH=" + os.Getenv("PATH")}, env...)
		senders[i].Dir = b.TempDir()
		if err := senders[i].Start(); err != nil {
			b.Fatal(err)
		}
	}
	var sendCPU time.Duration
	for _, s := range senders {
		if err := s.Wait(); err != nil {
			b.Fatalf("digest send: %v", err)
		}
		sendCPU += s.ProcessState.UserTime() + s.ProcessState.SystemTime()
	}
	send := time.Since(start)
	b.StopTimer()
	counts, err := st.DigestCounts(context.Background(), week.Label())
	if err != nil || counts["sent"]+counts["empty"] != subs || int(smtp.Accepted()) != counts["sent"] {
		b.Fatalf("digests: %v (accepted %d), %v", counts, smtp.Accepted(), err)
	}
	b.ReportMetric(float64(ingestCPU.Microseconds())/float64(feeds*50), "cpu-µs/article")
	b.ReportMetric(float64(sendCPU.Microseconds())/float64(subs), "cpu-µs/msg")
	b.Logf("%d processes: %d articles in %s (%.2f cores busy), %d digests (%d sent, %d empty) in %s (%.2f cores busy)",
		n, feeds*50, ingest.Round(time.Millisecond), ingestCPU.Seconds()/ingest.Seconds(), subs, counts["sent"],
		counts["empty"], send.Round(time.Millisecond), sendCPU.Seconds()/send.Seconds())
	return ingest, send
}

func benchEnv(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// benchArticle is one labelled article of testdata/classify.
type benchArticle struct {
	Title, Summary, Body string
}

// loadBenchArticles reads the labelled articles: real vocabulary, places
// and topic cues.
func loadBenchArticles(b *testing.B) []benchArticle {
	var out []benchArticle
	for _, name := range []string{"eval.jsonl", "handwritten.jsonl"} {
		f, err := os.Open("../../testdata/classify/" + name)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var a benchArticle
			if json.Unmarshal(sc.Bytes(), &a) == nil && a.Title != "" {
				out = append(out, a)
			}
		}
		f.Close()
	}
	return out
}

// benchFeeds serves feed f as /f.rss: 50 items of the week, each built
// from one labelled article with a body of five of them (2–5 KB).
func benchFeeds(arts []benchArticle, week time.Time, feeds int) http.Handler {
	bodies := make([][]byte, feeds)
	for f := range feeds {
		var w strings.Builder
		fmt.Fprintf(&w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Báo %d</title>`+
			`<link>https://bao%d.example.vn/</link><description>Tin</description>`, f, f)
		for i := range 50 {
			a := arts[(f*50+i)%len(arts)]
			var body strings.Builder
			for k := range 5 {
				body.WriteString("<p>" + html.EscapeString(arts[(f*50+i+k*97)%len(arts)].Body) + "</p>")
			}
			pub := week.Add(time.Duration(f*50+i) * 37 * time.Second)
			fmt.Fprintf(&w, `<item><title>%s</title><link>https://bao%d.example.vn/%d.html</link>`+
				`<guid isPermaLink="false">b%d-%d</guid><pubDate>%s</pubDate><description>%s</description>`+
				`<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[%s]]></content:encoded></item>`,
				html.EscapeString(a.Title), f, i, f, i, pub.Format(time.RFC1123Z), html.EscapeString(a.Summary), body.String())
		}
		w.WriteString(`</channel></rss>`)
		bodies[f] = []byte(w.String())
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/"), ".rss"))
		if err != nil || f < 0 || f >= feeds {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Write(bodies[f])
	})
}
