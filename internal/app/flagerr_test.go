package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// A mistyped flag is named in a line or two with a pointer to -h, not
// followed by every configuration flag; -h still prints them all.
func TestMistypedFlagIsShort(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	for _, args := range [][]string{{"fetch", "--al"}, {"sources", "list", "--bogus"}, {"fetch", "--all=maybe"}} {
		code, _, stderr := runCLI(t, db, "", args...)
		if code != ExitUsage || !strings.Contains(stderr, "-h lists the flags") || strings.Count(stderr, "\n") > 2 {
			t.Errorf("%q: exit %d, stderr (%d lines):\n%s", args, code, strings.Count(stderr, "\n"), stderr)
		}
	}
	// A flag given last without its value is said to lack one (it was
	// given the "--" interleave puts before the arguments).
	for _, args := range [][]string{{"fetch", "--source"}, {"sources", "add", "http://a.example/rss", "--name"}} {
		code, _, stderr := runCLI(t, db, "", args...)
		if code != ExitUsage || !strings.Contains(stderr, "flag needs an argument") || strings.Contains(stderr, `"--"`) {
			t.Errorf("%q: exit %d, stderr:\n%s", args, code, stderr)
		}
	}
	code, _, stderr := runCLI(t, db, "", "fetch", "-h")
	if code != ExitOK || !strings.Contains(stderr, "Usage: bantin fetch") || !strings.Contains(stderr, "-database-url") {
		t.Errorf("fetch -h: exit %d:\n%s", code, stderr)
	}
	// A command's own flags come first, before the configuration flags
	// every command takes (they were sorted in among them: -name between
	// -metrics-token and -outbox).
	_, _, stderr = runCLI(t, db, "", "sources", "add", "-h")
	own, conf := strings.Index(stderr, "\nFlags:\n"), strings.Index(stderr, "\nConfiguration flags")
	if own < 0 || conf < own || !strings.Contains(stderr[own:conf], "-name") || !strings.Contains(stderr[own:conf], "-province") ||
		strings.Contains(stderr[own:conf], "-database-url") || !strings.Contains(stderr[conf:], "-database-url") {
		t.Errorf("sources add -h:\n%s", stderr)
	}
}

// A mistyped flag near one the command takes is named with it; one near
// none is not given a guess.
func TestMistypedFlagSuggestion(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	cases := []struct {
		args []string
		want string // "" when no guess is wanted
	}{
		{[]string{"subscribers", "add", "a@example.org", "--topics", "the-thao"}, "did you mean --topic?"},
		{[]string{"subscribers", "add", "a@example.org", "--provinse", "ha-noi"}, "did you mean --province?"},
		{[]string{"fetch", "--al"}, "did you mean --all?"},
		{[]string{"serve", "--listn", "127.0.0.1:0"}, "did you mean --listen?"},
		{[]string{"sources", "list", "--bogus"}, ""},
	}
	for _, c := range cases {
		code, _, stderr := runCLI(t, db, "", c.args...)
		guessed := strings.Contains(stderr, "did you mean")
		if code != ExitUsage || (c.want == "") == guessed || c.want != "" && !strings.Contains(stderr, c.want) {
			t.Errorf("%q: exit %d, stderr:\n%s\nwant %q", c.args, code, stderr, c.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"topic", "topics", 3, 1}, {"al", "all", 3, 1}, {"listn", "listen", 3, 1}, {"provinse", "province", 3, 1},
		{"", "ab", 3, 2}, {"abc", "abc", 3, 0}, {"bogus", "all", 3, 3}, {"kitten", "sitting", 5, 3}, {"a", "abcdef", 3, 3},
	} {
		if got := editDistance(c.a, c.b, c.limit); got != c.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", c.a, c.b, c.limit, got, c.want)
		}
	}
}

// A mistyped command or subcommand is named with the one it is near, or
// the one another tool's alias means; one near none gets no guess.
func TestMistypedCommandSuggestion(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	for _, c := range []struct {
		args []string
		want string // "" when no guess is wanted
	}{
		{[]string{"serv"}, `bantin: unknown command "serv" (did you mean serve?)`},
		{[]string{"migrat"}, `(did you mean migrate?)`},
		{[]string{"help", "sorces"}, `unknown command "sorces" (did you mean sources?)`},
		{[]string{"sources", "ad", "http://a.example/rss"}, `unknown subcommand "ad" (did you mean add?): want add, list,`},
		{[]string{"subscribers", "ls"}, `unknown subcommand "ls" (did you mean list?)`},
		{[]string{"sources", "rm", "3"}, `unknown subcommand "rm" (did you mean remove?)`},
		{[]string{"digest", "prevew"}, `unknown subcommand "prevew" (did you mean preview?)`},
		{[]string{"frobnicate"}, ""},
		{[]string{"digest", "x"}, ""},
		{[]string{"topics", "new"}, ""}, // no "add" to mean
	} {
		code, _, stderr := runCLI(t, db, "", c.args...)
		guessed := strings.Contains(stderr, "did you mean")
		if code != ExitUsage || (c.want == "") == guessed || c.want != "" && !strings.Contains(stderr, c.want) {
			t.Errorf("%q: exit %d, stderr:\n%s\nwant %q", c.args, code, stderr, c.want)
		}
	}
}
