package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// An address with a Vietnamese domain, stored in ASCII by 'subscribers
// add', is found again in the form it was added with: 'subscribers remove'
// and 'digest preview --email' said it was no subscriber.
func TestCLIFindsUnicodeDomainAddress(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	if code, _, stderr := runCLI(t, db, "", "subscribers", "add", "ban@ví-dụ.vn"); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	code, out, stderr := runCLI(t, db, "", "digest", "preview", "--email", "Ban@Ví-Dụ.vn", "--period", "2026-W47", "--out", t.TempDir())
	if code != 0 || strings.Contains(stderr, "not a subscriber") {
		t.Errorf("preview: exit %d, %s%s", code, out, stderr)
	}
	if code, out, stderr := runCLI(t, db, "", "subscribers", "remove", "ban@ví-dụ.vn"); code != 0 || !strings.Contains(out, "removed subscriber 1") {
		t.Errorf("remove: exit %d, %s%s", code, out, stderr)
	}
}

// 'subscribers list' and 'add' show a Vietnamese domain as the pages and
// emails do, in Unicode, with the stored ASCII form (which mail logs show)
// beside it; the export keeps the ASCII form alone, which imports back.
func TestCLIShowsUnicodeDomain(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	const both = "ban@ví-dụ.vn (ban@xn--v-d-rma6749a.vn)"
	code, out, stderr := runCLI(t, db, "", "subscribers", "add", "Ban@Ví-Dụ.vn")
	if code != 0 || out != "added subscriber 1: "+both+" (active)\n" {
		t.Errorf("add: exit %d, %q %s", code, out, stderr)
	}
	if code, _, stderr := runCLI(t, db, "", "subscribers", "add", "an@example.com"); code != 0 {
		t.Fatalf("add: exit %d, %s", code, stderr)
	}
	code, out, _ = runCLI(t, db, "", "subscribers", "list")
	if code != 0 || !strings.Contains(out, "  "+both+"  ") || !strings.Contains(out, "  an@example.com  ") {
		t.Errorf("list: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, db, "", "subscribers", "export")
	if code != 0 || !strings.Contains(out, "\nban@xn--v-d-rma6749a.vn,") || strings.Contains(out, "ví-dụ") {
		t.Errorf("export: exit %d\n%s", code, out)
	}
	if code, _, stderr := runCLI(t, db, "", "subscribers", "add", "ban@ví-dụ.vn"); code != 1 || !strings.Contains(stderr, both+" is already a subscriber") {
		t.Errorf("add again: exit %d, %s", code, stderr)
	}
	code, _, stderr = runCLI(t, db, "ban@ví-dụ.vn\nBan@xn--v-d-rma6749a.vn\n", "subscribers", "import", "-")
	if code != 1 || !strings.Contains(stderr, "line 2: "+both+" already appears on line 1") {
		t.Errorf("import: exit %d, %s", code, stderr)
	}
}
