package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"bantin/internal/pipeline"
	"bantin/internal/schedule"
	"bantin/internal/store"
)

func runServe(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("[--demo] [flags]")
	demo := fs.Bool("demo", false, "offline demo: a scratch database, sample feeds served by this process, a sample subscriber's digest in the outbox")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("serve takes no arguments, got %q", fs.Args())
	}
	if *demo {
		return runDemo(ctx, env)
	}
	m, err := env.openFor(ctx, store.ForServer)
	if err != nil {
		return err
	}
	defer m.Close()
	if err := m.checkWritable(ctx, "serve"); err != nil {
		return err
	}
	if err := m.prepareMail(); err != nil {
		return err
	}
	if n, err := m.seedDefaultSources(ctx); err != nil {
		return err
	} else if n > 0 {
		m.Log.Info("added default sources", "count", n)
	}
	return m.listenAndServe(ctx)
}

// listenAndServe listens on the configured address and serves until ctx
// is done.
func (m *Main) listenAndServe(ctx context.Context) error {
	ln, err := listen(m.Config.Listen)
	if err != nil {
		return err
	}
	return m.Serve(ctx, ln)
}

// listen listens on addr, the configured listen address; its error says
// which setting to change.
func listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w (set BANTIN_LISTEN or --listen)", addr, err)
	}
	return ln, nil
}

// Serve runs the HTTP server on ln, the fetch loop and the digest loop
// until ctx is done (or the listener fails), then shuts down within
// BANTIN_SHUTDOWN_GRACE: /readyz turns 503 at once, the listener closes,
// requests in flight finish, the loops claim nothing more while their
// fetches, the current digest batch, the form's confirmation mails and the
// WebSub pings finish; what is still running when the grace ends is
// cancelled (interrupted fetches are released, not counted as failures).
// Last, every lease this process still holds is released, so that other
// replicas take its work at once. It returns the listener's error, if that
// is what stopped it.
func (m *Main) Serve(ctx context.Context, ln net.Listener) error {
	srv := m.httpServer()
	fetchTick, digestTick := m.Config.LoopTicks()
	m.logStart(ctx, ln.Addr().String(), fetchTick)
	if err := m.recoverLeases(ctx, io.Discard, waitNone); err != nil { // a killed process's leases: logged
		m.Log.Warn("could not check for leases of dead processes; they expire by themselves", "error", err)
	}
	loops, stopLoops := context.WithCancel(ctx)
	defer stopLoops()
	var wg sync.WaitGroup
	wg.Go(func() {
		schedule.Run(loops, m.Log,
			schedule.Job{Name: "fetch", Every: fetchTick, Run: func(ctx context.Context) error {
				_, err := m.Pipeline.RunOnce(ctx, pipeline.RunOptions{})
				return err
			}},
			schedule.Job{Name: "digest", Every: digestTick, Run: m.Digester.Tick})
	})
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	var err error
	select {
	case err = <-errc:
		m.Log.Error("listener failed", "error", err)
	case <-ctx.Done():
	}
	begin := time.Now()
	grace := m.Config.ShutdownGrace
	m.Log.Info("shutting down", "grace", grace.String(), "cause", context.Cause(loops))
	m.Server.Drain()
	stopLoops()
	shut, done := context.WithTimeout(context.Background(), grace)
	defer done()
	var httpDone sync.WaitGroup
	httpDone.Go(func() {
		if err := srv.Shutdown(shut); err != nil {
			m.Log.Warn("requests still running at the end of the grace period were cut", "error", err)
			srv.Close()
		}
	})
	wg.Wait()
	httpDone.Wait()
	defer context.AfterFunc(shut, m.Server.Stop)()
	m.Server.Wait() // confirmation mails and WebSub pings, cut at the end of the grace
	m.releaseOwnLeases(begin)
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// releaseOwnLeases gives back, within 5s, every lease on sources and
// digest rows this process still holds, and logs the stop with the time
// since begin. A failure is logged only: the leases expire by themselves.
func (m *Main) releaseOwnLeases(begin time.Time) {
	ctx, done := context.WithTimeout(context.Background(), 5*time.Second)
	defer done()
	srcs, digests, err := m.Store.ReleaseLeases(ctx, m.Owner, m.Digester.Owner)
	if err != nil {
		m.Log.Warn("releasing leases failed; they expire by themselves", "error", err)
	}
	m.Log.Info("stopped", "took", time.Since(begin).Round(time.Millisecond).String(),
		"released_sources", srcs, "released_digests", digests)
}

// logStart writes the start-up line: what runs, on what, how often.
func (m *Main) logStart(ctx context.Context, addr string, fetchTick time.Duration) {
	cfg := &m.Config
	attrs := []any{"version", Version(), "listen", addr, "base_url", cfg.BaseURL,
		"database", redactDatabase(cfg.DatabaseURL), "fetch_interval", cfg.FetchInterval.String(), "fetch_tick", fetchTick.String(),
		"fetch_timeout", cfg.FetchTimeout.String(), "lease", m.Pipeline.Lease().String(), "digest_schedule", cfg.DigestSchedule,
		"timezone", cfg.TimeZone, "mail", mailTarget(cfg.SMTPURL, cfg.Outbox), "shutdown_grace", cfg.ShutdownGrace.String(),
		"owner", m.Owner}
	active := -1 // unknown
	if stats, _, err := m.Store.SourceStats(ctx, time.Now()); err == nil {
		active = 0
		for state, k := range stats {
			if state != "retired" {
				active += k
			}
		}
		attrs = append(attrs, "sources", active)
	}
	m.Log.Info("bantin started", attrs...)
	if active == 0 {
		m.Log.Warn("no active source: pages and feeds stay empty until one is added with 'bantin sources add URL'")
	}
	if !m.mail.links.SecureBase() {
		m.Log.Warn("BANTIN_BASE_URL is http: List-Unsubscribe links use https on the same host, so serve it over https for one-click unsubscribe to work",
			"base_url", cfg.BaseURL)
	}
}

// redactDatabase names the database without credentials:
// "postgres://host:5432/bantin" or "sqlite:PATH", PATH absolute (the
// operator sees which file a relative setting means).
func redactDatabase(dbURL string) string {
	if path, ok := store.SQLitePath(dbURL); ok {
		if strings.HasPrefix(path, ":") || strings.HasPrefix(path, "file:") { // :memory:, a URI
			return dbURL
		}
		return "sqlite:" + absPath(path)
	}
	u, err := url.Parse(dbURL)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Scheme + "://" + u.Host + u.Path
}

// mailTarget names where mail goes without credentials: "outbox DIR"
// (absolute) or the SMTP server.
func mailTarget(smtpURL, outbox string) string {
	if smtpURL == "" {
		return "outbox " + absPath(outbox)
	}
	u, err := url.Parse(smtpURL)
	if err != nil {
		return "smtp (unparsable URL)"
	}
	return u.Scheme + "://" + u.Host
}

// absPath is path made absolute, or path itself when it cannot be.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// httpServer is the server Serve runs: a request must arrive whole within
// BANTIN_READ_TIMEOUT (slow-drip bodies are cut) and its answer be taken
// within BANTIN_WRITE_TIMEOUT (a client that stops reading does not hold a
// connection and its goroutine for good).
func (m *Main) httpServer() *http.Server {
	return &http.Server{Handler: m.Server.Handler(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute,
		ReadTimeout: m.Config.ReadTimeout, WriteTimeout: m.Config.WriteTimeout,
		ErrorLog: slog.NewLogLogger(m.Log.Handler(), slog.LevelWarn)}
}
