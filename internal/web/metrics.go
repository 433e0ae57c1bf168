package web

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// metrics holds the counters /metrics exposes in the Prometheus text
// format. It is safe for concurrent use.
type metrics struct {
	requests    sync.Map // routeStatus -> *atomic.Uint64
	hits        atomic.Uint64
	misses      atomic.Uint64
	renderNanos atomic.Uint64
	renders     atomic.Uint64
	hubPings    atomic.Uint64
	hubErrors   atomic.Uint64
	cacheStats  func() (int, int64)
}

type routeStatus struct {
	route  string
	status int
}

func newMetrics() *metrics { return &metrics{} }

func (m *metrics) request(route string, status int) {
	k := routeStatus{route, status}
	c, ok := m.requests.Load(k)
	if !ok {
		c, _ = m.requests.LoadOrStore(k, new(atomic.Uint64))
	}
	c.(*atomic.Uint64).Add(1)
}

func (m *metrics) cacheLookup(hit bool) {
	if hit {
		m.hits.Add(1)
	} else {
		m.misses.Add(1)
	}
}

func (m *metrics) rendered(d time.Duration) {
	m.renderNanos.Add(uint64(d))
	m.renders.Add(1)
}

// write prints every metric in the Prometheus text exposition format.
func (m *metrics) write(w io.Writer) {
	var keys []routeStatus
	m.requests.Range(func(k, _ any) bool { keys = append(keys, k.(routeStatus)); return true })
	slices.SortFunc(keys, func(a, b routeStatus) int {
		if a.route != b.route {
			if a.route < b.route {
				return -1
			}
			return 1
		}
		return a.status - b.status
	})
	fmt.Fprintln(w, "# HELP bantin_http_requests_total HTTP requests by route and status.")
	fmt.Fprintln(w, "# TYPE bantin_http_requests_total counter")
	for _, k := range keys {
		c, _ := m.requests.Load(k)
		fmt.Fprintf(w, "bantin_http_requests_total{route=%q,status=\"%d\"} %d\n", k.route, k.status, c.(*atomic.Uint64).Load())
	}
	counter(w, "bantin_feed_cache_hits_total", "Feed and page cache hits.", m.hits.Load())
	counter(w, "bantin_feed_cache_misses_total", "Feed and page cache misses (renders or waits for one).", m.misses.Load())
	fmt.Fprintln(w, "# HELP bantin_feed_render_seconds Time spent rendering bodies on cache misses.")
	fmt.Fprintln(w, "# TYPE bantin_feed_render_seconds summary")
	fmt.Fprintf(w, "bantin_feed_render_seconds_sum %s\n", strconv.FormatFloat(float64(m.renderNanos.Load())/1e9, 'f', -1, 64))
	fmt.Fprintf(w, "bantin_feed_render_seconds_count %d\n", m.renders.Load())
	if m.cacheStats != nil {
		n, size := m.cacheStats()
		gauge(w, "bantin_feed_cache_entries", "Cached bodies.", int64(n))
		gauge(w, "bantin_feed_cache_bytes", "Bytes of cached bodies.", size)
	}
	counter(w, "bantin_websub_pings_total", "WebSub hub publish pings sent.", m.hubPings.Load())
	counter(w, "bantin_websub_errors_total", "WebSub hub pings that failed.", m.hubErrors.Load())
}

func counter(w io.Writer, name, help string, v uint64) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", name, help, name, name, v)
}

func gauge(w io.Writer, name, help string, v int64) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s gauge\n%s %d\n", name, help, name, name, v)
}
