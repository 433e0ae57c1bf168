package ingest_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// buildBantin builds the bantin command into a temporary folder.
func buildBantin(tb testing.TB) string {
	bin := filepath.Join(tb.TempDir(), "bantin")
	if out, err := exec.Command("go", "build", "-o", bin, "bantin/cmd/bantin").CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// bantinRun runs the built binary against fresh databases of one engine.
type bantinRun struct {
	bin     string
	engine  store.Engine
	profile string // folder for CPU profiles, or ""
	sample  int
	later   *atomic.Bool // the upstream's switch to the "n2" feeds
}

// ingestResult is what one `fetch --all` over a corpus measured.
type ingestResult struct {
	rate        float64 // new articles per second
	cpuMicros   float64 // CPU time (user and system) of the process per new article, in µs
	rssMB       float64 // peak resident memory of the process
	notModified float64 // feeds per second of the second, all-304 pass
	refetch     float64 // items per second of the third pass (news only): every feed changed, refetchNew new items each
}

// ingest creates a database with a source per corpus file under base,
// times `bantin fetch --all` over it, then a second pass (every feed
// answers 304).
func (r bantinRun) ingest(b *testing.B, base, name string) ingestResult {
	dbURL := storetest.SQLiteURL(b)
	if r.engine == store.Postgres {
		dbURL = storetest.PostgresSchemaURL(b)
	}
	env := []string{"BANTIN_DATABASE_URL=" + dbURL, "BANTIN_ALLOW_PRIVATE_SOURCES=true", "BANTIN_DEFAULT_SOURCES=false",
		"BANTIN_FETCH_PER_HOST=16", "BANTIN_FETCH_WORKERS=16", "BANTIN_LOG_LEVEL=warn"}
	var opml strings.Builder
	opml.WriteString(`<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>`)
	for f := range benchFeeds() {
		fmt.Fprintf(&opml, `<outline text="Báo %d" xmlUrl="%s/%d.xml"/>`, f, base, f)
	}
	opml.WriteString(`</body></opml>`)
	r.run(b, env, opml.String(), "migrate")
	r.run(b, env, opml.String(), "sources", "import-opml", "-")
	total := benchFeeds() * benchItems
	ps, took := r.fetchAll(b, env, name, total)
	ru := ps.SysUsage().(*syscall.Rusage)
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	res := ingestResult{rate: float64(total) / took.Seconds(), cpuMicros: float64(cpu.Microseconds()) / float64(total),
		rssMB: float64(ru.Maxrss) / 1024}
	start := time.Now()
	r.run(b, env, "", "fetch", "--all")
	res.notModified = float64(benchFeeds()) / time.Since(start).Seconds()
	if strings.HasSuffix(base, "/n") {
		res.refetch = r.refetch(b, env, name)
	}
	return res
}

// refetch times a third `fetch --all`, the steady state of a running
// bantin: every feed changed upstream (refetchNew new items on top), so
// every feed answers 200 with benchItems items, most of them stored
// already. It returns the items read per second.
func (r bantinRun) refetch(b *testing.B, env []string, name string) float64 {
	r.later.Store(true)
	defer r.later.Store(false)
	_, took := r.fetchAll(b, env, name+"-refetch", benchFeeds()*refetchNew)
	return float64(benchFeeds()*benchItems) / took.Seconds()
}

// fetchAll times one `bantin fetch --all` (with a CPU profile named after
// name when profiling) and fails the benchmark unless it stored wantNew
// new articles.
func (r bantinRun) fetchAll(b *testing.B, env []string, name string, wantNew int) (*os.ProcessState, time.Duration) {
	args := []string{"fetch", "--all"}
	if r.profile != "" {
		args = append(args, "--cpuprofile", filepath.Join(r.profile, fmt.Sprintf("%s-%s-%d.prof", r.engine, name, r.sample)))
	}
	start := time.Now()
	ps, out := r.run(b, env, "", args...)
	took := time.Since(start)
	if want := fmt.Sprintf("new articles: %d,", wantNew); !strings.Contains(out, want) {
		b.Fatalf("bantin fetch --all (%s) did not store what it should (want %q):\n%s", name, want, tail(out, 2000))
	}
	return ps, took
}

// run runs the binary with env and stdin, fails the benchmark unless it
// succeeds, and returns its state and output.
func (r bantinRun) run(b *testing.B, env []string, stdin string, args ...string) (*os.ProcessState, string) {
	cmd := exec.Command(r.bin, args...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + b.TempDir()}, env...)
	cmd.Dir = b.TempDir()
	cmd.Stdin = strings.NewReader(stdin)
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		b.Fatalf("bantin %s: %v\n%s", strings.Join(args, " "), err, tail(out.String(), 2000))
	}
	return cmd.ProcessState, out.String()
}

func tail(s string, n int) string { return s[max(0, len(s)-n):] }
