package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"bantin/internal/config"
	"bantin/internal/demo"
	"bantin/internal/digest"
	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store"
)

// demoReader is the sample subscriber of `bantin serve --demo`.
const demoReader = "ban.doc@example.com"

// demoConfig turns cfg into the demo's: a scratch SQLite database and
// outbox in dir, no default sources, no SMTP (mail goes to the outbox
// only), loopback sources allowed. Listen and base URL stay as configured.
func demoConfig(cfg config.Config, dir string) (config.Config, error) {
	cfg.DatabaseURL = "sqlite:" + filepath.Join(dir, "bantin.db")
	cfg.Outbox = filepath.Join(dir, "outbox")
	cfg.SMTPURL, cfg.DKIMKeyFile = "", ""
	cfg.DefaultSources = false
	cfg.AllowPrivateSources = true
	if err := cfg.Validate(); err != nil {
		return cfg, fmt.Errorf("invalid configuration:\n%w", err)
	}
	return cfg, nil
}

// startDemo serves the sample feeds, adds them as sources, ingests them,
// subscribes the sample reader and writes their digest of the current week
// to the outbox. The caller closes the returned server after m stops.
func (m *Main) startDemo(ctx context.Context) (*demo.Server, error) {
	now := time.Now()
	w := digest.WeekOf(now, m.Config.Location())
	feeds, err := demo.Start(now, now.Sub(w.Start)-time.Minute)
	if err != nil {
		return nil, err
	}
	for _, f := range demo.Feeds {
		src := model.Source{URL: feeds.FeedURL(f.Slug), Name: f.Name}
		if err := m.Store.AddSource(ctx, &src); err != nil {
			feeds.Close()
			return nil, err
		}
	}
	sum, err := m.Pipeline.RunOnce(ctx, pipeline.RunOptions{All: true})
	if err != nil {
		feeds.Close()
		return nil, err
	}
	m.Log.Info("demo: sample feeds ingested", "feeds", feeds.URL, "sources", len(demo.Feeds), "new", sum.New, "failed", sum.Failed)
	sub := model.Subscriber{Email: demoReader, Status: model.StatusActive, CreatedAt: now, ConfirmedAt: now}
	if err := m.Store.AddSubscriber(ctx, &sub); err != nil {
		feeds.Close()
		return nil, err
	}
	if _, _, err := m.Digester.Prepare(ctx, w, false); err != nil {
		feeds.Close()
		return nil, err
	}
	sent, err := m.Digester.RunOnce(ctx)
	if err != nil {
		feeds.Close()
		return nil, err
	}
	m.Log.Info("demo: sample reader's digest written", "email", demoReader, "period", w.Label(), "sent", sent.Sent,
		"outbox", m.Config.Outbox)
	return feeds, nil
}

// runDemo is `bantin serve --demo`: everything in a scratch folder removed
// at exit.
func runDemo(ctx context.Context, env *cmdEnv) error {
	cfg, err := loadConfig(env)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "bantin-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if cfg, err = demoConfig(cfg, dir); err != nil {
		return err
	}
	log, err := newLogger(env.Stderr, cfg)
	if err != nil {
		return err
	}
	// The address is taken first: a port in use fails at once, not after
	// the sample feeds were ingested and "open URL" named another
	// program's server.
	ln, err := listen(cfg.Listen)
	if err != nil {
		return err
	}
	m, err := Open(ctx, cfg, log, store.ForServer)
	if err != nil {
		ln.Close()
		return err
	}
	defer m.Close()
	feeds, err := m.startDemo(ctx)
	if err != nil {
		ln.Close()
		return fmt.Errorf("demo: %w", err)
	}
	defer feeds.Close()
	fmt.Fprintf(env.Stderr, "demo: open %s (sample feeds at %s; digest for %s in %s; all removed at exit)\n",
		cfg.BaseURL, feeds.URL, demoReader, cfg.Outbox)
	return m.Serve(ctx, ln)
}
