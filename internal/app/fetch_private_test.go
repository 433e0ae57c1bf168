package app

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// A source on loopback fails with private sources not allowed, and the
// failure says which setting allows it: the refusal alone left the
// operator of a local test feed guessing.
func TestFetchPrivateSourceNamesTheSetting(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	up := upstreamFixtures(t)
	deny := map[string]string{"BANTIN_ALLOW_PRIVATE_SOURCES": "false"}
	if code, _, stderr := runCLIEnv(t, deny, db, "", "sources", "add", up.URL+"/vnexpress.rss"); code != 0 {
		t.Fatalf("sources add: %d %s", code, stderr)
	}
	code, _, stderr := runCLIEnv(t, deny, db, "", "fetch", "--all")
	if code != ExitFail || !strings.Contains(stderr, "refusing to connect to a private address") ||
		!strings.Contains(stderr, "BANTIN_ALLOW_PRIVATE_SOURCES=true") {
		t.Errorf("fetch: exit %d, stderr:\n%s", code, stderr)
	}
	code, _, stderr = runCLI(t, db, "", "fetch", "--all")
	if code != 0 || strings.Contains(stderr, "BANTIN_ALLOW_PRIVATE_SOURCES") {
		t.Errorf("fetch allowed: exit %d, stderr:\n%s", code, stderr)
	}
}

// `bantin classify URL` of a feed on loopback, private sources not
// allowed, names the setting as fetch does; a feed that answers 410 Gone
// says so, not "parse: empty body".
func TestClassifyURLRefusalsNameTheirCause(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	up := upstreamFixtures(t)
	deny := map[string]string{"BANTIN_ALLOW_PRIVATE_SOURCES": "false"}
	code, _, stderr := runCLIEnv(t, deny, db, "", "classify", up.URL+"/vnexpress.rss")
	if code != ExitFail || !strings.Contains(stderr, "refusing to connect to a private address") ||
		!strings.Contains(stderr, "BANTIN_ALLOW_PRIVATE_SOURCES=true") {
		t.Errorf("classify private: exit %d, stderr:\n%s", code, stderr)
	}
	gone := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	}))
	defer gone.Close()
	code, _, stderr = runCLI(t, db, "", "classify", gone.URL+"/feed.rss")
	if code != ExitFail || !strings.Contains(stderr, "410") || strings.Contains(stderr, "empty body") {
		t.Errorf("classify gone: exit %d, stderr:\n%s", code, stderr)
	}
}
