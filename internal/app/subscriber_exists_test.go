package app

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestCLISubscribersAddExisting: adding an address that is a subscriber
// names it and its status and gives the import line that sets the topics
// and provinces asked for (there is no edit command); that line, run,
// changes them and keeps the status.
func TestCLISubscribersAddExisting(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	if code, _, stderr := runCLI(t, db, "", "subscribers", "add", "ban@example.com", "--topic", "giao-duc"); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	code, _, stderr := runCLI(t, db, "", "subscribers", "add", "Ban@Example.com", "--topic", "the-thao,kinh-te", "--province", "ha-noi")
	want := `ban@example.com is already a subscriber (subscriber 1, active); nothing added; to give it these topics and provinces (none: all): ` +
		`echo 'ban@example.com,"the-thao,kinh-te",ha-noi,' | bantin subscribers import -`
	if code != 1 || !strings.Contains(stderr, want) {
		t.Fatalf("add again: %d %q, want %q", code, stderr, want)
	}
	if code, _, stderr := runCLI(t, db, `ban@example.com,"the-thao,kinh-te",ha-noi,`+"\n", "subscribers", "import", "-"); code != 0 {
		t.Fatalf("the line given: %d %s", code, stderr)
	}
	if code, stdout, _ := runCLI(t, db, "", "subscribers", "list"); code != 0 ||
		!regexp.MustCompile(`1\s+active\s.*ban@example\.com\s+the-thao,kinh-te\s+ha-noi`).MatchString(stdout) {
		t.Errorf("after the import line: %q", stdout)
	}
}
