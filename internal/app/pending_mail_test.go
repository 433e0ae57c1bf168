package app

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"bantin/internal/config"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/mailer/mailtest"
)

// 'subscribers add --pending' mails the confirmation the web form sends,
// through a real SMTP server, and its link activates the subscriber. It
// stored a pending subscriber and mailed nothing: nobody could confirm.
func TestCLISubscribersAddPendingMailsConfirmation(t *testing.T) {
	in := mailtest.NewServer(t, mailtest.Options{})
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	env := map[string]string{"BANTIN_SMTP_URL": "smtp://" + in.Addr() + "?tls=none",
		"BANTIN_BASE_URL": "https://bantin.example", "BANTIN_MAIL_FROM": "Bản tin <bantin@bantin.example>"}
	code, out, stderr := runCLIEnv(t, env, db, "", "subscribers", "add", "Moi@Ví-Dụ.vn", "--pending", "--topic", "kinh-te")
	if code != 0 || !strings.Contains(out, "(pending)") || !strings.Contains(out, "confirmation mailed through smtp://"+in.Addr()) {
		t.Fatalf("add --pending: exit %d\n%s%s", code, out, stderr)
	}
	got := in.Received("moi@xn--v-d-rma6749a.vn")
	if len(got) != 1 {
		t.Fatalf("confirmations received: %d, want 1", len(got))
	}
	text, _, err := mimeBodies(got[0])
	if err != nil || !strings.Contains(text, "Kinh tế") || !strings.Contains(text, "moi@ví-dụ.vn") {
		t.Errorf("confirmation text (%v):\n%s", err, text)
	}
	confirm := findLink(t, string(got[0]), "/confirm/")

	ctx := t.Context()
	st, err := store.Open(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cfg := config.Default()
	cfg.BaseURL, cfg.SMTPURL = "https://bantin.example", env["BANTIN_SMTP_URL"]
	m, err := New(ctx, cfg, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	w := httptest.NewRecorder()
	m.Server.Handler().ServeHTTP(w, httptest.NewRequest(http.MethodPost, confirm, nil))
	if w.Code != http.StatusOK {
		t.Fatalf("confirm: %d", w.Code)
	}
	if sub, err := st.SubscriberByEmail(ctx, "moi@xn--v-d-rma6749a.vn"); err != nil || sub.Status != model.StatusActive {
		t.Fatalf("after confirming: %+v %v", sub, err)
	}
	// An active subscriber (no --pending) is mailed nothing.
	if code, _, stderr := runCLIEnv(t, env, db, "", "subscribers", "add", "da@example.com"); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	if n := len(in.Received("da@example.com")); n != 0 {
		t.Errorf("an active subscriber was mailed %d messages", n)
	}
}

// When the server refuses the confirmation, the command fails, says why
// and what to check, and adds nobody: running it again works.
func TestCLISubscribersAddPendingRefused(t *testing.T) {
	refuse := true
	in := mailtest.NewServer(t, mailtest.Options{Rcpt: func(string) error {
		if refuse {
			return mailtest.Reply(550, [3]int{5, 1, 1}, "no such user")
		}
		return nil
	}})
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	env := map[string]string{"BANTIN_SMTP_URL": "smtp://" + in.Addr() + "?tls=none", "BANTIN_BASE_URL": "https://bantin.example"}
	code, out, stderr := runCLIEnv(t, env, db, "", "subscribers", "add", "moi@example.com", "--pending")
	if code != 1 || out != "" || !strings.Contains(stderr, "confirmation to moi@example.com not sent, so it was not added (check BANTIN_SMTP_URL") ||
		!strings.Contains(stderr, "no such user") {
		t.Fatalf("refused: exit %d\n%s%s", code, out, stderr)
	}
	if _, out, _ := runCLI(t, db, "", "subscribers", "list"); strings.Contains(out, "moi@example.com") {
		t.Fatalf("a subscriber whose confirmation failed was kept:\n%s", out)
	}
	refuse = false
	if code, _, stderr := runCLIEnv(t, env, db, "", "subscribers", "add", "moi@example.com", "--pending"); code != 0 {
		t.Fatalf("again: %d %s", code, stderr)
	}
	if n := len(in.Received("moi@example.com")); n != 1 {
		t.Errorf("confirmations: %d, want 1", n)
	}
}

// Without SMTP the confirmation goes to the outbox, and the command says
// which file holds it.
func TestCLISubscribersAddPendingOutbox(t *testing.T) {
	dir := t.TempDir()
	db := "sqlite:" + filepath.Join(dir, "b.db")
	env := map[string]string{"BANTIN_OUTBOX": filepath.Join(dir, "outbox"), "BANTIN_BASE_URL": "https://bantin.example"}
	code, out, stderr := runCLIEnv(t, env, db, "", "subscribers", "add", "moi@example.com", "--pending")
	m := regexp.MustCompile(`confirmation written to (\S+\.eml) `).FindStringSubmatch(out)
	if code != 0 || m == nil {
		t.Fatalf("add --pending: exit %d\n%s%s", code, out, stderr)
	}
	raw, err := os.ReadFile(m[1])
	if err != nil || !strings.Contains(string(raw), "To: <moi@example.com>") && !strings.Contains(string(raw), "moi@example.com") {
		t.Fatalf("%s: %v\n%s", m[1], err, raw)
	}
	findLink(t, string(raw), "/confirm/")
}
