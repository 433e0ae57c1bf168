// Package app wires bantin together and implements its command line. Open
// builds one Main — configuration, store, fetch pipeline, digest service
// and HTTP server — and every command uses it. It is the only package that
// imports internal/web, internal/pipeline, internal/digest and
// internal/schedule.
package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	stdlog "log"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"time"

	"bantin/internal/config"
	"bantin/internal/digest"
	"bantin/internal/ingest"
	"bantin/internal/metrics"
	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store"
	"bantin/internal/urlpolicy"
	"bantin/internal/web"
)

// Main is one running bantin: the parts every command shares, built once.
type Main struct {
	Config   config.Config
	Log      *slog.Logger
	Store    *store.Store
	Catalog  *model.Catalog
	Pipeline *pipeline.Pipeline
	Digester *digest.Digester
	Server   *web.Server
	Metrics  *metrics.Metrics
	// Owner names this process in leases (host/pid/start); the fetch
	// pipeline holds source leases as Owner and the digest service digest
	// rows as Owner+"/digest".
	Owner string

	mail   *mailParts
	unhold func() // ends holdMemory for a one-shot command; nil otherwise
}

// Open validates cfg, opens the database for use (store.ForServer for a
// process that serves, store.ForJob for a one-shot command, whose Go memory
// it then holds near cfg.JobMemoryBytes until Close: see holdMemory),
// migrates it and builds bantin on it (see New). It returns an error that
// says what to fix: a usage error (exit status 2) naming the variable for
// an invalid configuration.
func Open(ctx context.Context, cfg config.Config, log *slog.Logger, use store.Use) (*Main, error) {
	if err := cfg.Validate(); err != nil {
		return nil, usageError("invalid configuration:\n%v", err)
	}
	st, err := store.OpenFor(ctx, cfg.DatabaseURL, log, use)
	if err != nil {
		return nil, fmt.Errorf("%w\n(check BANTIN_DATABASE_URL / --database-url)", err)
	}
	applied, err := st.Migrate(ctx)
	if err != nil {
		st.Close()
		return nil, err
	}
	for _, id := range applied {
		log.Info("applied migration", "id", id)
	}
	if err := freezeItemIDs(ctx, cfg, st, log); err != nil {
		st.Close()
		return nil, err
	}
	if err := repairStored(ctx, st, log); err != nil {
		st.Close()
		return nil, err
	}
	m, err := New(ctx, cfg, st, log)
	if err != nil {
		st.Close()
		return nil, err
	}
	if use == store.ForJob {
		// The runtime reads GOMEMLIMIT from the process's environment.
		m.unhold = holdMemory(cfg.JobMemoryBytes, os.Getenv("GOMEMLIMIT"))
	}
	return m, nil
}

// repairStored fills in what older releases left out of stored rows: the
// outlets of articles stored before migration 0007, and the link rows of
// articles an older binary stored after migration 0011 (a replica not yet
// upgraded, or a rollback). Each only reads when there is nothing to do.
// Such rows keep arriving while an older binary writes, so a database that
// refuses to link them (a standby of its primary) is no error: a warning,
// and the writer's start-up or fetch pass links them.
func repairStored(ctx context.Context, st *store.Store, log *slog.Logger) error {
	n, err := st.BackfillOutlets(ctx, ingest.Outlet)
	if err != nil {
		return err
	}
	if n > 0 {
		log.Info("outlets of stored articles filled in", "articles", n)
	}
	n, err = st.LinkUnlinked(ctx, ingest.CanonicalURL, 0)
	if errors.Is(err, model.ErrReadOnly) {
		log.Warn("rows an older bantin stored are not linked to their articles: the database is read-only", "error", err)
		return nil
	}
	if err != nil {
		return err
	}
	if n > 0 {
		log.Info("linked rows an older bantin stored", "articles", n)
	}
	return nil
}

// freezeItemIDs stores, once per database, the ids already published for
// articles stored before ids were derived from article keys, under the
// public host they were published with, so that a later change of
// BANTIN_BASE_URL does not change them.
func freezeItemIDs(ctx context.Context, cfg config.Config, st *store.Store, log *slog.Logger) error {
	base, err := url.Parse(cfg.BaseURL) // checked by Validate
	if err != nil {
		return fmt.Errorf("BANTIN_BASE_URL: %w", err)
	}
	n, err := st.FreezeLegacyItemIDs(ctx, web.LegacyItemIDPrefix(base))
	if err != nil {
		return err
	}
	if n > 0 {
		log.Info("kept the published ids of older articles", "articles", n, "host", base.Hostname())
	}
	return nil
}

