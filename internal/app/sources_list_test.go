package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// sources list shows what each source gives its articles: its topics and
// its home province ("-" for none).
func TestSourcesListShowsTopicsAndProvince(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	up := upstreamFixtures(t)
	if code, _, stderr := runCLI(t, db, "", "sources", "add", up.URL+"/baothainguyen.rss", "--name", "TN",
		"--topic", "kinh-te", "--province", "thai-nguyen"); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, db, "", "sources", "add", up.URL+"/vnexpress.rss", "--name", "VNE"); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	_, out, _ := runCLI(t, db, "", "sources", "list")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], "TOPICS") || !strings.Contains(lines[0], "PROVINCE") {
		t.Fatalf("sources list:\n%s", out)
	}
	if row := strings.Join(strings.Fields(lines[1]), " "); !strings.Contains(row, " TN kinh-te thai-nguyen http") {
		t.Errorf("the first source's topics and province are missing: %q", lines[1])
	}
	if row := strings.Join(strings.Fields(lines[2]), " "); !strings.Contains(row, " VNE - - http") {
		t.Errorf("a source without topics and province shows dashes: %q", lines[2])
	}
}
