package app

import (
	"errors"
	"io/fs"
	"mime"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// overlayFS reads the operator's file where there is one and the embedded
// one elsewhere; folders list both; a file of the operator's that cannot
// be read is an error, not silently the embedded one.
func TestOverlayFS(t *testing.T) {
	base := fstest.MapFS{
		"pages/home.html":      {Data: []byte("base home")},
		"pages/layout.html":    {Data: []byte("base layout")},
		"email/digest.subject": {Data: []byte("base subject")},
		"static/site.css":      {Data: []byte("base css")},
	}
	top := fstest.MapFS{
		"pages/home.html":  {Data: []byte("top home")},
		"pages/extra.html": {Data: []byte("top extra")},
	}
	o := overlayFS{top: top, base: base}
	for _, tt := range []struct{ name, want string }{
		{"pages/home.html", "top home"},
		{"pages/layout.html", "base layout"},
		{"pages/extra.html", "top extra"},
		{"email/digest.subject", "base subject"},
	} {
		if b, err := fs.ReadFile(o, tt.name); err != nil || string(b) != tt.want {
			t.Errorf("ReadFile(%s) = %q, %v; want %q", tt.name, b, err, tt.want)
		}
	}
	if _, err := fs.ReadFile(o, "pages/none.html"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a file neither has: %v", err)
	}
	if got, err := fs.Glob(o, "pages/*.html"); err != nil || strings.Join(got, " ") != "pages/extra.html pages/home.html pages/layout.html" {
		t.Errorf("Glob = %q, %v", got, err)
	}
	sub, err := fs.Sub(o, "static")
	if err != nil {
		t.Fatal(err)
	}
	if b, err := fs.ReadFile(sub, "site.css"); err != nil || string(b) != "base css" {
		t.Errorf("Sub(static) site.css = %q, %v", b, err)
	}
	if _, err := fs.ReadDir(o, "nowhere"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadDir of a folder neither has: %v", err)
	}
	if err := fstest.TestFS(o, "pages/home.html", "pages/layout.html", "pages/extra.html", "email/digest.subject", "static/site.css"); err != nil {
		t.Error(err)
	}
}

// BANTIN_TEMPLATES_DIR with one file overrides that file: a folder holding
// only email/confirm.subject used to stop every command that mails with
// "open email/digest.subject: no such file or directory".
func TestTemplatesDirOverridesOneFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "email"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "email", "confirm.subject"), []byte("Xác nhận đăng ký Tin Làng\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	outbox := filepath.Join(t.TempDir(), "outbox")
	env := map[string]string{"BANTIN_TEMPLATES_DIR": dir, "BANTIN_OUTBOX": outbox}
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	if code, _, stderr := runCLIEnv(t, env, db, "", "subscribers", "add", "ban@example.com", "--pending"); code != 0 {
		t.Fatalf("subscribers add --pending: exit %d, %s", code, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(outbox, "confirm-*.eml"))
	if len(files) != 1 {
		t.Fatalf("outbox: %q, want one confirmation", files)
	}
	f, err := os.Open(files[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	msg, err := mail.ReadMessage(f)
	if err != nil {
		t.Fatal(err)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	if err != nil || subject != "Xác nhận đăng ký Tin Làng" {
		t.Errorf("confirmation subject %q, %v: want the folder's", subject, err)
	}
}

// statFailFS opens every name as a file whose Stat fails, and counts the
// files closed.
type statFailFS struct{ closed *int }

type statFailFile struct{ closed *int }

func (s statFailFS) Open(string) (fs.File, error) { return statFailFile(s), nil }
func (f statFailFile) Stat() (fs.FileInfo, error) { return nil, errors.New("stat failed") }
func (f statFailFile) Read([]byte) (int, error)   { return 0, errors.New("read failed") }
func (f statFailFile) Close() error               { *f.closed++; return nil }

// An operator's file that opens but cannot be stat'ed is an error with no
// file: overlayFS closes it rather than hand back an open file beside the
// error, which callers drop unclosed.
func TestOverlayFSStatError(t *testing.T) {
	closed := 0
	o := overlayFS{top: statFailFS{&closed}, base: fstest.MapFS{}}
	f, err := o.Open("pages/home.html")
	if err == nil || f != nil || closed != 1 {
		t.Errorf("Open = %v, %v; closed %d times, want an error, no file, closed once", f, err, closed)
	}
}
