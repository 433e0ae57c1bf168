// Package metrics owns bantin's Prometheus registry: every metric bantin
// exposes on /metrics is declared here, with small typed recording methods
// that the fetch pipeline, the digest service and the HTTP server call. It
// is the only package that imports prometheus/client_golang. The Go
// runtime and process collectors are registered too.
//
// Every method is safe for concurrent use and does nothing on a nil
// *Metrics, so parts built without metrics (tests, one-off commands) need
// no special case.
package metrics

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Fetch outcomes (label "outcome" of bantin_fetches_total).
const (
	FetchOK          = "ok"           // 2xx parsed and stored
	FetchNotModified = "not_modified" // 304
	FetchFailed      = "failed"       // HTTP, parse or store failure, recorded on the source
	FetchInterrupted = "interrupted"  // cancelled by a shutdown: released, not counted against the source
)

// Metrics is bantin's registry and its metrics. Build it with New.
type Metrics struct {
	reg *prometheus.Registry

	fetches      *prometheus.CounterVec
	fetchSeconds *prometheus.HistogramVec
	passes       prometheus.Counter
	articles     *prometheus.CounterVec
	claims       *prometheus.CounterVec
	releases     *prometheus.CounterVec
	requests     *prometheus.CounterVec
	reqSeconds   *prometheus.HistogramVec
	cache        *prometheus.CounterVec
	render       prometheus.Histogram
	digests      *prometheus.CounterVec
	smtpSeconds  *prometheus.HistogramVec
	websub       *prometheus.CounterVec
}

// New returns a registry with bantin's metrics, the Go runtime and process
// collectors, and bantin_build_info{version} set to 1.
func New(version string) *Metrics {
	reg := prometheus.NewRegistry()
	f := factory{reg}
	m := &Metrics{
		reg: reg,
		fetches: f.counter("bantin_fetches_total",
			"Fetches of upstream sources by outcome (ok, not_modified, failed, interrupted).", "outcome"),
		fetchSeconds: f.histogram("bantin_fetch_duration_seconds",
			"Time from the start of a source's fetch to its stored result, by outcome.",
			[]float64{.05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60}, "outcome"),
		passes: prometheus.NewCounter(prometheus.CounterOpts{Name: "bantin_fetch_passes_total",
			Help: "Fetch passes that claimed at least one source."}),
		articles: f.counter("bantin_articles_stored_total",
			"Articles written by fetches: change=new for new articles, updated for changed ones.", "change"),
		claims: f.counter("bantin_lease_claims_total",
			"Rows leased by this process: kind=source (fetches) or digest (digest rows).", "kind"),
		releases: f.counter("bantin_lease_releases_total",
			"Leases given back unused (shutdown, cancelled pass), by kind.", "kind"),
		requests: f.counter("bantin_http_requests_total",
			"HTTP requests by route and status.", "route", "status"),
		reqSeconds: f.histogram("bantin_http_request_duration_seconds",
			"HTTP request latency by route.", []float64{.001, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5}, "route"),
		cache: f.counter("bantin_cache_lookups_total",
			"Feed and page cache lookups: result=hit, miss (rendered or waited for a render), "+
				"stale (served from cache while the database is unreachable).", "result"),
		render: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "bantin_render_duration_seconds",
			Help: "Time spent rendering feed and page bodies on cache misses.", Buckets: prometheus.DefBuckets}),
		digests: f.counter("bantin_digests_total",
			"Digest rows handled by outcome (sent, retry, failed, empty, released).", "outcome"),
		smtpSeconds: f.histogram("bantin_mail_send_duration_seconds",
			"Time to hand one message to the SMTP server or the outbox, by kind (digest, confirmation) and result (ok, error).",
			[]float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}, "kind", "result"),
		websub: f.counter("bantin_websub_pings_total", "WebSub hub publish pings by result (ok, error).", "result"),
	}
	reg.MustRegister(m.passes, m.render,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	info := prometheus.NewGauge(prometheus.GaugeOpts{Name: "bantin_build_info",
		Help: "Always 1; the label names the running version.", ConstLabels: prometheus.Labels{"version": version}})
	info.Set(1)
	reg.MustRegister(info)
	return m
}

// factory registers vectors as it builds them.
type factory struct{ reg *prometheus.Registry }

func (f factory) counter(name, help string, labels ...string) *prometheus.CounterVec {
	c := prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help}, labels)
	f.reg.MustRegister(c)
	return c
}

func (f factory) histogram(name, help string, buckets []float64, labels ...string) *prometheus.HistogramVec {
	h := prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: name, Help: help, Buckets: buckets}, labels)
	f.reg.MustRegister(h)
	return h
}

