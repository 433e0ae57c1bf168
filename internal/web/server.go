// Package web is bantin's HTTP face: the filtered feeds (RSS 2.0, Atom 1.0,
// JSON Feed 1.1) with their readable aliases, OPML, the HTML pages, health,
// readiness and metrics (DESIGN §5).
//
// # Routes
//
// Routes are registered by (*Server).routes in separate groups, one method
// each: feedRoutes, pageRoutes, opsRoutes. To add a group (for instance the
// subscription pages, in files subscribe*.go), write a method
//
//	func (s *Server) subscribeRoutes(mux router)
//
// registering Go 1.22 ServeMux patterns ("GET /subscribe", "POST
// /subscribe"), and call it from routes. Handlers return errors through
// s.handle(route, fn): fn returns an error and handle translates it once
// (model.ErrNotFound → 404, model.ErrInvalid → 400, model.ErrUnavailable →
// 503 with Retry-After, *httpError as given, anything else 500 logged with
// the request id) and records the request's status and latency in /metrics
// under route. Pages are html/template files in templates/pages, parsed
// once in New into s.pages (s.pages.ExecuteTemplate). A cacheable GET page
// goes through s.serveCached(w, r, key, render), which adds ETag,
// Last-Modified, 304, gzip and HEAD (see homePage); responses that depend
// on the visitor (forms, signed links) must not.
//
// # Caching
//
// Every feed, page and OPML body is cached per (canonical query, format)
// with a strong ETag, Last-Modified and a lazily built gzip body, and is
// valid for one content version (store.ContentVersion). The version is read
// from the database at most once per Config.VersionTTL, so replicas see each
// other's ingests within that time; an ingest in this process calls
// Invalidate to be seen at once. After an ingest, NotifyHub pings the WebSub
// hub for the feeds the new articles appear in.
//
// # Degrade, don't fail
//
// While the database is unreachable, a cached body is served even if its
// version cannot be checked, marked stale (Cache-Status, a short max-age);
// a body not cached is a 503 with Retry-After. One request every 2 s probes
// the database; the first that succeeds ends the outage for all.
package web

import (
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/netip"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"bantin/internal/metrics"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/tagwhy"
	"bantin/internal/urlpolicy"
	"bantin/templates"
)

// Config is what the HTTP server needs to know. Only BaseURL is required.
type Config struct {
	BaseURL      string        // public URL, e.g. https://bantin.example; used in feeds and links
	HubURL       string        // WebSub hub to advertise and ping; empty disables WebSub
	CacheBytes   int64         // cap on cached bodies; 0 means 64 MiB, negative disables caching
	ItemCache    int64         // bytes of feed items kept by article id; 0 means 64 MiB, negative disables
	VersionTTL   time.Duration // how long a read content version is trusted; 0 means 1s
	Templates    fs.FS         // holds pages/*.html; nil means the embedded templates.FS
	HTTPClient   *http.Client  // for WebSub pings; nil means a client with a 10s timeout
	Now          func() time.Time
	TimeZone     *time.Location // for dates on pages; nil means Asia/Ho_Chi_Minh (UTC if missing)
	PageArticles int            // articles listed on a topic or province page; 0 means 30
	// Subscriptions enables the digest subscription pages; nil leaves them out.
	Subscriptions *Subscriptions
	// Metrics records requests, cache lookups and renders, and is served on
	// /metrics; nil means a registry of the server's own.
	Metrics *metrics.Metrics
	// MetricsToken, when set, lets a client that is not on loopback read
	// /metrics with "Authorization: Bearer MetricsToken"; loopback clients
	// (not relayed by a proxy) need none.
	MetricsToken string
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names
	// the client (rate limits, logs); empty trusts none. See clientAddr.
	TrustedProxies []netip.Prefix
	// RetryAfter is what 503 answers ask clients to wait while the
	// database is unreachable; 0 means 10s.
	RetryAfter time.Duration
	// Redactor removes credentials from the source URLs feeds show; nil
	// means urlpolicy.DefaultSecretParams.
	Redactor *urlpolicy.Redactor
}

// Server serves bantin's HTTP API. Create it with New; it is safe for
// concurrent use.
type Server struct {
	cfg     Config
	base    *url.URL
	prefix  string // the base URL's path, "" or "/tin": see prefix.go
	st      *store.Store
	cat     *model.Catalog
	names   tagwhy.Names // the catalog's names, for tags' reasons
	log     *slog.Logger
	pages   *template.Template
	cache   *cache
	items   *itemCache
	renders chan struct{} // render slots, see cached
	ver     *versioner
	metrics *metrics.Metrics
	gz      *gzipPool
	opml    *entry
	hdr     headers
	assets  assets // static files, see static.go
	health  healthMemo
	tops    *topCache // the week's top stories per content version, see fillStories
	sec     securityHeaders
	redact  *urlpolicy.Redactor

	topicScheme, provinceScheme string // category schemes, built once
	handler                     http.Handler
	pings                       sync.WaitGroup // WebSub pings in flight, see Changed
	bg                          background     // their lifetime, and the subscription form's mails: see Stop
	draining                    atomic.Bool    // set by Drain: /readyz answers 503
}

