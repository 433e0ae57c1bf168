package app

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"bantin/internal/ingest"
	"bantin/internal/pipeline"
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

// failureHints names, once each and in the order they first failed, the
// setting behind a failure: a private address refused, a body over the cap
// (with the cap), nothing for the failures no setting causes.
func TestFailureHints(t *testing.T) {
	tooLarge := fmt.Errorf("fetch: %w", &ingest.TooLargeError{Limit: 1 << 20})
	private := fmt.Errorf("dial: %w", ingest.ErrPrivateAddress)
	notFound := &ingest.StatusError{Code: 404}
	for _, tt := range []struct {
		name string
		errs []error
		want []string
	}{
		{"none", nil, nil},
		{"a 404", []error{notFound}, nil},
		{"private twice", []error{private, notFound, private}, []string{"BANTIN_ALLOW_PRIVATE_SOURCES=true"}},
		{"too large", []error{tooLarge}, []string{"BANTIN_MAX_BODY_BYTES (now 1048576)"}},
		{"both", []error{tooLarge, private, tooLarge}, []string{"BANTIN_MAX_BODY_BYTES (now 1048576)", "BANTIN_ALLOW_PRIVATE_SOURCES=true"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var failed []pipeline.FailedSource
			for i, err := range tt.errs {
				failed = append(failed, pipeline.FailedSource{ID: int64(i + 1), Err: err})
			}
			got := failureHints(failed)
			if len(got) != len(tt.want) {
				t.Fatalf("failureHints = %q, want %d hints containing %q", got, len(tt.want), tt.want)
			}
			for i := range got {
				if !strings.Contains(got[i], tt.want[i]) {
					t.Errorf("hint %d = %q, want it to contain %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// A feed over BANTIN_MAX_BODY_BYTES fails, in fetch, classify and sources
// edit --url, and the failure names the cap and its setting: "body larger than 1 KiB" alone left the operator
// looking for which cap.
func TestFetchTooLargeNamesTheSetting(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	up := upstreamFixtures(t)
	small := map[string]string{"BANTIN_MAX_BODY_BYTES": "1024"}
	if code, _, stderr := runCLIEnv(t, small, db, "", "sources", "add", up.URL+"/vnexpress.rss"); code != 0 {
		t.Fatalf("sources add: %d %s", code, stderr)
	}
	for _, args := range [][]string{
		{"fetch", "--all"},
		{"classify", up.URL + "/vnexpress.rss"},
		{"sources", "edit", "1", "--url", up.URL + "/tuoitre.rss"},
	} {
		code, _, stderr := runCLIEnv(t, small, db, "", args...)
		if code != ExitFail || !strings.Contains(stderr, "body larger than 1 KiB") ||
			!strings.Contains(stderr, "BANTIN_MAX_BODY_BYTES (now 1024) raises the cap") {
			t.Errorf("%q: exit %d, stderr:\n%s", args, code, stderr)
		}
	}
}
