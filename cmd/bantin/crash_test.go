package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"bantin/internal/digest"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/mailer/mailtest"
)

// crashEnv is the environment of the kill -9 tests: a SQLite file in dir,
// loopback upstreams, no default sources.
func crashEnv(dir string, extra ...string) []string {
	return append([]string{"BANTIN_DATABASE_URL=sqlite:" + filepath.Join(dir, "bantin.db"),
		"BANTIN_ALLOW_PRIVATE_SOURCES=true", "BANTIN_DEFAULT_SOURCES=false", "BANTIN_OUTBOX=" + filepath.Join(dir, "outbox")}, extra...)
}

// startCLI starts one bantin command; the returned channel is closed when
// it exits.
func startCLI(t *testing.T, env []string, out *logBuffer, args ...string) (*exec.Cmd, chan struct{}) {
	t.Helper()
	cmd := exec.Command(bantinBinary(t), args...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...)
	cmd.Dir = t.TempDir()
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	t.Cleanup(func() { cmd.Process.Kill(); <-exited })
	return cmd, exited
}

// addFeeds imports n upstream feeds as sources through the command line.
func addFeeds(t *testing.T, env []string, feedsURL string, n int) {
	t.Helper()
	var opml strings.Builder
	opml.WriteString(`<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>`)
	for i := range n {
		fmt.Fprintf(&opml, `<outline text="Báo %d" type="rss" xmlUrl="%s/feed/%d.rss"/>`, i, feedsURL, i)
	}
	opml.WriteString(`</body></opml>`)
	if code, out := runCLI(t, env, opml.String(), "sources", "import-opml", "-"); code != 0 {
		t.Fatalf("import-opml: %d %s", code, out)
	}
}

