package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// The helpers here drive the built bantin binary as an operator would:
// real processes, real signals, HTTP to their listeners.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// TestMain removes the built binary when the tests are done.
func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// bantinBinary builds ./cmd/bantin once per test process and returns its
// path. It builds with the test's own settings, so that the build cache of
// the test binary serves it.
func bantinBinary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "bantin-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "bantin")
		cmd := exec.Command("go", "build", "-o", binPath, ".")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// logBuffer collects a process's output, safe for concurrent writes.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// records returns the JSON log records whose msg is msg.
func (b *logBuffer) records(msg string) []map[string]any {
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(b.String()))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var rec map[string]any
		if json.Unmarshal(sc.Bytes(), &rec) == nil && rec["msg"] == msg {
			out = append(out, rec)
		}
	}
	return out
}

// replica is one running `bantin serve`.
type replica struct {
	name   string
	cmd    *exec.Cmd
	log    *logBuffer
	addr   string // where it listens, from its start-up line
	exited chan struct{}
	err    error // Wait's result, once exited is closed
}

// startReplica starts `bantin serve` with env (on top of a clean
// environment) and returns once it logged its start-up line.
func startReplica(t *testing.T, name string, env []string) *replica {
	t.Helper()
	r := &replica{name: name, log: &logBuffer{}, exited: make(chan struct{})}
	r.cmd = exec.Command(bantinBinary(t), "serve")
	r.cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...)
	r.cmd.Dir = t.TempDir()
	r.cmd.Stdout, r.cmd.Stderr = r.log, r.log
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { r.err = r.cmd.Wait(); close(r.exited) }()
	t.Cleanup(func() {
		select {
		case <-r.exited:
		default:
			r.cmd.Process.Kill()
			<-r.exited
		}
		if t.Failed() {
			t.Logf("--- log of %s (pid %d):\n%s", r.name, r.cmd.Process.Pid, tail(r.log.String(), 6000))
		}
	})
	return r
}

// waitStarted waits for the start-up line and reads the listen address.
func (r *replica) waitStarted(t *testing.T) {
	t.Helper()
	waitFor(t, r.name+" to start", 60*time.Second, func() bool {
		select {
		case <-r.exited:
			t.Fatalf("%s exited at start: %v\n%s", r.name, r.err, r.log.String())
		default:
		}
		recs := r.log.records("bantin started")
		if len(recs) == 0 {
			return false
		}
		r.addr, _ = recs[0]["listen"].(string)
		return true
	})
}

// pid is the replica's process id as it appears in its lease owner name.
func (r *replica) pid() string { return strconv.Itoa(r.cmd.Process.Pid) }

// owns reports whether a lease owner name belongs to the replica
// ("host/pid/stamp", or that with "/digest").
func (r *replica) owns(owner string) bool {
	parts := strings.Split(owner, "/")
	return len(parts) >= 3 && parts[1] == r.pid()
}

// get fetches path from the replica and returns the status and body.
func (r *replica) get(path string) (int, string) {
	resp, err := http.Get("http://" + r.addr + path)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(resp.Body)
	return resp.StatusCode, b.String()
}

// metrics scrapes /metrics and returns every sample by series (name and
// labels as exposed).
func (r *replica) metrics(t *testing.T) map[string]float64 {
	t.Helper()
	code, body := r.get("/metrics")
	if code != http.StatusOK {
		t.Fatalf("%s /metrics: %d %s", r.name, code, body)
	}
	out := map[string]float64{}
	for line := range strings.Lines(body) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(strings.TrimSpace(line), ' ')
		if i < 0 {
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(line)[i+1:], 64)
		if err == nil {
			out[strings.TrimSpace(line)[:i]] = v
		}
	}
	return out
}

// runCLI runs one bantin command with env and returns its exit status and
// output.
func runCLI(t testing.TB, env []string, stdin string, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(bantinBinary(t), args...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...)
	cmd.Dir = t.TempDir()
	cmd.Stdin = strings.NewReader(stdin)
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, string(out)
}

// waitFor polls cond every 20 ms until it holds, failing after limit.
func waitFor(t *testing.T, what string, limit time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", limit, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}

// upstream serves n generated feeds and records every request. Each fetch
// of a feed returns one more item than the previous one (two to start), so
// every fetch stores exactly one new article after the first (three).
type upstream struct {
	week  time.Time // items are published in the week starting here
	slow  atomic.Bool
	delay time.Duration // per response while slow

	mu       sync.Mutex
	requests map[int][]time.Time // by feed number, arrival times
	inFlight map[int]int
	overlap  int // requests that arrived while another for the same feed was in flight
	served   map[string]bool
}

func newUpstream(week time.Time, delay time.Duration) *upstream {
	return &upstream{week: week, delay: delay, requests: map[int][]time.Time{}, inFlight: map[int]int{},
		served: map[string]bool{}}
}

func (u *upstream) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var n int
	if _, err := fmt.Sscanf(r.URL.Path, "/feed/%d.rss", &n); err != nil {
		http.NotFound(w, r)
		return
	}
	u.mu.Lock()
	u.requests[n] = append(u.requests[n], time.Now())
	if u.inFlight[n] > 0 {
		u.overlap++
	}
	u.inFlight[n]++
	count := len(u.requests[n])
	u.mu.Unlock()
	defer func() { u.mu.Lock(); u.inFlight[n]--; u.mu.Unlock() }()
	if u.slow.Load() {
		select {
		case <-time.After(u.delay):
		case <-r.Context().Done():
			return
		}
	}
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Báo số %d</title>`+
		`<link>https://bao%d.example.vn/</link><description>Tin tức</description>`, n, n)
	items := count + 2
	for i := range items {
		guid := fmt.Sprintf("bao%d-tin%d", n, i)
		pub := u.week.Add(time.Duration(24*60+n*30+i) * time.Minute)
		fmt.Fprintf(w, `<item><title>Bản tin %d số %d: Hà Nội khởi công công trình giao thông mới</title>`+
			`<link>https://bao%d.example.vn/tin-%d.html</link><guid isPermaLink="false">%s</guid>`+
			`<pubDate>%s</pubDate><description>Tóm tắt tin %d của báo %d về giao thông ở Thủ đô.</description></item>`,
			n, i, n, i, guid, pub.Format(time.RFC1123Z), i, n)
		u.mu.Lock()
		u.served[guid] = true
		u.mu.Unlock()
	}
	fmt.Fprint(w, `</channel></rss>`)
}

// counts returns the number of requests per feed, the total, the number
// of distinct items served and the requests in flight.
func (u *upstream) counts() (per map[int]int, total, items, inFlight int) {
	u.mu.Lock()
	defer u.mu.Unlock()
	per = map[int]int{}
	for n, rs := range u.requests {
		per[n] = len(rs)
		total += len(rs)
	}
	for _, k := range u.inFlight {
		inFlight += k
	}
	return per, total, len(u.served), inFlight
}

// busy returns the feeds with a request in flight.
func (u *upstream) busy() map[int]bool {
	u.mu.Lock()
	defer u.mu.Unlock()
	out := map[int]bool{}
	for n, k := range u.inFlight {
		if k > 0 {
			out[n] = true
		}
	}
	return out
}

// minGap returns the shortest time between two requests for one feed
// among requests that arrived before until.
func (u *upstream) minGap(until time.Time) time.Duration {
	u.mu.Lock()
	defer u.mu.Unlock()
	gap := time.Duration(1 << 62)
	for _, rs := range u.requests {
		for i := 1; i < len(rs) && rs[i].Before(until); i++ {
			gap = min(gap, rs[i].Sub(rs[i-1]))
		}
	}
	return gap
}