// New builds bantin on an open, migrated store: the classifier, the mail
// machinery (renderer, SMTP or outbox sender, signed links), the digest
// service, the HTTP server and the fetch pipeline, whose stored articles
// invalidate the server's cache and ping the WebSub hub. The Main owns st
// from then on (Close closes it). It returns an error naming the setting
// at fault.
func New(ctx context.Context, cfg config.Config, st *store.Store, log *slog.Logger) (*Main, error) {
	cat := model.NewCatalog()
	cls, err := newClassifier(cfg, cat)
	if err != nil {
		return nil, err
	}
	m := &Main{Config: cfg, Log: log, Store: st, Catalog: cat, Metrics: metrics.New(Version()), Owner: processOwner()}
	if m.mail, err = m.buildMail(ctx); err != nil {
		return nil, err
	}
	m.Digester = m.buildDigester(m.Owner + "/digest")
	if m.Server, err = m.buildServer(); err != nil {
		m.mail.sender.Close()
		return nil, err
	}
	m.Pipeline = pipeline.New(pipeline.Options{
		Store:       st,
		Fetcher:     newFetcher(cfg, log),
		Parser:      newParser(cfg, log),
		MaxItems:    cfg.MaxItemsPerFeed,
		ParseMemory: cfg.ParseMemoryBytes,
		Policy:      ingest.Policy{Interval: cfg.FetchInterval, Ceiling: cfg.FetchCeiling},
		Classifier:  cls,
		Log:         log,
		Metrics:     m.Metrics,
		Owner:       m.Owner,
		Workers:     cfg.FetchWorkers,
		Grace:       cfg.ShutdownGrace,
		OnChange:    m.Server.Changed,
	})
	m.Metrics.WatchState(m.state)
	return m, nil
}

// newFetcher returns the fetcher of cfg's limits and address policy.
func newFetcher(cfg config.Config, log *slog.Logger) *ingest.Fetcher {
	return ingest.NewFetcher(ingest.Options{Timeout: cfg.FetchTimeout, MaxBodyBytes: cfg.MaxBodyBytes,
		PerHost: cfg.FetchPerHost, AllowPrivate: cfg.AllowPrivateSources, Logger: log})
}

// newParser returns the feed parser of cfg's size limits.
func newParser(cfg config.Config, log *slog.Logger) *ingest.Parser {
	return ingest.NewParser(log).WithLimits(ingest.Limits{TitleChars: cfg.MaxTitleChars,
		AuthorChars: cfg.MaxAuthorChars, URLBytes: cfg.MaxURLBytes, GUIDBytes: cfg.MaxGUIDBytes,
		ContentBytes: cfg.MaxContentBytes})
}

// Close waits for the server's background work (confirmation emails,
// WebSub pings: Serve has already cut them at the end of its grace), then
// releases the mail sender's connections and the database. It returns the
// database's Close error.
func (m *Main) Close() error {
	if m.unhold != nil {
		defer m.unhold()
	}
	m.Server.Wait()
	m.mail.sender.Close()
	return m.Store.Close()
}

// newLogger returns the logger cfg asks for on w: text or JSON lines
// (BANTIN_LOG_FORMAT) at BANTIN_LOG_LEVEL, source URLs without their
// credentials (redactHandler). It returns a usage error naming
// the variable when either is not understood.
func newLogger(w io.Writer, cfg config.Config) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(strings.ToUpper(cfg.LogLevel))); err != nil {
		return nil, usageError("BANTIN_LOG_LEVEL %q: want debug, info, warn or error", cfg.LogLevel)
	}
	opts := &slog.HandlerOptions{Level: l}
	var h slog.Handler
	switch cfg.LogFormat {
	case "json":
		h = slog.NewJSONHandler(w, opts)
	case "text", "":
		h = slog.NewTextHandler(w, opts)
	default:
		return nil, usageError("BANTIN_LOG_FORMAT %q: want text or json", cfg.LogFormat)
	}
	return slog.New(redactHandler{Handler: h, r: urlpolicy.NewRedactor(cfg.SecretQueryParams)}), nil
}

// routeStdLog makes the log package write through l at level warn, without
// its own date prefix: net/http's transport logs an upstream's stray bytes
// there, quoted, and would otherwise break JSON log lines on stderr.
func routeStdLog(l *slog.Logger) {
	stdlog.SetFlags(0)
	stdlog.SetOutput(slog.NewLogLogger(l.Handler(), slog.LevelWarn).Writer())
}

// state reads what /metrics shows of the database and the outbox.
func (m *Main) state(ctx context.Context) (metrics.State, error) {
	var st metrics.State
	var err error
	if st.Sources, st.SourcesDue, err = m.Store.SourceStats(ctx, time.Now()); err != nil {
		return st, err
	}
	if st.DigestsPending, err = m.Store.DigestBacklog(ctx); err != nil {
		return st, err
	}
	st.Outbox = -1
	if m.Config.SMTPURL == "" {
		entries, _ := os.ReadDir(m.Config.Outbox)
		st.Outbox = 0
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".eml") {
				st.Outbox++
			}
		}
	}
	return st, nil
}