// New checks cfg, parses the page templates and returns a Server reading
// from st. It returns an error naming the problem when BaseURL is not an
// absolute http(s) URL or a template does not parse.
func New(cfg Config, st *store.Store, cat *model.Catalog, log *slog.Logger) (*Server, error) {
	prefix, err := urlpolicy.BasePath(cfg.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("web: base URL %w", err)
	}
	base, _ := url.Parse(strings.TrimRight(cfg.BaseURL, "/")) // checked by BasePath
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg = withDefaults(cfg)
	s := &Server{cfg: cfg, base: base, prefix: prefix, st: st, cat: cat, log: log,
		cache: newCache(cfg.CacheBytes), tops: newTopCache(), items: newItemCache(cfg.ItemCache), renders: make(chan struct{}, 2*runtime.GOMAXPROCS(0)), metrics: cfg.Metrics, gz: newGzipPool(), hdr: newHeaders(), redact: cfg.Redactor, bg: newBackground()}
	s.topicScheme, s.provinceScheme = s.absURL("/topics/"), s.absURL("/provinces/")
	s.names = s.whyNames()
	s.metrics.CacheSize(s.cache.stats)
	s.ver = &versioner{ttl: cfg.VersionTTL, now: cfg.Now, read: st.ContentVersion, retry: versionRetry}
	if s.assets, err = loadAssets(cfg.Templates); err != nil {
		return nil, err
	}
	tfs, err := fs.Sub(cfg.Templates, "pages")
	if err != nil {
		return nil, fmt.Errorf("web: templates: %w", err)
	}
	if s.pages, err = parsePages(tfs, s.assets, s.base.String(), s.prefix); err != nil {
		return nil, err
	}
	if s.sec, err = newSecurityHeaders(tfs); err != nil {
		return nil, err
	}
	if s.opml, err = s.buildOPML(); err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	s.routes(router{mux: mux, prefix: prefix})
	s.handler = s.withSecurityHeaders(s.withRequestID(mux))
	return s, nil
}

func withDefaults(cfg Config) Config {
	if cfg.CacheBytes == 0 {
		cfg.CacheBytes = 64 << 20
	}
	if cfg.ItemCache == 0 {
		cfg.ItemCache = 64 << 20
	}
	if cfg.VersionTTL <= 0 {
		cfg.VersionTTL = time.Second
	}
	if cfg.Templates == nil {
		cfg.Templates = templates.FS
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 10 * time.Second}
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.TimeZone == nil {
		cfg.TimeZone = time.UTC
		if loc, err := time.LoadLocation("Asia/Ho_Chi_Minh"); err == nil {
			cfg.TimeZone = loc
		}
	}
	if cfg.PageArticles <= 0 {
		cfg.PageArticles = 30
	}
	if cfg.Metrics == nil {
		cfg.Metrics = metrics.New("")
	}
	if cfg.RetryAfter <= 0 {
		cfg.RetryAfter = 10 * time.Second
	}
	if cfg.Redactor == nil {
		cfg.Redactor = urlpolicy.NewRedactor(urlpolicy.DefaultSecretParams)
	}
	return cfg
}

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.handler }

// routes registers every route group under the base URL's path. Add new
// groups here.
func (s *Server) routes(mux router) {
	mux.prefixRedirects()
	s.feedRoutes(mux)
	s.pageRoutes(mux)
	s.opsRoutes(mux)
	s.subscribeRoutes(mux)
	s.staticRoutes(mux)
	s.embedRoutes(mux)
	s.robotsRoutes(mux)
	s.notFoundRoute(mux)
}

// Wait blocks until the background work the server started is done: the
// WebSub pings of Changed and the confirmation emails of the subscription
// form (for shutdown and tests). Stop makes it return soon.
func (s *Server) Wait() {
	s.pings.Wait()
	if s.cfg.Subscriptions != nil {
		s.cfg.Subscriptions.Wait()
	}
}

// Invalidate makes the next request re-read the content version, so that
// an ingest in this process is visible at once. Call it after SaveFetch
// wrote articles; other replicas notice within Config.VersionTTL.
func (s *Server) Invalidate() { s.ver.expire() }

// absURL returns the public URL of path (which starts with "/"): under the
// base URL's path, as s.path.
func (s *Server) absURL(path string) string { return s.base.String() + path }
