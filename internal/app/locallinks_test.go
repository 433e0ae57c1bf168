package app

import (
	"path/filepath"
	"strings"
	"testing"

	"bantin/mailer/mailtest"
)

// Mail sent by SMTP with BANTIN_BASE_URL on this machine (the default)
// warns that recipients cannot open its links; a public base URL, or the
// outbox, does not.
func TestDigestSendWarnsOfLocalLinks(t *testing.T) {
	smtp := mailtest.NewServer(t, mailtest.Options{})
	for _, tt := range []struct {
		name string
		env  map[string]string
		warn bool
	}{
		{"default base URL", map[string]string{"BANTIN_SMTP_URL": "smtp://" + smtp.Addr() + "?tls=none",
			"BANTIN_MAIL_FROM": "tin@example.org"}, true},
		{"localhost", map[string]string{"BANTIN_SMTP_URL": "smtp://" + smtp.Addr() + "?tls=none",
			"BANTIN_BASE_URL": "http://localhost:8080", "BANTIN_MAIL_FROM": "tin@example.org"}, true},
		{"public", map[string]string{"BANTIN_SMTP_URL": "smtp://" + smtp.Addr() + "?tls=none",
			"BANTIN_BASE_URL": "https://bantin.example"}, false},
		{"outbox", map[string]string{"BANTIN_OUTBOX": filepath.Join(t.TempDir(), "outbox")}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.env["BANTIN_LOG_LEVEL"] = "warn"
			db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
			code, _, stderr := runCLIEnv(t, tt.env, db, "", "digest", "send", "--period", "2026-W01")
			if code != 0 || strings.Contains(stderr, "recipient elsewhere cannot open them") != tt.warn {
				t.Errorf("exit %d, warning wanted %v, stderr:\n%s", code, tt.warn, stderr)
			}
		})
	}
}
