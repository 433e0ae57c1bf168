package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCLISourcesEdit: 'sources edit' changes a source's name, topics or
// home province in place (before it, only 'sources remove', which deletes
// the articles, and 'sources add' could), by ID or URL; only the flags
// given change anything, an empty value clears; bad slugs and no flags are
// usage errors, an unknown source a failure.
func TestCLISourcesEdit(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	if code, _, stderr := runCLI(t, db, "", "sources", "add", "https://baothainguyen.vn/rss", "--name", "Kinh t? Latin",
		"--topic", "kinh-te"); code != 0 {
		t.Fatal(stderr)
	}
	for _, tt := range []struct {
		args []string
		code int
		out  string // a part of stdout on success, of stderr otherwise
	}{
		{[]string{"1", "--name", "Báo Thái Nguyên"}, 0, `edited source 1 (https://baothainguyen.vn/rss): name "Báo Thái Nguyên" (was "Kinh t? Latin")`},
		{[]string{"https://baothainguyen.vn/rss", "--province", "thai-nguyen", "--topic", ""}, 0,
			`topics "" (was "kinh-te"), province "thai-nguyen" (was "")` + "\nits new articles are tagged so; run 'bantin reclassify'"},
		{[]string{"1", "--province", "thai-nguyen"}, 0, "source 1 is unchanged"},
		{[]string{"1", "--name", ""}, 0, "its next fetch names it from its feed's title"},
		{[]string{"1"}, 2, "give --name, --topic, --province (an empty value clears it) or --url"},
		{[]string{"1", "--province", "thainguyen"}, 2, `unknown province "thainguyen"`},
		{[]string{"1", "--topic", "kinhte"}, 2, `unknown topic "kinhte"`},
		{[]string{"2", "--name", "x"}, 1, "no source with ID 2"},
		{[]string{"https://b.vn/rss", "--name", "x"}, 1, "no source with URL https://b.vn/rss"},
	} {
		code, out, stderr := runCLI(t, db, "", append([]string{"sources", "edit"}, tt.args...)...)
		if code != tt.code || (code == 0 && !strings.Contains(out, tt.out)) || (code != 0 && !strings.Contains(stderr, tt.out)) {
			t.Errorf("edit %q: exit %d, %q %q; want %d %q", tt.args, code, out, stderr, tt.code, tt.out)
		}
	}
	_, out, _ := runCLI(t, db, "", "sources", "list")
	if !strings.Contains(out, "thai-nguyen") || strings.Contains(out, "kinh-te") || strings.Contains(out, "Thái Nguyên") {
		t.Errorf("list after the edits:\n%s", out)
	}
}
