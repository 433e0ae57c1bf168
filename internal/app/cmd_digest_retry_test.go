package app

import (
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"bantin/mailer/mailtest"
)

// TestCLIDigestSendRetryWaiting: a digest that met a temporary failure is
// still owed on the next run, before its retry is due: digest send says so
// and exits 1 instead of reporting nothing left to do.
func TestCLIDigestSendRetryWaiting(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	smtp := mailtest.NewServer(t, mailtest.Options{
		Rcpt: func(to string) error {
			if strings.HasPrefix(to, "later@") {
				return mailtest.Reply(451, [3]int{4, 2, 1}, "mailbox busy, try later")
			}
			return nil
		},
	})
	env := map[string]string{"BANTIN_DATABASE_URL": db, "BANTIN_LOG_LEVEL": "error", "BANTIN_DEFAULT_SOURCES": "false",
		"BANTIN_BASE_URL": "https://bantin.example", "BANTIN_SMTP_URL": "smtp://" + smtp.Addr() + "?tls=none"}
	for _, e := range []string{"ok@example.com", "later@example.com"} {
		if code, _, stderr := runWith(t, env, "subscribers", "add", e); code != 0 {
			t.Fatal(stderr)
		}
	}
	seedW47(t, db)
	code, out, stderr := runWith(t, env, "digest", "send", "--period", "2026-W47")
	if code != 1 || !strings.Contains(out, "sent 1, retry later 1") || !strings.Contains(stderr, "1 digest is waiting for a retry") {
		t.Fatalf("first send: %d %q %q", code, out, stderr)
	}
	code, out, stderr = runWith(t, env, "digest", "send", "--period", "2026-W47")
	if code != 1 || !strings.Contains(stderr, "1 digest is waiting for a retry") {
		t.Fatalf("run again before the retry is due: %d %q %q", code, out, stderr)
	}
}

// TestCLIDigestSendHelloName: bantin introduces itself to the SMTP relay by
// its mail domain, not as "localhost", which servers requiring a
// fully-qualified name refuse ("504 5.5.2 Helo command rejected").
func TestCLIDigestSendHelloName(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	smtp := mailtest.NewServer(t, mailtest.Options{})
	env := map[string]string{"BANTIN_DATABASE_URL": db, "BANTIN_LOG_LEVEL": "error", "BANTIN_DEFAULT_SOURCES": "false",
		"BANTIN_BASE_URL": "https://bantin.example", "BANTIN_MAIL_FROM": "Bản tin <tin@mail.bantin.example>",
		"BANTIN_SMTP_URL": "smtp://" + smtp.Addr() + "?tls=none"}
	if code, _, stderr := runWith(t, env, "subscribers", "add", "ok@example.com"); code != 0 {
		t.Fatal(stderr)
	}
	seedW47(t, db)
	if code, out, stderr := runWith(t, env, "digest", "send", "--period", "2026-W47"); code != 0 {
		t.Fatalf("send: %d %q %q", code, out, stderr)
	}
	if got := smtp.Hello(); got != "mail.bantin.example" {
		t.Errorf("EHLO %q, want the mail domain mail.bantin.example", got)
	}
}

// TestCLIDigestSendRetryNow: after a failure that was bantin's setting or
// the relay's (here a 451 that later clears), digest send says when the
// waiting rows are next tried and how to send them at once; --retry-now
// sends them without waiting for the backoff.
func TestCLIDigestSendRetryNow(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	var refuse atomic.Bool
	refuse.Store(true)
	smtp := mailtest.NewServer(t, mailtest.Options{
		Rcpt: func(string) error {
			if refuse.Load() {
				return mailtest.Reply(451, [3]int{4, 3, 0}, "relay not ready")
			}
			return nil
		},
	})
	env := map[string]string{"BANTIN_DATABASE_URL": db, "BANTIN_LOG_LEVEL": "error", "BANTIN_DEFAULT_SOURCES": "false",
		"BANTIN_BASE_URL": "https://bantin.example", "BANTIN_SMTP_URL": "smtp://" + smtp.Addr() + "?tls=none"}
	if code, _, stderr := runWith(t, env, "subscribers", "add", "ok@example.com"); code != 0 {
		t.Fatal(stderr)
	}
	seedW47(t, db)
	code, out, stderr := runWith(t, env, "digest", "send", "--period", "2026-W47")
	if code != 1 || !strings.Contains(out, "retry later 1") || !strings.Contains(out, ", the first from 2026-") ||
		!strings.Contains(out, "'bantin digest send --period 2026-W47 --retry-now' sends them at once") {
		t.Fatalf("first send: %d %q %q", code, out, stderr)
	}
	refuse.Store(false)
	if code, out, stderr := runWith(t, env, "digest", "send", "--period", "2026-W47"); code != 1 || !strings.Contains(out, "sent 0") {
		t.Fatalf("again before the retry is due: %d %q %q", code, out, stderr)
	}
	code, out, stderr = runWith(t, env, "digest", "send", "--period", "2026-W47", "--retry-now")
	if code != 0 || !strings.Contains(out, "sent 1, retry later 0") || !strings.Contains(stderr, "1 digest waiting for a retry is due now") {
		t.Fatalf("--retry-now: %d %q %q", code, out, stderr)
	}
	if got := len(smtp.Received("ok@example.com")); got != 1 {
		t.Errorf("%d messages received, want 1", got)
	}
}
