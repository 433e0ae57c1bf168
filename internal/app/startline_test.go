package app

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"bantin/internal/config"
	"bantin/internal/model"
	"bantin/internal/store/storetest"
)

// The start line names the database file and the outbox folder by their
// absolute paths: "mail=\"outbox outbox\"" said nothing of where the
// relative default lands.
func TestStartLinePaths(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ got, want string }{
		{redactDatabase("sqlite:bantin.db"), "sqlite:" + filepath.Join(wd, "bantin.db")},
		{redactDatabase("sqlite:/var/lib/bantin/bantin.db"), "sqlite:/var/lib/bantin/bantin.db"},
		{redactDatabase("sqlite::memory:"), "sqlite::memory:"},
		{redactDatabase("postgres://u:secret@db:5432/bantin?sslmode=disable"), "postgres://db:5432/bantin"},
		{mailTarget("", "outbox"), "outbox " + filepath.Join(wd, "outbox")},
		{mailTarget("smtp://u:secret@mail.example:587?tls=starttls", "outbox"), "smtp://mail.example:587"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// A bantin started with no active source (BANTIN_DEFAULT_SOURCES=false on
// a new database) says how to add one after its start line; with a source
// it says nothing more.
func TestStartWarnsWithoutSources(t *testing.T) {
	st := storetest.OpenSQLite(t)
	cfg := config.Default()
	cfg.BaseURL = "https://bantin.example"
	var buf bytes.Buffer
	m, err := New(t.Context(), cfg, st, slog.New(slog.NewTextHandler(&buf, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	const warn = "no active source: pages and feeds stay empty until one is added with 'bantin sources add URL'"
	m.logStart(t.Context(), "127.0.0.1:8080", time.Second)
	if !strings.Contains(buf.String(), "sources=0") || !strings.Contains(buf.String(), warn) {
		t.Errorf("no source:\n%s", buf.String())
	}
	if err := st.AddSource(t.Context(), &model.Source{URL: "https://a.example/rss"}); err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	m.logStart(t.Context(), "127.0.0.1:8080", time.Second)
	if !strings.Contains(buf.String(), "sources=1") || strings.Contains(buf.String(), "no active source") {
		t.Errorf("one source:\n%s", buf.String())
	}
}
