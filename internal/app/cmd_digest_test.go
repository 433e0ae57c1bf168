package app

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/mailer/mailtest"
)

// runWith runs one command with extra environment variables.
func runWith(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(context.Background(), args, IO{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string { return env[k] }})
	return code, out.String(), errOut.String()
}

func TestCLISubscribersAndDigest(t *testing.T) {
	dir := t.TempDir()
	db := "sqlite:" + filepath.Join(dir, "b.db")
	outbox := filepath.Join(dir, "outbox")
	env := map[string]string{"BANTIN_DATABASE_URL": db, "BANTIN_OUTBOX": outbox, "BANTIN_LOG_LEVEL": "error",
		"BANTIN_DEFAULT_SOURCES": "false", "BANTIN_BASE_URL": "https://bantin.example"}
	run := func(want int, args ...string) string {
		t.Helper()
		code, out, errOut := runWith(t, env, args...)
		if code != want {
			t.Fatalf("%v: exit %d, want %d\n%s%s", args, code, want, out, errOut)
		}
		return out + errOut
	}
	run(0, "subscribers", "add", "Ban@Example.com", "--topic", "kinh-te", "--province", "ha-noi,bac-kan")
	run(0, "subscribers", "add", "xa@example.com", "--province", "ca-mau")
	run(0, "subscribers", "add", "cho@example.com", "--pending")
	run(1, "subscribers", "add", "ban@example.com")
	run(2, "subscribers", "add", "a@b.com\r\nBcc: x@evil.com")
	run(2, "subscribers", "add", "c@example.com", "--topic", "khong-co")
	if out := run(0, "subscribers", "list"); !strings.Contains(out, "ban@example.com") || !strings.Contains(out, "pending") {
		t.Fatalf("list: %s", out)
	}
	if out := run(0, "subscribers", "export", "--status", "active"); !strings.HasPrefix(out, "email,status") ||
		strings.Count(out, "\n") != 3 || !strings.Contains(out, `"ha-noi,bac-kan"`) {
		t.Fatalf("export: %s", out)
	}
	seedW47(t, db)
	outDir := filepath.Join(dir, "previews") // a folder --out creates
	run(0, "digest", "preview", "--email", "ban@example.com", "--period", "2026-W47", "--out", outDir)
	previews, _ := filepath.Glob(filepath.Join(outDir, "digest-2026-W47-*.html"))
	if len(previews) != 1 || strings.HasSuffix(previews[0], "-1.html") {
		t.Fatalf("previews %v: want one, named by the subscriber's opaque reference", previews)
	}
	html, err := os.ReadFile(previews[0])
	if err != nil || !strings.Contains(string(html), "Giá lúa gạo ở Hà Nội") {
		t.Fatalf("preview html: %v", err)
	}
	// Without --out: a new temporary folder, never the working directory,
	// and full paths.
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	out := run(0, "digest", "preview", "--email", "ban@example.com", "--period", "2026-W47")
	var files []string
	for line := range strings.Lines(out) {
		if p := strings.TrimSpace(line); filepath.IsAbs(p) {
			files = append(files, p)
		}
	}
	if len(files) != 3 || !strings.HasPrefix(files[0], tmp+string(filepath.Separator)+"bantin-preview-") {
		t.Fatalf("preview without --out printed %q", out)
	}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("printed path: %v", err)
		}
		if _, err := os.Stat(filepath.Base(f)); err == nil {
			t.Errorf("%s written to the working directory", filepath.Base(f))
		}
	}
	if out := run(0, "digest", "preview", "--email", "xa@example.com", "--period", "2026-W47"); !strings.Contains(out, "nothing") {
		t.Fatalf("empty preview: %s", out)
	}
	if out := run(0, "digest", "preview", "--email", "ban@example.com", "--period", "2026-W47"); strings.Contains(out, "note:") {
		t.Errorf("an active subscriber's preview: %s", out)
	}
	// Its ID, as 'subscribers list' shows it, names it as well.
	if out := run(0, "digest", "preview", "--email", "1", "--period", "2026-W47"); !strings.Contains(out, "message digest-2026-W47-") || strings.Contains(out, "note:") {
		t.Errorf("a preview by the subscriber's ID: %s", out)
	}
	if out := run(0, "digest", "preview", "--email", "2", "--period", "2026-W47"); !strings.Contains(out, "xa@example.com has nothing") {
		t.Errorf("an empty preview by ID names the address: %s", out)
	}
	if out := run(1, "digest", "preview", "--email", "9", "--period", "2026-W47"); !strings.Contains(out, "no subscriber with ID 9 (see 'bantin subscribers list')") {
		t.Errorf("an unknown ID: %s", out)
	}
	if out := run(0, "digest", "preview", "--email", "cho@example.com", "--period", "2026-W47"); !strings.Contains(out,
		"note: cho@example.com is pending: 'digest send' sends it nothing (it has not confirmed its subscription)") {
		t.Errorf("a pending subscriber's preview: %s", out)
	}
	run(2, "digest", "send", "--period", "2026-W99")
	if out := run(2, "digest", "send", "--period", "2025-W53"); !strings.Contains(out, `--period "2025-W53": 2025 has no ISO week 53 (its weeks are 1 to 52)`) {
		t.Errorf("a week the year lacks: %s", out)
	}
	if out := run(0, "digest", "send", "--period", "2026-w47", "--dry-run"); !strings.Contains(out, "would send 1, nothing new for 1") {
		t.Fatalf("dry run: %s", out)
	}
	if out := run(0, "digest", "send", "--period", "2026-W47"); !strings.Contains(out, "sent 1, retry later 0, failed 0, nothing new 1") {
		t.Fatalf("send: %s", out)
	}
	if _, err := os.Stat(filepath.Join(outbox, strings.TrimSuffix(filepath.Base(previews[0]), ".html")+".eml")); err != nil {
		t.Fatalf("outbox: %v", err)
	}
	if out := run(0, "digest", "send", "--period", "2026-W47"); !strings.Contains(out, "sent 0") {
		t.Fatalf("second send: %s", out)
	}
	run(0, "subscribers", "remove", "ban@example.com")
	run(1, "subscribers", "remove", "ban@example.com")
}

