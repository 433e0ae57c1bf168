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
