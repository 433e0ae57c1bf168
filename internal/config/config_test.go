package config

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func envOf(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestDefaultsAreValid(t *testing.T) {
	c, err := Load(envOf(nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.DatabaseURL != "sqlite:bantin.db" || c.Listen != "127.0.0.1:8080" || c.FetchInterval != 15*time.Minute {
		t.Fatalf("defaults: %+v", c)
	}
}

func TestPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "bantin.toml")
	os.WriteFile(file, []byte("listen = \"127.0.0.1:9000\"\nfetch_interval = \"30m\"\nbase_url = \"https://file.example\"\n"), 0o600)
	secret := filepath.Join(dir, "secret")
	os.WriteFile(secret, []byte("s3cr3t\n"), 0o600)
	env := envOf(map[string]string{
		"BANTIN_CONFIG": file, "BANTIN_LISTEN": "127.0.0.1:9100", "BANTIN_SECRET_FILE": secret,
	})
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	f := RegisterFlags(fs)
	if err := fs.Parse([]string{"--listen", "127.0.0.1:9200", "--allow-private-sources", "true"}); err != nil {
		t.Fatal(err)
	}
	c, err := Load(env, f)
	if err != nil {
		t.Fatal(err)
	}
	if c.Listen != "127.0.0.1:9200" || c.FetchInterval != 30*time.Minute || c.BaseURL != "https://file.example" ||
		c.Secret != "s3cr3t" || !c.AllowPrivateSources {
		t.Fatalf("precedence wrong: %+v", c)
	}
}

func TestYAMLAndErrors(t *testing.T) {
	dir := t.TempDir()
	y := filepath.Join(dir, "c.yaml")
	os.WriteFile(y, []byte("timezone: Asia/Bangkok\nfetch_workers: 4\n"), 0o600)
	c, err := Load(envOf(map[string]string{"BANTIN_CONFIG": y}), nil)
	if err != nil || c.TimeZone != "Asia/Bangkok" || c.FetchWorkers != 4 {
		t.Fatalf("yaml: %+v %v", c, err)
	}
	bad := filepath.Join(dir, "bad.toml")
	os.WriteFile(bad, []byte("lisen = \"x\"\n"), 0o600)
	if _, err := Load(envOf(map[string]string{"BANTIN_CONFIG": bad}), nil); err == nil || !strings.Contains(err.Error(), "lisen") {
		t.Fatalf("unknown key: %v", err)
	}
	if _, err := Load(envOf(map[string]string{"BANTIN_FETCH_INTERVAL": "soon"}), nil); err == nil ||
		!strings.Contains(err.Error(), "BANTIN_FETCH_INTERVAL") {
		t.Fatalf("bad duration: %v", err)
	}
	c = Default()
	c.DatabaseURL, c.DigestSchedule, c.TimeZone = "mysql://x", "Funday 7", "Mars/Base"
	err = c.Validate()
	// "Hanoi" is no zone name: the message says what one looks like.
	for _, want := range []string{"BANTIN_DATABASE_URL", "BANTIN_DIGEST_SCHEDULE", "BANTIN_TIMEZONE", "such as Asia/Ho_Chi_Minh"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate: %v, want mention of %s", err, want)
		}
	}
}

func TestParseSchedule(t *testing.T) {
	s, err := ParseSchedule("monday 07:30")
	if err != nil || s.Weekday != time.Monday || s.Hour != 7 || s.Minute != 30 {
		t.Fatalf("%+v %v", s, err)
	}
	for _, bad := range []string{"", "Mon", "Xyz 07:00", "Mon 7am"} {
		if _, err := ParseSchedule(bad); err == nil {
			t.Errorf("ParseSchedule(%q): want error", bad)
		}
	}
}

