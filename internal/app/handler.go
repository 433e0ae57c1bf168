package app

import (
	"context"
	"io/fs"
	"net/http"
	"os"
	"time"

	"bantin/internal/model"
	"bantin/internal/web"
	"bantin/templates"
)

// templateFS returns the operator's template folder when one is configured,
// else the embedded templates.
func (m *Main) templateFS() fs.FS {
	if m.Config.TemplatesDir != "" {
		return os.DirFS(m.Config.TemplatesDir)
	}
	return templates.FS
}

// Handler builds the web server, with the subscription pages when mp is
// not nil, and hooks it to the fetch loop: an ingest that stored articles
// invalidates cached feeds at once and pings the WebSub hub for the feeds
// they appear in.
func (m *Main) Handler(mp *Mail) (http.Handler, error) {
	cfg := web.Config{
		BaseURL:   m.Config.BaseURL,
		HubURL:    m.Config.WebSubHub,
		Templates: m.templateFS(),
		TimeZone:  m.Config.Location(),
	}
	if mp != nil {
		cfg.Subscriptions = mp.Subscriptions
	}
	srv, err := web.New(cfg, m.Store, m.Catalog, m.Log)
	if err != nil {
		return nil, err
	}
	m.Ingester.Changed = func(ctx context.Context, arts []model.Article) {
		srv.Invalidate()
		if m.Config.WebSubHub != "" {
			go func() {
				pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
				defer cancel()
				srv.NotifyHub(pctx, arts) // failures are logged and counted by web
			}()
		}
	}
	return srv.Handler(), nil
}
