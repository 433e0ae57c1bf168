package app

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportNeutralisesFormulas: no exported cell starts with a character
// a spreadsheet evaluates, and the export imports back unchanged.
func TestExportNeutralisesFormulas(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	addrs := []string{"=cmd|calc!A0@example.com", "+84912345678@example.com", "-1+1@example.com",
		"'=quoted@example.com", "'plain@example.com", "ban@example.com"}
	for _, a := range addrs {
		if code, _, stderr := runCLI(t, db, "", "subscribers", "add", "--", a); code != 0 {
			t.Fatalf("add %s: %d %s", a, code, stderr)
		}
	}
	_, out, _ := runCLI(t, db, "", "subscribers", "export")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != len(addrs)+1 {
		t.Fatalf("export: %v, %d records:\n%s", err, len(recs), out)
	}
	for _, rec := range recs[1:] {
		for _, cell := range rec {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("cell %q starts with a formula character", cell)
			}
		}
	}
	file := filepath.Join(t.TempDir(), "subs.csv")
	os.WriteFile(file, []byte(out), 0o644)
	if code, got, stderr := runCLI(t, db, "", "subscribers", "import", file); code != 0 ||
		got != "added 0, updated 0, unchanged 6, invalid lines 0\n" {
		t.Errorf("re-import: %d %q %q", code, got, stderr)
	}
	for in, want := range map[string]string{"=x": "'=x", "'=x": "''=x", "'x": "'x", "x": "x", "@": "'@", "\tx": "'\tx"} {
		if got := csvSafe(in); got != want || csvUnsafe(got) != in {
			t.Errorf("csvSafe(%q) = %q (back %q), want %q", in, got, csvUnsafe(got), want)
		}
	}
}