// TestSenderFollowsBaseURL: without BANTIN_MAIL_FROM mail comes from the
// public host; SMTP from a bare host name is refused with a clear error.
func TestSenderFollowsBaseURL(t *testing.T) {
	for _, tc := range []struct {
		env     map[string]string
		sender  string
		invalid bool
	}{
		{nil, "Bản tin <bantin@localhost>", false}, // the outbox takes anything
		{map[string]string{"BANTIN_BASE_URL": "https://Bantin.Example:8443/x"}, "Bản tin <bantin@bantin.example>", false},
		{map[string]string{"BANTIN_BASE_URL": "https://bantin.example", "BANTIN_SMTP_URL": "smtp://mx.example:25"}, "Bản tin <bantin@bantin.example>", false},
		{map[string]string{"BANTIN_MAIL_FROM": "Tin <tin@bao.example>", "BANTIN_BASE_URL": "https://bantin.example"}, "Tin <tin@bao.example>", false},
		{map[string]string{"BANTIN_SMTP_URL": "smtp://mx.example:25"}, "Bản tin <bantin@localhost>", true},
		{map[string]string{"BANTIN_SMTP_URL": "smtp://mx.example:25", "BANTIN_BASE_URL": "http://10.0.0.5:8080"}, "Bản tin <bantin@localhost>", true},
		{map[string]string{"BANTIN_SMTP_URL": "smtp://mx.example:25", "BANTIN_MAIL_FROM": "bantin@intranet"}, "bantin@intranet", true},
	} {
		c, err := Load(envOf(tc.env), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Sender(); got != tc.sender {
			t.Errorf("%v: sender %q, want %q", tc.env, got, tc.sender)
		}
		err = c.Validate()
		if tc.invalid && (err == nil || !strings.Contains(err.Error(), "BANTIN_MAIL_FROM") || !strings.Contains(err.Error(), "bare host name")) {
			t.Errorf("%v: Validate = %v, want a BANTIN_MAIL_FROM error about a bare host name", tc.env, err)
		}
		if !tc.invalid && err != nil {
			t.Errorf("%v: Validate = %v", tc.env, err)
		}
	}
}

// TestBaseURLFollowsListen: a base URL left at its default follows the
// listen address, so `--listen` alone does not leave every link on :8080;
// a base URL that was set stays as set.
func TestBaseURLFollowsListen(t *testing.T) {
	for _, tc := range []struct {
		name  string
		env   map[string]string
		flags []string
		want  string
	}{
		{"defaults", nil, nil, "http://127.0.0.1:8080"},
		{"listen flag", nil, []string{"--listen", "127.0.0.1:9000"}, "http://127.0.0.1:9000"},
		{"listen variable", map[string]string{"BANTIN_LISTEN": "localhost:9001"}, nil, "http://localhost:9001"},
		{"wildcard host", map[string]string{"BANTIN_LISTEN": ":9002"}, nil, "http://127.0.0.1:9002"},
		{"unspecified IPv6", map[string]string{"BANTIN_LISTEN": "[::]:9003"}, nil, "http://127.0.0.1:9003"},
		{"IPv6 loopback", map[string]string{"BANTIN_LISTEN": "[::1]:9004"}, nil, "http://[::1]:9004"},
		{"base URL set", map[string]string{"BANTIN_LISTEN": ":9005", "BANTIN_BASE_URL": "https://bantin.example"}, nil, "https://bantin.example"},
		{"listen unparsable", map[string]string{"BANTIN_LISTEN": "nonsense"}, nil, "http://127.0.0.1:8080"},
		{"any free port", map[string]string{"BANTIN_LISTEN": "127.0.0.1:0"}, nil, "http://127.0.0.1:8080"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			f := RegisterFlags(fs)
			if err := fs.Parse(tc.flags); err != nil {
				t.Fatal(err)
			}
			c, err := Load(envOf(tc.env), f)
			if err != nil {
				t.Fatal(err)
			}
			if c.BaseURL != tc.want {
				t.Errorf("BaseURL = %q, want %q", c.BaseURL, tc.want)
			}
		})
	}
}

