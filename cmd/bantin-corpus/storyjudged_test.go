package main

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeVerdicts writes pair verdict files into a new directory and
// returns it; files maps a name to its lines "a b label".
func writeVerdicts(t *testing.T, files map[string][]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, lines := range files {
		var b strings.Builder
		for _, l := range lines {
			f := strings.Fields(l)
			b.WriteString(`{"a":"` + f[0] + `","b":"` + f[1] + `","day":"2026-01-01","sample":"s","label":"` + f[2] + `"}` + "\n")
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestCountJudged: each judged pair once (its first file's verdict, either
// order), counted among all, joined and split by verdict; a pair with an
// item outside either census is left out (v is only in the census after;
// s and u, apart, only in the one before: their pair is not joined).
func TestCountJudged(t *testing.T) {
	dir := writeVerdicts(t, map[string][]string{
		"pairs_a.jsonl": {"w x same", "x y other", "y z doubtful", "w q same"},
		"pairs_b.jsonl": {"x w other", "w z other", "v w same", "s u other"},
	})
	vs, err := readJudged(filepath.Join(dir, "pairs_*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	before := census(t, "w 1", "x 1", "y 2", "z 2", "s 3", "u 4")
	after := census(t, "w 1", "x 2", "y 2", "z 2", "v 1")
	c := countJudged(vs, before, after)
	for _, tc := range []struct {
		name      string
		got, want map[string]int
	}{
		{"all", c.all, map[string]int{"same": 1, "other": 2, "doubtful": 1}},
		{"joined", c.joined, map[string]int{"other": 1}},
		{"split", c.split, map[string]int{"same": 1}},
	} {
		if !maps.Equal(tc.got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}

// TestReadJudgedRefuses: no file, an unknown label or a line that is not
// JSON is an error.
func TestReadJudgedRefuses(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string][]string
	}{
		{"no file", map[string][]string{}},
		{"unknown label", map[string][]string{"pairs_a.jsonl": {"w x maybe"}}},
	} {
		dir := writeVerdicts(t, tc.files)
		if _, err := readJudged(filepath.Join(dir, "pairs_*.jsonl")); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "pairs_a.jsonl"), []byte("not json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readJudged(filepath.Join(dir, "pairs_*.jsonl")); err == nil {
		t.Error("not json: no error")
	}
}
