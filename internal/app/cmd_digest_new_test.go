package app

import (
	"path/filepath"
	"strings"
	"testing"

	"bantin/mailer/mailtest"
)

// A 'digest send' run again after the week's run began (here by an
// earlier send; serve's schedule begins it the same way) delivers what is
// left of the run's rows and mails the week's digest to nobody who became
// active since: they get the next week's, as with serve, and the command
// says so. --new-subscribers sends it to them (once). On main the second
// send mailed last week's digest to the new subscriber.
func TestCLIDigestSendNewSubscribers(t *testing.T) {
	dir := t.TempDir()
	db := "sqlite:" + filepath.Join(dir, "b.db")
	smtp := mailtest.NewServer(t, mailtest.Options{})
	env := map[string]string{"BANTIN_DATABASE_URL": db, "BANTIN_LOG_LEVEL": "error", "BANTIN_DEFAULT_SOURCES": "false",
		"BANTIN_BASE_URL": "https://bantin.example", "BANTIN_SMTP_URL": "smtp://" + smtp.Addr() + "?tls=none"}
	run := func(args ...string) (string, string) {
		t.Helper()
		code, out, stderr := runWith(t, env, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d\n%s%s", args, code, out, stderr)
		}
		return out, stderr
	}
	received := func(addr string, want int) {
		t.Helper()
		if n := len(smtp.Received(addr)); n != want {
			t.Errorf("%s received %d digests, want %d", addr, n, want)
		}
	}
	run("subscribers", "add", "cu@example.com", "--topic", "kinh-te")
	seedW47(t, db)
	if out, _ := run("digest", "send", "--period", "2026-W47"); !strings.Contains(out, "sent 1,") {
		t.Fatalf("first send: %s", out)
	}
	run("subscribers", "add", "moi@example.com", "--topic", "kinh-te")
	const later = "2026-W47: 1 active subscriber joined after the week's run began and will get the next week's digest (--new-subscribers sends them this one)"
	if out, _ := run("digest", "send", "--period", "2026-W47", "--dry-run"); !strings.Contains(out, "would send 0,") || !strings.Contains(out, later) {
		t.Errorf("dry run again: %s", out)
	}
	// A run with nothing left says so, not only "sent 0".
	const done = "2026-W47: nothing left to send: the week's digests were done before this run (1 sent, 0 with nothing new, 0 failed)"
	out, stderr := run("digest", "send", "--period", "2026-W47")
	if !strings.Contains(out, "sent 0,") || !strings.Contains(stderr, later) || !strings.Contains(out, done) {
		t.Errorf("send again: %s%s", out, stderr)
	}
	received("moi@example.com", 0)
	if out, _ := run("digest", "send", "--period", "2026-W47", "--dry-run", "--new-subscribers"); !strings.Contains(out, "would send 1,") || strings.Contains(out, "joined after") {
		t.Errorf("dry run with --new-subscribers: %s", out)
	}
	out, stderr = run("digest", "send", "--period", "2026-W47", "--new-subscribers")
	if !strings.Contains(out, "sent 1,") || strings.Contains(stderr, "joined after") || strings.Contains(out, "nothing left") {
		t.Errorf("send with --new-subscribers: %s%s", out, stderr)
	}
	run("digest", "send", "--period", "2026-W47", "--new-subscribers")
	received("moi@example.com", 1)
	received("cu@example.com", 1)
}
