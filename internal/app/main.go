// Package app wires bantin together: configuration, store, fetch and digest
// loops and the HTTP server, and implements the command line. It is the only
// package that imports internal/web and internal/schedule.
package app

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"bantin/internal/classify"
	"bantin/internal/config"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/schedule"
	"bantin/internal/store"
)

// Main is one running bantin: the parts every command shares.
type Main struct {
	Config     config.Config
	Log        *slog.Logger
	Store      *store.Store
	Catalog    *model.Catalog
	Classifier *classify.Classifier
	Ingester   *schedule.Ingester
}

// Open validates cfg, opens and migrates the database and builds the
// ingestion pipeline. It returns an error that says what to fix.
func Open(ctx context.Context, cfg config.Config, log *slog.Logger) (*Main, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("invalid configuration:\n%w", err)
	}
	st, err := store.Open(ctx, cfg.DatabaseURL, log)
	if err != nil {
		return nil, fmt.Errorf("%w\n(check BANTIN_DATABASE_URL / --database-url)", err)
	}
	if _, err := st.Migrate(ctx); err != nil {
		st.Close()
		return nil, err
	}
	cat := model.NewCatalog()
	cls, err := classify.New(cat)
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("classification rules: %w", err)
	}
	host, _ := os.Hostname()
	m := &Main{Config: cfg, Log: log, Store: st, Catalog: cat, Classifier: cls}
	m.Ingester = &schedule.Ingester{
		Store: st,
		Fetcher: ingest.NewFetcher(ingest.Options{Timeout: cfg.FetchTimeout, MaxBodyBytes: cfg.MaxBodyBytes,
			PerHost: cfg.FetchPerHost, AllowPrivate: cfg.AllowPrivateSources, Logger: log}),
		Parser:     ingest.NewParser(log),
		Policy:     ingest.Policy{Interval: cfg.FetchInterval, Ceiling: cfg.FetchCeiling},
		Classifier: cls,
		Log:        log,
		Owner:      fmt.Sprintf("%s/%d/%d", host, os.Getpid(), time.Now().UnixNano()%1e6),
		Workers:    cfg.FetchWorkers,
	}
	return m, nil
}

// Close releases the database.
func (m *Main) Close() error { return m.Store.Close() }

// newLogger returns a text logger on w at the configured level.
func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(strings.ToUpper(level))); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}
