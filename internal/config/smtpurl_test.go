package config

import (
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
