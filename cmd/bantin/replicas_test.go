package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"
	"time"

	"bantin/internal/config"
	"bantin/internal/digest"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
	"bantin/mailer/mailtest"
)

const (
	replicaSources     = 100
	replicaSubscribers = 500
	replicaInterval    = 20 * time.Second
)

// digestMoment picks a digest schedule that makes last week's digest due
// at the first minute boundary at least lead from now, and a time zone in
// which that minute is still in the current week. It returns the schedule,
// the zone and the week whose digest goes out.
func digestMoment(t *testing.T, lead time.Duration) (string, string, digest.Week) {
	t.Helper()
	now := time.Now()
	due := now.Add(lead).Truncate(time.Minute).Add(time.Minute)
	for _, zone := range []string{"Asia/Ho_Chi_Minh", "UTC", "America/New_York"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			continue
		}
		spec := due.In(loc).Format("Mon 15:04")
		s, err := config.ParseSchedule(spec)
		if err != nil {
			t.Fatal(err)
		}
		before, after := digest.LatestDue(now, loc, s), digest.LatestDue(due, loc, s)
		if before.Label() != after.Label() && digest.WeekOf(due, loc).Label() == digest.WeekOf(now, loc).Label() {
			return spec, zone, after
		}
	}
	t.Fatal("no time zone puts the digest moment inside the current week")
	return "", "", digest.Week{}
}

