package metrics_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"bantin/internal/metrics"
)

func scrape(t *testing.T, m *metrics.Metrics) string {
	t.Helper()
	w := httptest.NewRecorder()
	m.Handler().ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if w.Code != http.StatusOK {
		t.Fatalf("scrape: %d %s", w.Code, w.Body)
	}
	return w.Body.String()
}

func TestRecordersAndExposition(t *testing.T) {
	m := metrics.New("v1.2.3")
	m.Fetched(metrics.FetchOK, 120*time.Millisecond)
	m.Fetched(metrics.FetchOK, 3*time.Second)
	m.Fetched(metrics.FetchInterrupted, time.Second)
	m.ArticlesStored(5, 2)
	m.Claimed("source", 3)
	m.Claimed("source", 0)
	m.Released("digest", 4)
	m.Request("feed", 304, 2*time.Millisecond)
	m.CacheLookup(metrics.CacheStale)
	m.Digest("sent")
	m.MailSent("digest", 10*time.Millisecond, nil)
	m.MailSent("confirmation", time.Second, errors.New("421"))
	m.HubPing(nil)
	m.CacheSize(func() (int, int64) { return 7, 4096 })
	up := true
	m.WatchState(func(context.Context) (metrics.State, error) {
		if !up {
			return metrics.State{}, errors.New("connection refused")
		}
		return metrics.State{Sources: map[string]int{"ok": 9, "failing": 1}, SourcesDue: 2,
			DigestsPending: map[string]int{"retry": 3}, Outbox: -1}, nil
	})
	body := scrape(t, m)
	for _, want := range []string{
		`bantin_build_info{version="v1.2.3"} 1`,
		`bantin_fetches_total{outcome="ok"} 2`, `bantin_fetches_total{outcome="interrupted"} 1`,
		`bantin_fetch_duration_seconds_bucket{outcome="ok",le="0.25"} 1`, `bantin_fetch_duration_seconds_count{outcome="ok"} 2`,
		`bantin_articles_stored_total{change="new"} 5`, `bantin_articles_stored_total{change="updated"} 2`,
		`bantin_lease_claims_total{kind="source"} 3`, `bantin_lease_releases_total{kind="digest"} 4`,
		`bantin_http_requests_total{route="feed",status="304"} 1`, `bantin_http_request_duration_seconds_count{route="feed"} 1`,
		`bantin_cache_lookups_total{result="stale"} 1`, `bantin_digests_total{outcome="sent"} 1`,
		`bantin_mail_send_duration_seconds_count{kind="confirmation",result="error"} 1`,
		`bantin_websub_pings_total{result="ok"} 1`, "bantin_cache_entries 7", "bantin_cache_bytes 4096",
		`bantin_sources{state="ok"} 9`, `bantin_sources{state="failing"} 1`, `bantin_sources{state="new"} 0`,
		"bantin_sources_due 2", `bantin_digests_pending{status="retry"} 3`, "bantin_database_up 1",
		"go_goroutines ", "process_resident_memory_bytes ",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("exposition lacks %q", want)
		}
	}
	if strings.Contains(body, "bantin_outbox_messages") {
		t.Error("outbox depth shown while mail goes to SMTP")
	}
	up = false
	body = scrape(t, m)
	if !strings.Contains(body, "bantin_database_up 0") || strings.Contains(body, "bantin_sources_due") {
		t.Errorf("with the database down: want bantin_database_up 0 and no state gauges:\n%s", body)
	}
}

// TestNil: a nil *Metrics records nothing and does not panic, so parts
// built without metrics need no special case.
func TestNil(t *testing.T) {
	var m *metrics.Metrics
	m.Fetched(metrics.FetchOK, time.Second)
	m.FetchPass()
	m.ArticlesStored(1, 1)
	m.Claimed("source", 1)
	m.Released("source", 1)
	m.Request("feed", 200, time.Millisecond)
	m.CacheLookup(metrics.CacheHit)
	m.Rendered(time.Millisecond)
	m.Digest("sent")
	m.MailSent("digest", time.Millisecond, nil)
	m.HubPing(nil)
	m.CacheSize(func() (int, int64) { return 0, 0 })
	m.WatchState(nil)
	w := httptest.NewRecorder()
	m.Handler().ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if w.Code != http.StatusNotFound {
		t.Errorf("nil registry handler: %d", w.Code)
	}
}
