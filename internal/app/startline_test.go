package app

import (
	"os"
	"path/filepath"
	"testing"
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