// TestReplicas runs three real `bantin serve` processes on one empty
// PostgreSQL database with 100 loopback feeds and 500 subscribers on an
// in-process SMTP server (DESIGN §8, issue 11): all three start and
// migrate together; each source is fetched once per interval; the digest
// goes to every subscriber exactly once across the three senders; /metrics
// counters add up to what the upstream and the SMTP server saw; then one
// replica gets SIGTERM and another SIGKILL in the middle of a fetch pass,
// and the survivor fetches their sources within one interval, with no
// failure recorded for the interrupted fetches.
func TestReplicas(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the replica test runs for about a minute")
	}
	dbURL := storetest.PostgresDatabaseURL(t, "bantin_replicas")
	ctx := context.Background()
	bantinBinary(t)
	schedule, zone, week := digestMoment(t, 30*time.Second)
	up := newUpstream(week.Start, 200*time.Millisecond)
	feeds := httptest.NewServer(up)
	defer feeds.Close()
	smtp := mailtest.NewServer(t, mailtest.Options{})
	env := []string{"BANTIN_DATABASE_URL=" + dbURL, "BANTIN_LISTEN=127.0.0.1:0", "BANTIN_BASE_URL=https://bantin.example",
		"BANTIN_SMTP_URL=smtp://" + smtp.Addr() + "?tls=none", "BANTIN_ALLOW_PRIVATE_SOURCES=true",
		"BANTIN_DEFAULT_SOURCES=false", "BANTIN_ALLOW_SHORT_INTERVALS=true",
		"BANTIN_FETCH_INTERVAL=" + replicaInterval.String(), "BANTIN_FETCH_TIMEOUT=2s", "BANTIN_FETCH_WORKERS=8",
		"BANTIN_FETCH_PER_HOST=16", "BANTIN_DIGEST_SCHEDULE=" + schedule, "BANTIN_TIMEZONE=" + zone,
		"BANTIN_SHUTDOWN_GRACE=100ms", "BANTIN_LOG_FORMAT=json", "BANTIN_SMTP_CONNECTIONS=2"}

	// All three start together on the empty database.
	reps := make([]*replica, 3)
	for i := range reps {
		reps[i] = startReplica(t, fmt.Sprintf("replica-%c", 'A'+i), env)
	}
	applied := 0
	for _, r := range reps {
		r.waitStarted(t)
		waitFor(t, r.name+" ready", 20*time.Second, func() bool { code, _ := r.get("/readyz"); return code == 200 })
		applied += len(r.log.records("applied migration"))
	}
	st, err := store.Open(ctx, dbURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if want, _ := st.Migrations(); applied != len(want) {
		t.Errorf("migrations applied %d times across the replicas, want %d (once each)", applied, len(want))
	}

	seedReplicas(t, env, feeds.URL)
	feedOf := sourceFeeds(t, st)

	// Two intervals: every source fetched once in each.
	waitFor(t, "two fetches of every source", 3*replicaInterval, func() bool {
		per, _, _, inFlight := up.counts()
		for n := range replicaSources {
			if per[n] < 2 {
				return false
			}
		}
		return inFlight == 0
	})
	per, _, _, _ := up.counts()
	for n := range replicaSources {
		if per[n] != 2 {
			t.Errorf("feed %d fetched %d times over two intervals, want 2", n, per[n])
		}
	}

	// The digest, sent by three replicas at once.
	waitFor(t, "the digest for every subscriber", 2*time.Minute, func() bool {
		for _, r := range reps {
			for _, rec := range r.log.records("digest run started") {
				if rec["period"] == week.Label() && rec["rows"] != float64(replicaSubscribers) {
					t.Fatalf("the digest run of %s started with %v rows: the subscribers were imported after the moment chosen for it (machine too slow?)",
						week.Label(), rec["rows"])
				}
			}
		}
		counts, err := st.DigestCounts(ctx, week.Label())
		return err == nil && counts[model.DigestSent] == replicaSubscribers
	})
	for i := range replicaSubscribers {
		if n := len(smtp.Received(subscriberAddr(i))); n != 1 {
			t.Errorf("%s got %d digests, want 1", subscriberAddr(i), n)
		}
	}
	checkMetricsMatch(t, reps, up, smtp, st)

	// A slow fetch pass; SIGKILL one replica and SIGTERM another while both
	// hold leases on fetches in flight.
	up.slow.Store(true)
	var a, b, c *replica
	waitFor(t, "two replicas to hold leases on fetches in flight", 2*replicaInterval, func() bool {
		srcs, err := st.Sources(ctx)
		if err != nil {
			return false
		}
		busy := up.busy()
		var holders []*replica
		for _, r := range reps {
			for _, s := range srcs {
				if r.owns(s.LeaseOwner) && busy[feedOf[s.ID]] {
					holders = append(holders, r)
					break
				}
			}
		}
		if len(holders) < 2 {
			return false
		}
		a, b = holders[0], holders[1]
		for _, r := range reps {
			if r != a && r != b {
				c = r
			}
		}
		return true
	})
	b.cmd.Process.Kill()
	a.cmd.Process.Signal(syscall.SIGTERM)
	killed := time.Now()
	<-b.exited
	<-a.exited
	if a.err != nil {
		t.Errorf("SIGTERM: %s exited with %v", a.name, a.err)
	}
	if len(a.log.records("stopped")) != 1 {
		t.Errorf("%s logged no stop line", a.name)
	}
	srcs, _ := st.Sources(ctx)
	heldByB := 0
	for _, s := range srcs {
		if a.owns(s.LeaseOwner) {
			t.Errorf("source %d still leased by the stopped %s", s.ID, a.name)
		}
		if b.owns(s.LeaseOwner) {
			heldByB++
		}
	}
	if heldByB == 0 {
		t.Errorf("the killed replica held no lease: the test killed nothing that mattered")
	}
	gapsBefore := up.minGap(killed)

	// The survivor fetches every source of the interrupted pass within one
	// interval of the kill.
	waitFor(t, "the survivor to fetch the victims' sources", 2*replicaInterval, func() bool {
		srcs, err := st.Sources(ctx)
		if err != nil {
			return false
		}
		for _, s := range srcs {
			if s.LeaseOwner != "" || s.NextFetchAt.Before(killed) {
				return false
			}
		}
		return true
	})
	if took := time.Since(killed); took > replicaInterval {
		t.Errorf("the survivor took %s to fetch the dead replicas' sources, more than one interval (%s)", took, replicaInterval)
	}
	srcs, _ = st.Sources(ctx)
	for _, s := range srcs {
		if s.ConsecutiveFailures != 0 || s.LastError != "" {
			t.Errorf("source %d: %d failures, %q: an interrupted fetch counted as a failure", s.ID, s.ConsecutiveFailures, s.LastError)
		}
	}
	if gapsBefore < replicaInterval/2 {
		t.Errorf("a feed was fetched twice %s apart, within one interval", gapsBefore)
	}
	if code, _ := c.get("/readyz"); code != http.StatusOK {
		t.Errorf("survivor not ready: %d", code)
	}
	if m := c.metrics(t); m[`bantin_fetches_total{outcome="failed"}`] != 0 {
		t.Errorf("survivor counted failed fetches: %v", m[`bantin_fetches_total{outcome="failed"}`])
	}
	c.cmd.Process.Signal(syscall.SIGTERM)
	<-c.exited
	if c.err != nil {
		t.Errorf("survivor's SIGTERM: %v", c.err)
	}
	up.mu.Lock()
	defer up.mu.Unlock()
	if up.overlap != 0 {
		t.Errorf("%d requests for a feed arrived while another for it was in flight", up.overlap)
	}
}