// Handler serves the registry in the Prometheus text (or OpenMetrics)
// format. Collection errors are reported in the response, not hidden.
func (m *Metrics) Handler() http.Handler {
	if m == nil {
		return http.NotFoundHandler()
	}
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
}

// Fetched records one source's fetch: its outcome (FetchOK, …) and how
// long it took.
func (m *Metrics) Fetched(outcome string, d time.Duration) {
	if m == nil {
		return
	}
	m.fetches.WithLabelValues(outcome).Inc()
	m.fetchSeconds.WithLabelValues(outcome).Observe(d.Seconds())
}

// FetchPass counts a fetch pass that claimed sources.
func (m *Metrics) FetchPass() {
	if m != nil {
		m.passes.Inc()
	}
}

// ArticlesStored counts articles a fetch wrote.
func (m *Metrics) ArticlesStored(added, updated int) {
	if m == nil {
		return
	}
	m.articles.WithLabelValues("new").Add(float64(added))
	m.articles.WithLabelValues("updated").Add(float64(updated))
}

// Claimed counts n rows leased; kind is "source" or "digest".
func (m *Metrics) Claimed(kind string, n int) {
	if m != nil && n > 0 {
		m.claims.WithLabelValues(kind).Add(float64(n))
	}
}

// Released counts n leases given back unused; kind is "source" or "digest".
func (m *Metrics) Released(kind string, n int) {
	if m != nil && n > 0 {
		m.releases.WithLabelValues(kind).Add(float64(n))
	}
}

// Request records one HTTP request: its route name, status and latency.
func (m *Metrics) Request(route string, status int, d time.Duration) {
	if m == nil {
		return
	}
	m.requests.WithLabelValues(route, strconv.Itoa(status)).Inc()
	m.reqSeconds.WithLabelValues(route).Observe(d.Seconds())
}

// Cache results (label "result" of bantin_cache_lookups_total).
const (
	CacheHit   = "hit"
	CacheMiss  = "miss"
	CacheStale = "stale"
)

// CacheLookup counts one feed or page cache lookup by result.
func (m *Metrics) CacheLookup(result string) {
	if m != nil {
		m.cache.WithLabelValues(result).Inc()
	}
}

// Rendered records the time one body took to render.
func (m *Metrics) Rendered(d time.Duration) {
	if m != nil {
		m.render.Observe(d.Seconds())
	}
}

// Digest counts one digest row's outcome (a model.Digest* status or
// "released").
func (m *Metrics) Digest(outcome string) {
	if m != nil {
		m.digests.WithLabelValues(outcome).Inc()
	}
}

// MailSent records one hand-over of a message to the SMTP server or the
// outbox: kind is "digest" or "confirmation"; err is its result.
func (m *Metrics) MailSent(kind string, d time.Duration, err error) {
	if m == nil {
		return
	}
	result := "ok"
	if err != nil {
		result = "error"
	}
	m.smtpSeconds.WithLabelValues(kind, result).Observe(d.Seconds())
}

// HubPing counts one WebSub publish ping.
func (m *Metrics) HubPing(err error) {
	if m == nil {
		return
	}
	if err != nil {
		m.websub.WithLabelValues("error").Inc()
	} else {
		m.websub.WithLabelValues("ok").Inc()
	}
}

// CacheSize exposes the feed and page cache's size, read at each scrape by
// fn: bantin_cache_entries and bantin_cache_bytes.
func (m *Metrics) CacheSize(fn func() (entries int, bytes int64)) {
	if m == nil {
		return
	}
	m.reg.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "bantin_cache_entries", Help: "Cached feed and page bodies."},
			func() float64 { n, _ := fn(); return float64(n) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "bantin_cache_bytes", Help: "Bytes of cached feed and page bodies."},
			func() float64 { _, b := fn(); return float64(b) }))
}

// State is what the database (and the outbox folder) hold, read at each
// scrape: the same numbers on every replica.
type State struct {
	Sources        map[string]int // by state: new, ok, failing, retired
	SourcesDue     int            // active sources due now: the fetch queue
	DigestsPending map[string]int // digest rows waiting, by status: pending, retry
	Outbox         int            // .eml files in the outbox folder; negative when mail goes to SMTP
}

// WatchState reads the state with read at each scrape, with a two-second
// limit: bantin_sources{state}, bantin_sources_due,
// bantin_digests_pending{status}, bantin_outbox_messages, and
// bantin_database_up (0 when read failed: the other state metrics are then
// left out of that scrape).
func (m *Metrics) WatchState(read func(ctx context.Context) (State, error)) {
	if m != nil {
		m.reg.MustRegister(&stateCollector{read: read})
	}
}
