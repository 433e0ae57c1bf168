package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"bantin/internal/model"
	"bantin/internal/urlpolicy"
)

// Defaults for Options fields left zero.
const (
	DefaultUserAgent    = "bantin/1.0 (+https://github.com/bantin/bantin; feed reader)"
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBodyBytes = 10 << 20
	DefaultPerHost      = 2
	maxRedirects        = 10
	// MaxSourceURLBytes is the longest URL a source may have: the longest
	// `sources add` and OPML import accept, and the longest a permanent
	// redirect may move a source to (longer ones are followed, not kept).
	// PostgreSQL cannot index a URL much longer (about 2.7 kB).
	MaxSourceURLBytes = 2048
)

// Options configure a Fetcher. Zero values take the defaults above.
type Options struct {
	UserAgent    string
	Timeout      time.Duration // whole request, body included; connect and header timeouts derive from it
	MaxBodyBytes int64         // cap on the body after decompression
	PerHost      int           // concurrent requests per host
	AllowPrivate bool          // allow loopback/private/link-local upstreams (tests, BANTIN_ALLOW_PRIVATE_SOURCES)
	Logger       *slog.Logger
	Now          func() time.Time // clock for Retry-After dates; time.Now when nil
}

// Response is what one fetch produced. Exactly one of NotModified, Gone or a
// 2xx Body describes a successful fetch; for 429/503 and other error statuses
// Fetch returns a Response (Status, RetryAfter) together with a *StatusError.
type Response struct {
	Status       int
	Body         []byte // decompressed, at most MaxBodyBytes
	ContentType  string
	ETag         string
	LastModified string
	MovedTo      string        // where the leading chain of permanent redirects (301/308) ends; "" otherwise
	URL          string        // the URL the response came from, after any redirects, in urlpolicy's spelling (no user info); "" when it fails the policy
	RetryAfter   time.Duration // from Retry-After on 429/503; zero when absent
	NotModified  bool          // 304
	Gone         bool          // 410: the source should be retired
}

// Fetcher performs conditional GETs against upstream feeds. It is safe for
// concurrent use; at most Options.PerHost requests run per host at a time.
type Fetcher struct {
	opts   Options
	client *http.Client
	log    *slog.Logger

	mu    sync.Mutex
	hosts map[string]chan struct{}
}