// TestKillDuringFetchAll kills `bantin fetch --all` (SIGKILL) while it has
// fetches in flight, then runs it again: the second run takes over the
// dead run's leases at once (instead of skipping those sources and exiting
// 0), exits 0, and the database holds every item the upstreams served,
// each once.
func TestKillDuringFetchAll(t *testing.T) {
	const sources = 40
	dir := t.TempDir()
	env := crashEnv(dir, "BANTIN_FETCH_WORKERS=4", "BANTIN_FETCH_PER_HOST=8")
	up := newUpstream(time.Date(2026, 11, 16, 0, 0, 0, 0, time.UTC), 300*time.Millisecond)
	up.slow.Store(true)
	feeds := httptest.NewServer(up)
	defer feeds.Close()
	addFeeds(t, env, feeds.URL, sources)

	out := &logBuffer{}
	cmd, exited := startCLI(t, env, out, "fetch", "--all")
	waitFor(t, "a third of the feeds requested", time.Minute, func() bool {
		_, total, _, _ := up.counts()
		return total >= sources/3
	})
	cmd.Process.Kill()
	<-exited
	_, before, _, _ := up.counts()

	code, out2 := runCLI(t, env, "", "fetch", "--all")
	if code != 0 || !strings.Contains(out2, "sources: 40, fetched: 40") {
		t.Fatalf("fetch --all after the kill: exit %d\n%s", code, tail(out2, 3000))
	}
	if !strings.Contains(out2, "took over") {
		t.Errorf("the second run did not report taking over the dead run's leases:\n%s", tail(out2, 2000))
	}
	t.Logf("killed after %d requests; the second run: %s", before, lastLine(out2))

	st, err := store.Open(context.Background(), "sqlite:"+filepath.Join(dir, "bantin.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srcs, _ := st.Sources(context.Background())
	stored := map[string]int{}
	for _, s := range srcs {
		if s.LeaseOwner != "" || s.LastStatus != 200 {
			t.Errorf("source %d: lease %q, status %d", s.ID, s.LeaseOwner, s.LastStatus)
		}
		arts, err := st.Articles(context.Background(), model.Filter{SourceID: s.ID, Limit: 200})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			stored[a.GUID]++
		}
	}
	up.mu.Lock()
	defer up.mu.Unlock()
	for guid := range up.served {
		if stored[guid] != 1 {
			t.Errorf("served item %s stored %d times, want once", guid, stored[guid])
		}
	}
	if len(stored) != len(up.served) {
		t.Errorf("%d items stored, %d served", len(stored), len(up.served))
	}
}

var messageIDRE = regexp.MustCompile(`(?mi)^Message-Id: *(\S+)\r?$`)

// TestKillDuringDigestSend kills `bantin digest send` (SIGKILL) in the
// middle of 2,000 recipients, inside an SMTP transaction, then runs it
// again: the second run takes over the dead run's rows at once and exits
// 0; every recipient has the digest, and a second copy went only to
// recipients whose transaction was in flight at the kill — at most one per
// SMTP connection — with the same Message-ID.
func TestKillDuringDigestSend(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: 2,000 digests twice")
	}
	const subscribers, connections = 2000, 4
	dir := t.TempDir()
	var victim atomic.Pointer[exec.Cmd]
	smtp := mailtest.NewServer(t, mailtest.Options{Data: func(n int64, _ []string, _ []byte) error {
		if n == subscribers/3 {
			if cmd := victim.Load(); cmd != nil {
				cmd.Process.Kill() // inside this transaction, before its 250
			}
		}
		return nil
	}})
	env := crashEnv(dir, "BANTIN_SMTP_URL=smtp://"+smtp.Addr()+"?tls=none", "BANTIN_MAIL_FROM=bantin@bantin.example",
		fmt.Sprintf("BANTIN_SMTP_CONNECTIONS=%d", connections))
	loc, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	week, err := digest.ParseWeek("2026-W47", loc)
	if err != nil {
		t.Fatal(err)
	}
	up := newUpstream(week.Start, 0)
	feeds := httptest.NewServer(up)
	defer feeds.Close()
	addFeeds(t, env, feeds.URL, 5)
	if code, out := runCLI(t, env, "", "fetch", "--all"); code != 0 {
		t.Fatalf("fetch: %d %s", code, out)
	}
	var csv strings.Builder
	csv.WriteString("email,topics,provinces,status\n")
	for i := range subscribers {
		fmt.Fprintf(&csv, "%s,,,active\n", subscriberAddr(i))
	}
	if code, out := runCLI(t, env, csv.String(), "subscribers", "import", "-"); code != 0 {
		t.Fatalf("subscribers import: %d %s", code, out)
	}

	out := &logBuffer{}
	cmd, exited := startCLI(t, env, out, "digest", "send", "--period", week.Label())
	victim.Store(cmd)
	select {
	case <-exited:
	case <-time.After(5 * time.Minute):
		t.Fatalf("digest send neither finished nor was killed:\n%s", tail(out.String(), 2000))
	}
	first := smtp.Accepted()
	if first >= subscribers {
		t.Fatalf("the first run sent all %d before the kill", first)
	}

	code, out2 := runCLI(t, env, "", "digest", "send", "--period", week.Label())
	if code != 0 || !strings.Contains(out2, "took over") {
		t.Fatalf("digest send after the kill: exit %d (want 0, taking over the dead run's rows)\n%s", code, tail(out2, 3000))
	}
	t.Logf("killed after %d accepted messages; the second run: %s", first, lastLine(out2))
	extra := 0
	for i := range subscribers {
		got := smtp.Received(subscriberAddr(i))
		if len(got) == 0 {
			t.Errorf("%s got no digest", subscriberAddr(i))
			continue
		}
		if len(got) > 1 {
			extra += len(got) - 1
			ids := map[string]bool{}
			for _, m := range got {
				if id := messageIDRE.FindSubmatch(m); id != nil {
					ids[string(id[1])] = true
				}
			}
			if len(ids) != 1 {
				t.Errorf("%s got %d copies with Message-IDs %v, want one Message-ID", subscriberAddr(i), len(got), ids)
			}
		}
	}
	t.Logf("%d recipients, %d messages accepted, %d second copies", subscribers, smtp.Accepted(), extra)
	if extra > connections {
		t.Errorf("%d second copies, want at most %d (one per SMTP connection in flight at the kill)", extra, connections)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
