package app

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// TestCLIFetchRetired: a feed that answers 410 is reported as retired by
// 'bantin fetch' (it said "fetched … 0 new"), and 'fetch --source' of the
// retired source says it is retired and how to bring it back, where it
// said "no active source with ID 1" of a source 'sources list' shows.
func TestCLIFetchRetired(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusGone) }))
	t.Cleanup(srv.Close)
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	u := srv.URL + "/gone.rss"
	if code, _, stderr := runCLI(t, db, "", "sources", "add", u); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	code, _, stderr := runCLI(t, db, "", "fetch", "--all")
	if code != 0 || !strings.Contains(stderr, "retired  1 "+u+": HTTP 410 Gone") || strings.Contains(stderr, "fetched  1") {
		t.Errorf("fetch of a 410: %d %q, want it reported as retired", code, stderr)
	}
	code, _, stderr = runCLI(t, db, "", "fetch", "--source", "1")
	if code != 1 || !strings.Contains(stderr, "source 1 ("+u+") is retired: its feed answered 410 Gone at ") ||
		!strings.Contains(stderr, "'bantin sources add "+u+"' makes it active again") {
		t.Errorf("fetch --source of a retired source: %d %q", code, stderr)
	}
	if code, _, stderr = runCLI(t, db, "", "fetch", "--source", "7"); code != 1 || !strings.Contains(stderr, "no active source with ID 7") {
		t.Errorf("fetch --source of no source: %d %q", code, stderr)
	}
}

// TestCLIFetchRetiredKeyed: the advice of a retired source whose URL has a
// key, which fetch's output leaves out (it often ends in a cron mail), is
// to add its full URL, not the URL as shown: that would add another
// source, without the key, and leave the retired one as it is.
func TestCLIFetchRetiredKeyed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusGone) }))
	t.Cleanup(srv.Close)
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	u := srv.URL + "/gone.rss?token=SECRET1234"
	if code, _, stderr := runCLI(t, db, "", "sources", "add", u); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	want := "'bantin sources add' of its full URL (with its key, as 'bantin sources list' shows it) makes it active again"
	for _, args := range [][]string{{"fetch", "--all"}, {"fetch", "--source", "1"}} {
		_, _, stderr := runCLI(t, db, "", args...)
		if !strings.Contains(stderr, want) || strings.Contains(stderr, "sources add "+srv.URL) || strings.Contains(stderr, "SECRET1234") {
			t.Errorf("%q of a retired source with a key: %q, want %q and no key", args, stderr, want)
		}
	}
}