// NewFetcher returns a Fetcher with opts, defaults applied.
func NewFetcher(opts Options) *Fetcher {
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.PerHost <= 0 {
		opts.PerHost = DefaultPerHost
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Fetcher{
		opts:   opts,
		client: &http.Client{Transport: newTransport(opts)},
		log:    opts.Logger,
		hosts:  make(map[string]chan struct{}),
	}
}

func newTransport(opts Options) *http.Transport {
	connect := min(opts.Timeout, 10*time.Second)
	d := &net.Dialer{Timeout: connect, KeepAlive: 30 * time.Second}
	if !opts.AllowPrivate {
		d.Control = refusePrivate
	}
	return &http.Transport{
		Proxy:                  nil, // a proxy would defeat the dial-time address check
		DialContext:            d.DialContext,
		TLSHandshakeTimeout:    connect,
		ResponseHeaderTimeout:  opts.Timeout,
		DisableCompression:     true, // gzip is handled here so the cap applies after inflating
		MaxIdleConnsPerHost:    opts.PerHost,
		IdleConnTimeout:        90 * time.Second,
		ForceAttemptHTTP2:      true,
		MaxResponseHeaderBytes: maxHeaderBytes,
	}
}

// Caps on what an upstream's response headers may cost: their whole size
// (Go's default is 10 MiB, read for every fetch of every worker, outside
// the body cap and the parse budget), and the validators kept to send back
// (a longer ETag or Last-Modified is dropped: the next fetch is then
// unconditional, never wrong).
const (
	maxHeaderBytes    = 64 << 10
	maxETagBytes      = 1024
	maxLastModifBytes = 64
)

// validator returns v when it is at most max bytes, else "".
func validator(v string, max int) string {
	if len(v) > max {
		return ""
	}
	return v
}

// Fetch GETs src.URL with If-None-Match/If-Modified-Since from src.ETag and
// src.LastModified. It returns:
//   - 2xx: Response with Body, validators, URL (where redirects ended) and MovedTo (permanent redirects), nil error;
//   - 304: Response{NotModified: true}, nil; 410: Response{Gone: true}, nil;
//   - other statuses: Response{Status, RetryAfter} and a *StatusError;
//   - a body over MaxBodyBytes after decompression: a *TooLargeError, no Body;
//   - a timeout: a *TimeoutError; a refused private address: an error wrapping ErrPrivateAddress;
//   - other transport errors: the error, wrapped with the URL.
func (f *Fetcher) Fetch(ctx context.Context, src model.Source) (Response, error) {
	u, err := url.Parse(src.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Response{}, fmt.Errorf("fetch %q: not an http(s) URL", src.URL)
	}
	release, err := f.acquire(ctx, strings.ToLower(u.Hostname()))
	if err != nil {
		return Response{}, err
	}
	defer release()

	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	start := time.Now()
	resp, err := f.do(ctx, src)
	if err != nil {
		err = f.classify(ctx, err)
	}
	f.log.Debug("fetched", "source_id", src.ID, "url", src.URL, "status", resp.Status, "bytes", len(resp.Body),
		"duration_ms", time.Since(start).Milliseconds(), "error", errString(err))
	return resp, err
}

// do performs the request and reads the response within ctx.
func (f *Fetcher) do(ctx context.Context, src model.Source) (Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src.URL, nil)
	if err != nil {
		return Response{}, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
	req.Header.Set("Accept-Encoding", "gzip")
	if src.ETag != "" {
		req.Header.Set("If-None-Match", src.ETag)
	}
	if src.LastModified != "" {
		req.Header.Set("If-Modified-Since", src.LastModified)
	}
	client, moved := f.clientFor()
	hr, err := client.Do(req)
	if err != nil {
		return Response{}, err
	}
	defer hr.Body.Close()
	resp := Response{
		Status:       hr.StatusCode,
		ContentType:  hr.Header.Get("Content-Type"),
		ETag:         validator(hr.Header.Get("ETag"), maxETagBytes),
		LastModified: validator(hr.Header.Get("Last-Modified"), maxLastModifBytes),
	}
	resp.MovedTo = *moved
	resp.URL, _ = urlpolicy.Clean(hr.Request.URL.String())
	return f.finish(resp, hr)
}

// finish maps the status to the Response contract and reads a 2xx body.
func (f *Fetcher) finish(resp Response, hr *http.Response) (Response, error) {
	switch code := hr.StatusCode; {
	case code == http.StatusNotModified:
		resp.NotModified = true
		return resp, nil
	case code == http.StatusGone:
		resp.Gone = true
		return resp, nil
	case code >= 200 && code < 300:
		body, err := readBody(hr, f.opts.MaxBodyBytes)
		if err != nil {
			return Response{Status: resp.Status}, err
		}
		resp.Body = body
		return resp, nil
	default:
		if code == http.StatusTooManyRequests || code == http.StatusServiceUnavailable {
			resp.RetryAfter = parseRetryAfter(hr.Header.Get("Retry-After"), f.opts.Now())
		}
		wall := botWall(hr) // reads the page, letting the connection be reused
		return resp, &StatusError{Code: code, Status: statusLine(hr.Status), RetryAfter: resp.RetryAfter, BotWall: wall}
	}
}

// clientFor returns a client sharing the transport whose redirect policy
// records the URL reached by the leading run of permanent (301/308) hops:
// A →301→ B →302→ C moves the source to B, A →302→ B moves nothing. A hop
// to a URL longer than MaxSourceURLBytes ends the run like a temporary one:
// A →301→ B →301→ (too long) moves the source to B.
func (f *Fetcher) clientFor() (*http.Client, *string) {
	moved := new(string)
	permanent := true
	c := *f.client
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return &redirectError{fmt.Sprintf("stopped after %d redirects", maxRedirects), model.KindRedirectLoop}
		}
		if sch := req.URL.Scheme; sch != "http" && sch != "https" {
			// Named by its scheme only: the target may carry credentials,
			// and the last error is shown on the public /sources page.
			return &redirectError{fmt.Sprintf("redirected to a non-http(s) URL (%s:); only http and https feeds are read", sch),
				model.KindRedirectScheme}
		}
		code := req.Response.StatusCode
		permanent = permanent && (code == http.StatusMovedPermanently || code == http.StatusPermanentRedirect)
		if to := req.URL.String(); permanent && len(to) <= MaxSourceURLBytes {
			*moved = to
		} else {
			permanent = false
		}
		return nil
	}
	return &c, moved
}

// acquire takes one of the host's PerHost slots, waiting for ctx.
func (f *Fetcher) acquire(ctx context.Context, host string) (func(), error) {
	f.mu.Lock()
	sem, ok := f.hosts[host]
	if !ok {
		sem = make(chan struct{}, f.opts.PerHost)
		f.hosts[host] = sem
	}
	f.mu.Unlock()
	select {
	case sem <- struct{}{}:
		return func() { <-sem }, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("waiting for a slot on %s: %w", host, ctx.Err())
	}
}

// classify turns timeouts into *TimeoutError and leaves other errors wrapped.
func (f *Fetcher) classify(ctx context.Context, err error) error {
	var te *TooLargeError
	var se *StatusError
	if errors.As(err, &te) || errors.As(err, &se) {
		return err
	}
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) ||
		(errors.As(err, &ne) && ne.Timeout()) {
		return &TimeoutError{After: f.opts.Timeout, Err: err}
	}
	return err
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// Timeout returns the whole-request timeout the Fetcher applies.
func (f *Fetcher) Timeout() time.Duration { return f.opts.Timeout }