func subscriberAddr(i int) string { return fmt.Sprintf("lector%03d@example.com", i) }

// seedReplicas adds the sources (OPML) and the subscribers (CSV) through
// the command line while the replicas run.
func seedReplicas(t *testing.T, env []string, feedsURL string) {
	t.Helper()
	var opml strings.Builder
	opml.WriteString(`<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>`)
	for n := range replicaSources {
		fmt.Fprintf(&opml, `<outline text="Báo %d" type="rss" xmlUrl="%s/feed/%d.rss"/>`, n, feedsURL, n)
	}
	opml.WriteString(`</body></opml>`)
	if code, out := runCLI(t, env, opml.String(), "sources", "import-opml", "-"); code != 0 {
		t.Fatalf("import-opml: %d %s", code, out)
	}
	var csv strings.Builder
	csv.WriteString("email,topics,provinces,status\n")
	for i := range replicaSubscribers {
		fmt.Fprintf(&csv, "%s,,,active\n", subscriberAddr(i))
	}
	if code, out := runCLI(t, env, csv.String(), "subscribers", "import", "-"); code != 0 ||
		!strings.Contains(out, fmt.Sprintf("added %d,", replicaSubscribers)) {
		t.Fatalf("subscribers import: %d %s", code, out)
	}
}

// sourceFeeds maps source ids to upstream feed numbers.
func sourceFeeds(t *testing.T, st *store.Store) map[int64]int {
	t.Helper()
	srcs, err := st.Sources(context.Background())
	if err != nil || len(srcs) != replicaSources {
		t.Fatalf("sources: %d, %v", len(srcs), err)
	}
	out := map[int64]int{}
	for _, s := range srcs {
		var n int
		fmt.Sscanf(s.URL[strings.LastIndex(s.URL, "/feed/"):], "/feed/%d.rss", &n)
		out[s.ID] = n
	}
	return out
}

// checkMetricsMatch waits for a quiet moment between fetch passes and
// checks that the three replicas' counters add up to what the upstream,
// the SMTP server and the database saw.
func checkMetricsMatch(t *testing.T, reps []*replica, up *upstream, smtp *mailtest.Server, st *store.Store) {
	t.Helper()
	var report string
	matches := func() bool {
		_, total, items, inFlight := up.counts()
		if inFlight > 0 {
			report = "fetches in flight"
			return false
		}
		sum := map[string]float64{}
		for _, r := range reps {
			for k, v := range r.metrics(t) {
				sum[k] += v
			}
		}
		_, total2, _, _ := up.counts()
		stats, _, err := st.SourceStats(context.Background(), time.Now())
		if err != nil || total != total2 {
			report = fmt.Sprintf("the upstream moved (%d → %d requests) or the database failed (%v)", total, total2, err)
			return false
		}
		checks := []struct {
			series string
			want   float64
		}{
			{`bantin_fetches_total{outcome="ok"}`, float64(total)},
			{`bantin_lease_claims_total{kind="source"}`, float64(total)},
			{`bantin_fetch_duration_seconds_count{outcome="ok"}`, float64(total)},
			{`bantin_articles_stored_total{change="new"}`, float64(items)},
			{`bantin_digests_total{outcome="sent"}`, float64(smtp.Accepted())},
			{`bantin_digests_total{outcome="sent"}`, replicaSubscribers},
			{`bantin_lease_claims_total{kind="digest"}`, replicaSubscribers},
			{`bantin_mail_send_duration_seconds_count{kind="digest",result="ok"}`, float64(smtp.Accepted())},
			{`bantin_sources{state="ok"}`, 3 * float64(stats["ok"])}, // every replica reports the shared state
			{`bantin_database_up`, 3},
		}
		report = ""
		for _, c := range checks {
			if sum[c.series] != c.want {
				report += fmt.Sprintf("%s = %v, want %v; ", c.series, sum[c.series], c.want)
			}
		}
		return report == ""
	}
	deadline := time.Now().Add(2 * replicaInterval)
	for !matches() {
		if time.Now().After(deadline) {
			t.Fatalf("the replicas' counters do not add up: %s", report)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
