package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// A CSV saved by a spreadsheet as "CSV UTF-8" opens with a byte order
// mark: the header (or the first address) was read as "\ufeffemail" and
// refused, and the import exited 1.
func TestImportSkipsByteOrderMark(t *testing.T) {
	for name, csv := range map[string]string{
		"header":    "\ufeffemail,topics\nbom@example.com,y-te\n",
		"no header": "\ufeffbom@example.com,y-te\n",
	} {
		db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
		code, out, stderr := runCLI(t, db, csv, "subscribers", "import", "-")
		if code != 0 || out != "added 1, updated 0, unchanged 0, invalid lines 0\n" {
			t.Errorf("%s: exit %d, %q %q", name, code, out, stderr)
		}
	}
}

// A file that cannot be opened is named once ("open F: open F: …"), and
// one invalid line is "1 invalid line was skipped".
func TestImportMessages(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	missing := filepath.Join(t.TempDir(), "none.csv")
	code, _, stderr := runCLI(t, db, "", "subscribers", "import", missing)
	if code != 1 || stderr != "bantin subscribers: open "+missing+": no such file or directory\n" {
		t.Errorf("missing file: exit %d, %q", code, stderr)
	}
	code, _, stderr = runCLI(t, db, "bad\n", "subscribers", "import", "-")
	if code != 1 || !strings.HasSuffix(stderr, "bantin subscribers: 1 invalid line was skipped (listed above); the others were imported\n") {
		t.Errorf("one bad line: exit %d, %q", code, stderr)
	}
}
