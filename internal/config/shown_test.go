package config

import (
	"strings"
	"testing"
)

// TestShownHidesSecrets: -h shows a secret setting's URL without its
// password and query, and a value it cannot read as such a URL not at all
// (a PostgreSQL keyword DSN, a URL with no "//" before its password), even
// though validation would refuse it later: -h runs before validation.
func TestShownHidesSecrets(t *testing.T) {
	for _, tc := range []struct{ key, val, want string }{
		{"database_url", "postgres://bantin:hunter2@db:5432/bantin?sslmode=disable", `"postgres://bantin:xxxxx@db:5432/bantin?…"`},
		{"database_url", "sqlite:bantin.db", `"sqlite:bantin.db"`},
		{"database_url", "host=db user=bantin password=hunter2", "set (hidden)"},
		{"database_url", "host=db:5432 password=hunter2", "set (hidden)"},
		{"smtp_url", "smtp:bantin:hunter2@mail.example.org", "set (hidden)"},
		{"smtp_url", "smtp://bantin:hunter2@mail.example.org:587", `"smtp://bantin:xxxxx@mail.example.org:587"`},
		{"secret", "hunter2hunter2", "set (hidden)"},
		{"listen", "127.0.0.1:8080", `"127.0.0.1:8080"`},
	} {
		got := shown(tc.key, tc.val)
		if got != tc.want || tc.key != "listen" && strings.Contains(got, "hunter2") {
			t.Errorf("shown(%s, %q) = %s, want %s", tc.key, tc.val, got, tc.want)
		}
	}
}