// seedW47 stores an article of week 2026-W47 in the database at db.
func seedW47(t *testing.T, db string) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	src := &model.Source{URL: "https://vnexpress.net/rss", Name: "VnExpress"}
	st.AddSource(ctx, src)
	a := testArticle("kt", "Giá lúa gạo ở Hà Nội", time.Date(2026, 11, 18, 3, 0, 0, 0, time.UTC), "kinh-te")
	a.Provinces = []model.ProvinceTag{{Province: "ha-noi", Weight: 1}}
	if err := st.BulkInsertArticles(ctx, src.ID, []model.Article{a}); err != nil {
		t.Fatal(err)
	}
}

// TestCLIDigestSendExitStatus: digest send exits 1 when a row failed for
// good, and when it was interrupted (rows released unsent); a send that
// delivers everything exits 0.
func TestCLIDigestSendExitStatus(t *testing.T) {
	dir := t.TempDir()
	db := "sqlite:" + filepath.Join(dir, "b.db")
	release := make(chan struct{})
	var blocked atomic.Bool
	smtp := mailtest.NewServer(t, mailtest.Options{
		Rcpt: func(to string) error {
			if strings.HasPrefix(to, "bad@") {
				return mailtest.Reply(550, [3]int{5, 1, 1}, "no such user")
			}
			return nil
		},
		Data: func(_ int64, to []string, _ []byte) error {
			if strings.HasPrefix(to[0], "slow") && blocked.CompareAndSwap(false, true) {
				<-release
			}
			return nil
		},
	})
	env := map[string]string{"BANTIN_DATABASE_URL": db, "BANTIN_LOG_LEVEL": "error", "BANTIN_DEFAULT_SOURCES": "false",
		"BANTIN_BASE_URL": "https://bantin.example", "BANTIN_SMTP_URL": "smtp://" + smtp.Addr() + "?tls=none",
		"BANTIN_SMTP_CONNECTIONS": "1", "BANTIN_SHUTDOWN_GRACE": "0s"}
	for _, e := range []string{"ok@example.com", "bad@example.com"} {
		if code, _, stderr := runWith(t, env, "subscribers", "add", e); code != 0 {
			t.Fatal(stderr)
		}
	}
	seedW47(t, db)
	code, out, stderr := runWith(t, env, "digest", "send", "--period", "2026-W47")
	if code != 1 || !strings.Contains(out, "sent 1, retry later 0, failed 1") || !strings.Contains(stderr, "1 digest failed for good") {
		t.Fatalf("send with a refused address: %d %q %q", code, out, stderr)
	}
	if code, out, stderr := runWith(t, env, "digest", "send", "--period", "2026-W47"); code != 0 || !strings.Contains(out, "sent 0") {
		t.Fatalf("nothing left to send: %d %q %q", code, out, stderr)
	}

	// Interrupted: the first message hangs in DATA, the command is stopped.
	// (The four joined after the week's run began: --new-subscribers.)
	for i := range 4 {
		if code, _, stderr := runWith(t, env, "subscribers", "add", fmt.Sprintf("slow%d@example.com", i)); code != 0 {
			t.Fatal(stderr)
		}
	}
	ctx, stop := context.WithCancel(context.Background())
	var errOut bytes.Buffer
	done := make(chan int)
	go func() {
		done <- Run(ctx, []string{"digest", "send", "--period", "2026-W47", "--new-subscribers"}, IO{Stdin: strings.NewReader(""),
			Stdout: &errOut, Stderr: &errOut, Getenv: func(k string) string { return env[k] }})
	}()
	waitFor(t, "a message to hang in DATA", blocked.Load)
	stop()
	close(release)
	if code := <-done; code != 1 || !strings.Contains(errOut.String(), "interrupted:") {
		t.Fatalf("interrupted send: %d %q", code, errOut.String())
	}
	code, out, stderr = runWith(t, env, "digest", "send", "--period", "2026-W47")
	if code != 0 {
		t.Fatalf("resumed send: %d %q %q", code, out, stderr)
	}
	for i := range 4 {
		if n := len(smtp.Received(fmt.Sprintf("slow%d@example.com", i))); n != 1 {
			t.Errorf("slow%d got %d digests, want 1", i, n)
		}
	}
}

