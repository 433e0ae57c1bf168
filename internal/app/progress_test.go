package app

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// On a terminal a long status line is cut to 100 characters, not bytes: a
// byte cut split the Vietnamese letter at the cut and wrote invalid UTF-8.
func TestProgressClipsByRune(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, tty: true}
	line := "sent 2026-W48 " + strings.Repeat("ư", 200)
	p.step(line)
	got := strings.TrimPrefix(buf.String(), "\r\033[K[1] ")
	if !utf8.ValidString(got) || utf8.RuneCountInString(got) != 100 || !strings.HasPrefix(line, got) {
		t.Errorf("status line %q (%d runes, valid %v)", got, utf8.RuneCountInString(got), utf8.ValidString(got))
	}
	if c := clip("ngắn", 100); c != "ngắn" {
		t.Errorf("clip of a short line: %q", c)
	}
}

// fetch's progress lines name each source by ID before its URL, as the
// failure summary does: the counter in brackets is not the ID.
func TestFetchProgressNamesSourceID(t *testing.T) {
	srv := upstreamFixtures(t)
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	for _, f := range []string{"baothainguyen.rss", "vnexpress.rss"} {
		if code, _, stderr := runCLI(t, db, "", "sources", "add", srv.URL+"/"+f); code != 0 {
			t.Fatalf("add: %d %s", code, stderr)
		}
	}
	code, _, stderr := runCLI(t, db, "", "fetch", "--source", "2")
	if code != 0 || !strings.Contains(stderr, "[1] fetched  2 "+srv.URL+"/vnexpress.rss: ") {
		t.Errorf("fetch --source 2: exit %d, %q", code, stderr)
	}
}

// A fetch with no active source says to add one: it said "no source was
// due; 'bantin fetch --all' fetches every source now", and --all said
// nothing.
func TestFetchWithNoSourceSaysAddOne(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	const hint = "there is no active source: add one with 'bantin sources add URL' (see 'bantin sources list')\n"
	for _, args := range [][]string{{"fetch"}, {"fetch", "--all"}} {
		code, out, stderr := runCLI(t, db, "", args...)
		if code != 0 || !strings.HasSuffix(out, "updated: 0\n"+hint) {
			t.Errorf("%q: exit %d, %q %q", args, code, out, stderr)
		}
	}
}
