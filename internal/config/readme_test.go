package config

import (
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestREADMEConfigTable: README's configuration table names every setting
// once, and no other, and the defaults it writes as a bare value ("15m",
// "67108864") or as "empty…" are the ones Default returns. Defaults the
// table describes in words (the base URL, the sender, the secret) are left
// to the tests of those settings.
func TestREADMEConfigTable(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{} // variable -> default cell
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.HasPrefix(line, "| `BANTIN_") {
			continue
		}
		cells := strings.Split(strings.ReplaceAll(line, `\|`, "\x00"), "|")
		if len(cells) < 4 {
			t.Errorf("README row %q: want | variable | default | meaning |", line)
			continue
		}
		name := strings.Trim(strings.TrimSpace(cells[1]), "`")
		if _, dup := rows[name]; dup {
			t.Errorf("README lists %s twice", name)
		}
		rows[name] = strings.TrimSpace(cells[2])
	}
	bare := regexp.MustCompile("^`([^`…]*)`$")
	def := Default()
	forEachField(&def, func(key string, v reflect.Value) {
		name := "BANTIN_" + strings.ToUpper(key)
		cell, ok := rows[name]
		if !ok {
			t.Errorf("README's configuration table has no row for %s", name)
			return
		}
		delete(rows, name)
		switch m := bare.FindStringSubmatch(cell); {
		case strings.HasPrefix(cell, "empty"):
			if got := format(v); got != "" {
				t.Errorf("README: %s defaults to empty; Default has %q", name, got)
			}
		case m != nil:
			if got := format(v); got != m[1] {
				t.Errorf("README: %s defaults to %q; Default has %q", name, m[1], got)
			}
		}
	})
	for name := range rows {
		t.Errorf("README's configuration table lists %s, which is no setting", name)
	}
}