// TestShortDuration: durations are written as a user types them, in the
// flags' help and in the messages that name a bad value.
func TestShortDuration(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{24 * time.Hour, "24h"},
		{15 * time.Minute, "15m"},
		{time.Minute, "1m"},
		{30 * time.Second, "30s"},
		{75 * time.Second, "1m15s"},
		{90 * time.Minute, "1h30m"},
		{time.Hour + time.Second, "1h0m1s"},
		{0, "0s"},
		{1500 * time.Millisecond, "1.5s"},
	} {
		if got := ShortDuration(tc.d); got != tc.want {
			t.Errorf("ShortDuration(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

// TestFlagHelpDurations: a command's -h shows duration defaults as they
// are written in README's table ("24h", not "24h0m0s").
func TestFlagHelpDurations(t *testing.T) {
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	RegisterFlags(fs)
	for name, want := range map[string]string{"fetch-ceiling": `default "24h")`, "fetch-interval": `default "15m")`,
		"shutdown-grace": `default "30s")`} {
		if u := fs.Lookup(name).Usage; !strings.HasSuffix(u, want) {
			t.Errorf("--%s usage %q: want it to end with %s", name, u, want)
		}
	}
	c := Default()
	c.FetchInterval = 10 * time.Second
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "10s: want at least 1m") ||
		strings.Contains(err.Error(), "1m0s") {
		t.Errorf("Validate with a 10s interval: %v, want \"10s: want at least 1m\"", err)
	}
}

// A TOML syntax error on a line that gives a key a bare value says how
// TOML wants values written, with that line's value quoted: a bare duration
// (fetch_interval = 20m) read as "expected a top-level item to end with a
// newline … but got 'm'". YAML, which takes 20m as a string, and other
// errors (a key given twice, which used to get the note too) get none.
func TestTOMLSyntaxErrorSaysQuote(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name, text string
		hint       string
	}{
		{"c.toml", "fetch_interval = 20m\n", `quoted: fetch_interval = "20m")`},
		{"d.toml", "listen = 127.0.0.1:9000 # local\n", `quoted: listen = "127.0.0.1:9000")`},
		{"e.toml", "lisen = \"x\"\n", ""},
		{"f.yaml", "listen: [1,2\n", ""},
		{"h.toml", "fetch_interval = \"20m\"\nfetch_interval = \"30m\"\n", ""},
		{"i.toml", "[bantin\nfetch_interval = \"20m\"\n", ""},
		// A secret's line: the value is not shown, nor the parser's quote of it.
		{"j.toml", "smtp_url = smtp://ban:Pw0rd1234@mail.example.vn:587\n", `quoted: smtp_url = "…")`},
		{"k.toml", "secret = abcdefghijklmnopqrstu\n", `quoted: secret = "…")`},
		{"l.toml", "Database_URL = postgres://u:Pw0rd1234@db/bantin\n", `quoted: Database_URL = "…")`},
		{"m.toml", "metrics_token = \"abcdefghijklmnopqrstu\n", "the value of metrics_token does not parse (not shown: a secret)"},
	} {
		file := filepath.Join(dir, tt.name)
		os.WriteFile(file, []byte(tt.text), 0o600)
		_, err := Load(envOf(map[string]string{"BANTIN_CONFIG": file}), nil)
		if err == nil || (tt.hint != "" && !strings.Contains(err.Error(), tt.hint)) || (tt.hint == "" && strings.Contains(err.Error(), "quoted")) {
			t.Errorf("%s: %v, want the quoting note %q", tt.name, err, tt.hint)
		}
		if err != nil && (strings.Contains(err.Error(), "Pw0rd1234") || strings.Contains(err.Error(), "abcdefghijklmnopqrstu")) {
			t.Errorf("%s: %v shows the secret", tt.name, err)
		}
	}
	file := filepath.Join(dir, "g.yaml")
	os.WriteFile(file, []byte("fetch_interval: 20m\n"), 0o600)
	if c, err := Load(envOf(map[string]string{"BANTIN_CONFIG": file}), nil); err != nil || c.FetchInterval.String() != "20m0s" {
		t.Errorf("yaml 20m: %v %v", c.FetchInterval, err)
	}
}

// An unknown config file key that is a setting written another way — as
// its variable, with dashes, in capitals — names the key meant; a table
// says that settings are top-level keys; a secret's _FILE form says it is a
// variable; any other unknown key gets no guess.
func TestUnknownKeyHint(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name, text, hint string
	}{
		{"a.toml", "BANTIN_FETCH_INTERVAL = \"20m\"\n", "(did you mean fetch_interval?"},
		{"b.toml", "fetch-interval = \"20m\"\n", "(did you mean fetch_interval?"},
		{"c.yaml", "Database_URL: sqlite:x.db\n", "(did you mean database_url?"},
		{"d.toml", "[bantin]\nfetch_interval = \"20m\"\n", "(settings are top-level keys"},
		{"e.yaml", "bantin:\n  fetch_interval: 20m\n", "(settings are top-level keys"},
		{"f.toml", "smtp_url_file = \"/run/smtp\"\n", "variable BANTIN_SMTP_URL_FILE"},
		{"g.toml", "colour = \"red\"\n", ""},
	} {
		file := filepath.Join(dir, tt.name)
		os.WriteFile(file, []byte(tt.text), 0o600)
		_, err := Load(envOf(map[string]string{"BANTIN_CONFIG": file}), nil)
		if err == nil || !strings.Contains(err.Error(), "unknown setting") ||
			(tt.hint != "" && !strings.Contains(err.Error(), tt.hint)) || (tt.hint == "" && strings.Contains(err.Error(), "(")) {
			t.Errorf("%s: %v, want an unknown setting with %q", tt.name, err, tt.hint)
		}
	}
}

// A byte setting written with a unit, or a duration without one, says what
// to write instead ("want a whole number" alone, before).
func TestUnitsGuessed(t *testing.T) {
	for _, tt := range []struct{ name, value, want string }{
		{"BANTIN_MAX_BODY_BYTES", "20MB", "want a whole number of bytes (20 MiB is 20971520)"},
		{"BANTIN_CACHE_BYTES", "64 mib", "want a whole number of bytes (64 MiB is 67108864)"},
		{"BANTIN_PARSE_MEMORY_BYTES", "1.5G", "(1.5 GiB is 1610612736)"},
		{"BANTIN_MAX_BODY_BYTES", "lots", "want a whole number\n"},
		{"BANTIN_MAX_BODY_BYTES", "NaNMB", "want a whole number\n"}, // no "(NaN MiB is -9223372036854775808)"
		{"BANTIN_FETCH_INTERVAL", "900", "want a duration such as 15m or 24h, with its unit (900s? 900m?)"},
		{"BANTIN_FETCH_INTERVAL", "15 minutes", "want a duration such as 15m or 24h\n"},
	} {
		_, err := Load(envOf(map[string]string{tt.name: tt.value}), nil)
		if err == nil || !strings.Contains(err.Error()+"\n", tt.want) {
			t.Errorf("%s=%q: %v, want %q", tt.name, tt.value, err, tt.want)
		}
	}
}
