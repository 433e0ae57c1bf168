package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

func TestCLISubscribersImport(t *testing.T) {
	storetest.EngineURLs(t, func(t *testing.T, db string) {
		csv := `email,topics,provinces,status
an@example.com,"xay-dung-dang,chinh-tri",thai-nguyen,
Binh@Example.com,,bac-kan;ha-noi,pending
not-an-address,,,
cuong@example.com,bogus-topic,,
dung@example.com,,,asleep
an@example.com,,,
em@example.com
"unterminated,quote
`
		code, out, stderr := runCLI(t, db, csv, "subscribers", "import", "-")
		if code != 1 || !strings.Contains(out, "added 3, updated 0, unchanged 0, invalid lines 5") {
			t.Fatalf("import: %d %q %q", code, out, stderr)
		}
		for _, want := range []string{"line 4: email \"not-an-address\"", "line 5: ", "xay-dung-dang", // valid topics named
			"line 6: status \"asleep\"", "line 7: an@example.com already appears on line 2", "invalid lines were skipped"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("report lacks %q:\n%s", want, stderr)
			}
		}
		_, out, _ = runCLI(t, db, "", "subscribers", "export")
		for _, want := range []string{"an@example.com,active,\"xay-dung-dang,chinh-tri\",thai-nguyen,",
			"binh@example.com,pending,,\"bac-kan,ha-noi\"", "em@example.com,active,,,"} {
			if !strings.Contains(out, want) {
				t.Errorf("export lacks %q:\n%s", want, out)
			}
		}
		// Exported rows import back unchanged; a file without a header is
		// read as email, topics, provinces, status; an empty status keeps
		// the subscriber's.
		dir := t.TempDir()
		file := filepath.Join(dir, "subs.csv")
		os.WriteFile(file, []byte(out), 0o644)
		if code, out, stderr := runCLI(t, db, "", "subscribers", "import", file); code != 0 || out != "added 0, updated 0, unchanged 3, invalid lines 0\n" {
			t.Errorf("re-import of the export: %d %q %q", code, out, stderr)
		}
		code, out, stderr = runCLI(t, db, "an@example.com,the-thao,,unsubscribed\nbinh@example.com,,bac-kan ha-noi,active\nem@example.com,,,\n",
			"subscribers", "import", "-")
		if code != 0 || out != "added 0, updated 2, unchanged 1, invalid lines 0\n" {
			t.Errorf("update: %d %q %q", code, out, stderr)
		}
		_, out, _ = runCLI(t, db, "", "subscribers", "list", "--status", "active")
		if !strings.Contains(out, "binh@example.com") || strings.Contains(out, "an@example.com") {
			t.Errorf("statuses after update:\n%s", out)
		}
		// Several batches in one run.
		var big strings.Builder
		for i := range 1234 {
			fmt.Fprintf(&big, "reader%04d@example.com,,,\n", i)
		}
		if code, out, stderr := runCLI(t, db, big.String(), "subscribers", "import", "-"); code != 0 || out != "added 1234, updated 0, unchanged 0, invalid lines 0\n" {
			t.Errorf("big import: %d %q %q", code, out, stderr)
		}
		if code, _, stderr := runCLI(t, db, "", "subscribers", "import"); code != 2 || !strings.Contains(stderr, "one CSV file") {
			t.Errorf("no file: %d %q", code, stderr)
		}
	})
}
