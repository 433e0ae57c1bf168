package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCLIRepeatedListFlags: "--topic a --topic b" keeps both, as
// "--topic a,b" does; a plain string flag kept only the last one, so a
// subscriber added with two --topic flags silently got one topic.
func TestCLIRepeatedListFlags(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "l.db")
	for _, tc := range []struct {
		add  []string
		list []string
		want string
	}{
		{[]string{"subscribers", "add", "a@example.com", "--topic", "kinh-te", "--topic", "y-te,moi-truong",
			"--province", "ha-noi", "--province", "can-tho"},
			[]string{"subscribers", "list"}, "kinh-te,y-te,moi-truong  ha-noi,can-tho\n"},
		{[]string{"subscribers", "add", "b@example.com", "--topic", "giao-duc, the-thao"},
			[]string{"subscribers", "list"}, "giao-duc,the-thao "},
		{[]string{"sources", "add", "http://127.0.0.1:1/a.rss", "--topic", "kinh-te", "--topic", "the-gioi"},
			[]string{"sources", "list"}, "kinh-te,the-gioi"},
	} {
		if code, _, stderr := runCLI(t, db, "", tc.add...); code != 0 {
			t.Fatalf("%q: %d %q", tc.add, code, stderr)
		}
		if code, out, stderr := runCLI(t, db, "", tc.list...); code != 0 || !strings.Contains(out, tc.want) {
			t.Errorf("%q then %q: %d %q %q, want %q in it", tc.add, tc.list, code, out, stderr, tc.want)
		}
	}
	// A bad slug in a repeated flag is still refused.
	if code, _, stderr := runCLI(t, db, "", "subscribers", "add", "c@example.com", "--topic", "kinh-te", "--topic", "khong-co"); code != 2 || !strings.Contains(stderr, "khong-co") {
		t.Errorf("bad repeated topic: %d %q", code, stderr)
	}
}