// A --period that is no ISO week is refused before the database is
// created or migrated: every command checks its input before it does
// anything.
func TestDigestBadPeriodOpensNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.db")
	for _, sub := range []string{"send", "preview --email ban@example.com"} {
		args := append([]string{"digest"}, strings.Fields(sub)...)
		code, _, stderr := runCLI(t, "sqlite:"+path, "", append(args, "--period", "2026-W99")...)
		if code != ExitUsage || !strings.Contains(stderr, "no ISO week 99") {
			t.Errorf("digest %s --period 2026-W99: exit %d, %s", sub, code, stderr)
		}
		if _, err := os.Stat(path); err == nil {
			t.Errorf("digest %s --period 2026-W99 created the database", sub)
		}
	}
}

// 'digest preview --out' naming a file is refused before the database is
// opened; a folder that cannot be made is named with --out. Both said only
// "mkdir …: not a directory", after composing the digest.
func TestDigestPreviewBadOut(t *testing.T) {
	dir := t.TempDir()
	path, file := filepath.Join(dir, "b.db"), filepath.Join(dir, "afile")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "sqlite:"+path, "", "digest", "preview", "--email", "ban@example.com", "--out", file)
	if code != ExitUsage || stderr != "bantin digest: --out "+file+" is a file: name a folder (created if need be)\n" {
		t.Errorf("--out FILE: exit %d, %q", code, stderr)
	}
	if _, err := os.Stat(path); err == nil {
		t.Errorf("--out FILE created the database")
	}
	if _, err := previewDir(filepath.Join(file, "sub")); err == nil || !strings.HasPrefix(err.Error(), "--out "+file+"/sub: cannot create the folder: ") {
		t.Errorf("previewDir under a file: %v", err)
	}
}
