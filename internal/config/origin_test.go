package config

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestValidateNamesOrigin: an invalid setting is named by where its value
// came from — the flag, the config file's key, the _FILE variable — not
// by a variable the operator never set (`--listen 8080` said
// "BANTIN_LISTEN: "8080": want host:port").
func TestValidateNamesOrigin(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "bantin.toml")
	if err := os.WriteFile(file, []byte("database_url = \"mysql://x\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	secret := filepath.Join(dir, "smtp")
	if err := os.WriteFile(secret, []byte("ftp://mail.example.org\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	short := filepath.Join(dir, "secret")
	if err := os.WriteFile(short, []byte("hunter\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		env   map[string]string
		flags []string
		want  string
	}{
		{nil, []string{"--listen", "8080"}, `--listen: "8080": want host:port`},
		{map[string]string{"BANTIN_LISTEN": "8081"}, []string{"--listen", "8080"}, `--listen: "8080": want host:port`},
		{map[string]string{"BANTIN_LISTEN": "8081"}, nil, `BANTIN_LISTEN: "8081": want host:port`},
		{nil, []string{"--fetch-interval", "10s"}, "--fetch-interval: 10s: want at least 1m"},
		{map[string]string{"BANTIN_CONFIG": file}, nil, "config file " + file + `: database_url: "mysql://x": want sqlite:PATH`},
		{map[string]string{"BANTIN_SMTP_URL_FILE": secret}, nil, "BANTIN_SMTP_URL_FILE: "},
		{nil, []string{"--log-level", "loud"}, `--log-level: "loud": want debug`},
		// A short secret is a bad setting (exit 2, before the database is
		// opened), named without its value.
		{map[string]string{"BANTIN_SECRET": "abc"}, nil, "BANTIN_SECRET: 3 bytes: want at least 16"},
		{map[string]string{"BANTIN_SECRET_FILE": short}, nil, "BANTIN_SECRET_FILE: 6 bytes: want at least 16"},
	}
	for _, tt := range tests {
		fs := flag.NewFlagSet("test", flag.ContinueOnError)
		f := RegisterFlags(fs)
		if err := fs.Parse(tt.flags); err != nil {
			t.Fatal(err)
		}
		c, origin, err := LoadOrigins(envOf(tt.env), f)
		if err != nil {
			t.Fatalf("%v %v: load: %v", tt.env, tt.flags, err)
		}
		err = c.ValidateFrom(origin)
		if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "hunter") {
			t.Errorf("%v %v: %v, want %q (and no secret shown)", tt.env, tt.flags, err, tt.want)
		}
	}
}
