package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSMTPURLChecked: every command refuses an SMTP URL the mailer would
// refuse (or could never connect with) before doing anything, naming it.
func TestSMTPURLChecked(t *testing.T) {
	for _, tt := range []struct {
		url string
		ok  bool
	}{
		{"smtp://mx.example.com:25?tls=none", true},
		{"smtp://user:pass@mx.example.com:587?tls=starttls", true},
		{"smtps://mx.example.com", true},
		{"smtp://mx.example.com", true},
		{"smtp://mx.example.com:25?tls=maybe", false},
		{"smtp://mx.example.com:99999", false},
		{"smtp://mx.example.com:0", false},
		{"smtp://mx.example.com:smtp", false},
		{"http://mx.example.com:25", false},
		{"smtp:///nohost", false},
	} {
		env := envOf(map[string]string{"BANTIN_SMTP_URL": tt.url, "BANTIN_MAIL_FROM": "tin@bantin.example"})
		c, err := Load(env, nil)
		if err != nil {
			t.Fatalf("%s: load: %v", tt.url, err)
		}
		err = c.Validate()
		if (err == nil) != tt.ok || (err != nil && !strings.Contains(err.Error(), "BANTIN_SMTP_URL")) {
			t.Errorf("%s: Validate() = %v, want ok %v", tt.url, err, tt.ok)
		}
	}
}

// TestFileSettingsChecked: a file or folder setting that names nothing is
// refused by every command before it starts, naming the variable.
func TestFileSettingsChecked(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f")
	os.WriteFile(file, []byte("x"), 0o600)
	for _, tt := range []struct {
		name, value string
		ok          bool
	}{
		{"BANTIN_TOPIC_MODEL", file, true},
		{"BANTIN_TOPIC_MODEL", filepath.Join(dir, "missing.bin"), false},
		{"BANTIN_TOPIC_MODEL", dir, false},
		{"BANTIN_DKIM_KEY_FILE", file, true},
		{"BANTIN_DKIM_KEY_FILE", filepath.Join(dir, "missing.pem"), false},
		{"BANTIN_TEMPLATES_DIR", dir, true},
		{"BANTIN_TEMPLATES_DIR", filepath.Join(dir, "nope"), false},
		{"BANTIN_TEMPLATES_DIR", file, false},
		{"BANTIN_DATABASE_URL", "sqlite:" + filepath.Join(dir, "b.db"), true},
		{"BANTIN_DATABASE_URL", "sqlite:" + dir, false},
	} {
		c, err := Load(envOf(map[string]string{tt.name: tt.value}), nil)
		if err != nil {
			t.Fatalf("%s=%s: load: %v", tt.name, tt.value, err)
		}
		err = c.Validate()
		if (err == nil) != tt.ok || (err != nil && !strings.Contains(err.Error(), tt.name)) {
			t.Errorf("%s=%s: Validate() = %v, want ok %v", tt.name, tt.value, err, tt.ok)
		}
	}
}

// TestDigestMaxStoriesChecked: a digest may hold 1 to 20 stories; more
// could pass the 100 KB at which Gmail cuts a message (DESIGN §6), hiding
// the footer's unsubscribe link. 80 stories made a 200 KB message.
func TestDigestMaxStoriesChecked(t *testing.T) {
	for _, tt := range []struct {
		value string
		ok    bool
	}{
		{"1", true},
		{"20", true},
		{"21", false},
		{"80", false},
		{"0", false},
	} {
		c, err := Load(envOf(map[string]string{"BANTIN_DIGEST_MAX_STORIES": tt.value}), nil)
		if err != nil {
			t.Fatalf("%s: load: %v", tt.value, err)
		}
		err = c.Validate()
		if (err == nil) != tt.ok || (err != nil && !strings.Contains(err.Error(), "BANTIN_DIGEST_MAX_STORIES")) {
			t.Errorf("BANTIN_DIGEST_MAX_STORIES=%s: Validate() = %v, want ok %v", tt.value, err, tt.ok)
		}
	}
}

func TestHidePasswords(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://u:pw@h:5432/db?sslmode=disable": "postgres://u:xxxxx@h:5432/db?sslmode=disable",
		"postgres://u@h/db":                         "postgres://u@h/db",
		"mysql://u:p@ss:w@h/x@y":                    "mysql://u:xxxxx@h/x@y",
		`"a://u:p@h" and "b://v:q@[::1"`:            `"a://u:xxxxx@h" and "b://v:xxxxx@[::1"`,
		"sqlite:/tmp/x.db":                          "sqlite:/tmp/x.db",
		"no url: here@there":                        "no url: here@there",
		"postgres//u:pw@h/db":                       "postgres//u:xxxxx@h/db",
		"//u:pw@h":                                  "//u:xxxxx@h",
		"sqlite:///tmp/x.db":                        "sqlite:///tmp/x.db",
	} {
		if got := hidePasswords(in); got != want {
			t.Errorf("hidePasswords(%q) = %q, want %q", in, got, want)
		}
	}
}

// A database URL of no known scheme that reads as an SQLite file is
// refused with the setting meant ("demo.db" was refused saying only what
// the forms are); other schemes get no guess and their password is not
// repeated.
func TestDatabaseURLGuess(t *testing.T) {
	for _, tt := range []struct{ value, want string }{
		{"demo.db", `(sqlite:demo.db?)`},
		{"./data/bantin.db", `(sqlite:./data/bantin.db?)`},
		{"file:demo.db", `(sqlite:demo.db?)`},
		{"file:///tmp/b.db", `(sqlite:/tmp/b.db?)`},
		{"sqlite3:b.db", `(sqlite:b.db?)`},
		{"SQLite:b.db", `(sqlite:b.db?)`},
		{"mysql://u:secret@db/x", ""},
		{"postgres:/x", ""},
		{"postgres//u:secret@db/x", ""},
		{"//u:secret@db.example/x", ""},
	} {
		c, err := Load(envOf(map[string]string{"BANTIN_DATABASE_URL": tt.value}), nil)
		if err != nil {
			t.Fatalf("%s: load: %v", tt.value, err)
		}
		err = c.Validate()
		if err == nil {
			t.Fatalf("%s: accepted", tt.value)
		}
		msg := err.Error()
		if tt.want != "" && !strings.HasSuffix(msg, "want sqlite:PATH or postgres://user@host:port/db "+tt.want) ||
			tt.want == "" && (strings.Contains(msg, "(sqlite:") || strings.Contains(msg, "secret")) {
			t.Errorf("%s: %v, want the guess %q", tt.value, msg, tt.want)
		}
	}
}
