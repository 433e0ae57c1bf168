package app

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// cancelOn is a command's stderr that interrupts it (cancels its context)
// once a line containing mark has been written, as a Ctrl-C would.
type cancelOn struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	mark   string
	cancel context.CancelFunc
}

func (w *cancelOn) Write(b []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(b)
	if strings.Contains(w.buf.String(), w.mark) {
		w.cancel()
	}
	return len(b), nil
}

func (w *cancelOn) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// runInterrupted runs args against db and interrupts the command when its
// stderr shows mark; it returns the exit status and stderr.
func runInterrupted(t *testing.T, db, stdin, mark string, args ...string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	env := map[string]string{"BANTIN_DATABASE_URL": db, "BANTIN_ALLOW_PRIVATE_SOURCES": "true",
		"BANTIN_DEFAULT_SOURCES": "false", "BANTIN_LOG_LEVEL": "error"}
	errOut := &cancelOn{mark: mark, cancel: cancel}
	code := Run(ctx, args, IO{Stdin: strings.NewReader(stdin), Stdout: &bytes.Buffer{}, Stderr: errOut,
		Getenv: func(k string) string { return env[k] }})
	return code, errOut.String()
}

// An interrupted `bantin reclassify` says how many articles it re-tagged
// and saved and that running it again finishes, not a bare "store: …:
// context canceled" that left the operator wondering what the store holds.
func TestCLIReclassifyInterruptSaysWhatIsSaved(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	up := upstreamFixtures(t)
	if code, _, stderr := runCLI(t, db, "", "sources", "add", up.URL+"/vnexpress.rss"); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, db, "", "fetch", "--all"); code != 0 {
		t.Fatalf("fetch: %d %s", code, stderr)
	}
	code, stderr := runInterrupted(t, db, "", "re-tagged 3 articles", "reclassify")
	if code != ExitFail || !strings.Contains(stderr, "interrupted: 3 articles re-tagged and saved") ||
		!strings.Contains(stderr, "run 'bantin reclassify' again to finish") || strings.Contains(stderr, "context canceled") {
		t.Errorf("interrupted reclassify: exit %d, stderr:\n%s", code, stderr)
	}
}

// An interrupted `bantin subscribers import` of several batches shows its
// progress, then says how many subscribers it saved (whole batches) and
// that the same import again finishes; run again, it does.
func TestCLISubscribersImportInterruptSaysWhatIsSaved(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	var csv strings.Builder
	for i := range 2*importBatch + 10 {
		fmt.Fprintf(&csv, "u%d@example.com,the-thao,ha-noi,active\n", i)
	}
	code, stderr := runInterrupted(t, db, csv.String(), "imported 500 of 1010", "subscribers", "import", "-")
	if code != ExitFail || !strings.Contains(stderr, "interrupted: 500 of 1010 subscribers imported and saved (added 500, updated 0, unchanged 0)") ||
		!strings.Contains(stderr, "run the same import again to finish") || strings.Contains(stderr, "context canceled") {
		t.Errorf("interrupted import: exit %d, stderr:\n%s", code, stderr)
	}
	code, out, stderr := runCLI(t, db, csv.String(), "subscribers", "import", "-")
	if code != 0 || out != "added 510, updated 0, unchanged 500, invalid lines 0\n" ||
		!strings.Contains(stderr, "[3] imported 1010 of 1010 subscribers") {
		t.Errorf("import again: exit %d, %q, stderr:\n%s", code, out, stderr)
	}
}

// A command interrupted where it has nothing of its own to say (here
// while opening the database) says it was interrupted, not "store: cannot
// reach sqlite database: context canceled (check BANTIN_DATABASE_URL …)",
// which blamed the setting for a Ctrl-C.
func TestCLIInterruptedWhileOpening(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	if code, _, stderr := runCLI(t, db, "", "migrate"); code != 0 { // a listing creates no database
		t.Fatalf("migrate: %d %s", code, stderr)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	env := map[string]string{"BANTIN_DATABASE_URL": db, "BANTIN_DEFAULT_SOURCES": "false", "BANTIN_LOG_LEVEL": "error"}
	code := Run(ctx, []string{"sources", "list"}, IO{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string { return env[k] }})
	if code != ExitFail || errOut.String() != "bantin sources: interrupted\n" {
		t.Errorf("interrupted while opening: exit %d, stderr %q", code, errOut.String())
	}
}

// cancelOnRead is standard input that interrupts the command (cancels its
// context) at its first read: a Ctrl-C while a large file is being read.
type cancelOnRead struct {
	r      io.Reader
	cancel context.CancelFunc
}

func (c cancelOnRead) Read(b []byte) (int, error) {
	c.cancel()
	return c.r.Read(b)
}

// An import interrupted while its file is still being read (300,000 lines
// took seconds, during which Ctrl-C did nothing) stops there and says that
// nothing was imported.
func TestCLISubscribersImportInterruptWhileReading(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	if code, _, stderr := runCLI(t, db, "", "migrate"); code != 0 {
		t.Fatalf("migrate: %d %s", code, stderr)
	}
	var csv strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&csv, "u%d@example.com,the-thao,ha-noi,active\n", i)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	env := map[string]string{"BANTIN_DATABASE_URL": db, "BANTIN_DEFAULT_SOURCES": "false", "BANTIN_LOG_LEVEL": "error"}
	var out, errOut bytes.Buffer
	code := Run(ctx, []string{"subscribers", "import", "-"}, IO{Stdin: cancelOnRead{strings.NewReader(csv.String()), cancel},
		Stdout: &out, Stderr: &errOut, Getenv: func(k string) string { return env[k] }})
	if code != ExitFail || errOut.String() != "bantin subscribers: interrupted while reading the file: nothing was imported\n" {
		t.Errorf("interrupted while reading: exit %d, stdout %q, stderr %q", code, out.String(), errOut.String())
	}
	if code, out, _ := runCLI(t, db, "", "subscribers", "list"); code != 0 || strings.Contains(out, "@example.com") {
		t.Errorf("after the interrupted import: %d %q", code, out)
	}
}

// An interrupted `bantin sources import-opml` says how far it got and that
// the same import again finishes (it said only "interrupted", or a store
// error, with 2,000 of 3,000 sources added).
func TestCLIImportOPMLInterruptSaysWhatIsSaved(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	opml := `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
<outline text="A" type="rss" xmlUrl="https://a.example.vn/rss"/>
<outline text="Bad" xmlUrl="javascript:alert(1)"/>
<outline text="B" type="rss" xmlUrl="https://b.example.vn/rss"/>
<outline text="C" type="rss" xmlUrl="https://c.example.vn/rss"/></body></opml>`
	code, stderr := runInterrupted(t, db, opml, "skipped", "sources", "import-opml", "-")
	if code != ExitFail || !strings.Contains(stderr, "bantin sources: interrupted: 2 of 4 entries read, 1 source added, 0 already present; "+
		"run the same import again to finish") {
		t.Errorf("interrupted import: exit %d, stderr:\n%s", code, stderr)
	}
	if code, out, stderr := runCLI(t, db, opml, "sources", "import-opml", "-"); code != 1 || out != "imported 2 sources, 1 already present, 1 invalid\n" {
		t.Errorf("import again: %d %q %q", code, out, stderr)
	}
}
