package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCLISubscribersMoveKeepsDates moves subscribers to a new database with
// export and import: when each subscribed and confirmed (the record of
// consent) and the bounce count come along; a malformed date is a bad line.
func TestCLISubscribersMoveKeepsDates(t *testing.T) {
	dir := t.TempDir()
	to := "sqlite:" + filepath.Join(dir, "to.db")
	export := `email,status,topics,provinces,created_at,confirmed_at,bounces
an@example.com,active,the-thao,,2025-03-01T08:00:00Z,2025-03-01T08:05:00Z,2
binh@example.com,pending,,ha-noi,2025-04-02T09:00:00Z,,0
cuong@example.com,active,,,yesterday,,0
`
	code, out, stderr := runCLI(t, to, export, "subscribers", "import", "-")
	if code != 1 || !strings.Contains(out, "added 2,") || !strings.Contains(stderr, `line 4: created_at "yesterday"`) {
		t.Fatalf("import: %d %q %q", code, out, stderr)
	}
	_, again, _ := runCLI(t, to, "", "subscribers", "export")
	for _, want := range []string{"an@example.com,active,the-thao,,2025-03-01T08:00:00Z,2025-03-01T08:05:00Z,2",
		"binh@example.com,pending,,ha-noi,2025-04-02T09:00:00Z,,0"} {
		if !strings.Contains(again, want) {
			t.Errorf("export after the move lacks %q:\n%s", want, again)
		}
	}
}
