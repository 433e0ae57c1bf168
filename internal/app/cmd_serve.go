package app

import (
	"bantin/internal/pipeline"
	"bantin/internal/schedule"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"
)

// How often the fetch loop looks for due sources and the digest loop for
// due digests.
const (
	fetchTick  = 30 * time.Second
	digestTick = time.Minute
)

func runServe(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("[flags]")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("serve takes no arguments, got %q", fs.Args())
	}
	m, err := env.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	if n, err := m.seedDefaultSources(ctx); err != nil {
		return err
	} else if n > 0 {
		m.Log.Info("added default sources", "count", n)
	}
	return m.Serve(ctx)
}

// Serve runs the HTTP server, the fetch loop and the digest loop until ctx
// is done, then shuts the server down gracefully and lets the loops' passes
// in flight finish. It returns an error when the listen address cannot be
// bound.
func (m *Main) Serve(ctx context.Context) error {
	ln, err := net.Listen("tcp", m.Config.Listen)
	if err != nil {
		return fmt.Errorf("listen on %s: %w (set BANTIN_LISTEN or --listen)", m.Config.Listen, err)
	}
	srv := &http.Server{Handler: m.Server.Handler(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	m.Log.Info("serving", "listen", ln.Addr().String(), "base_url", m.Config.BaseURL,
		"database", string(m.Store.Engine()))
	if !m.mail.links.SecureBase() {
		m.Log.Warn("BANTIN_BASE_URL is http: List-Unsubscribe links use https on the same host, so serve it over https for one-click unsubscribe to work",
			"base_url", m.Config.BaseURL)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	wg.Go(func() {
		schedule.Run(ctx, m.Log,
			schedule.Job{Name: "fetch", Every: fetchTick, Run: func(ctx context.Context) error {
				_, err := m.Pipeline.RunOnce(ctx, pipeline.RunOptions{})
				return err
			}},
			schedule.Job{Name: "digest", Every: digestTick, Run: m.Digester.Tick})
	})
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err = <-errc:
	case <-ctx.Done():
	}
	cancel()
	shut, done := context.WithTimeout(context.Background(), 10*time.Second)
	defer done()
	srv.Shutdown(shut)
	wg.Wait()
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}
