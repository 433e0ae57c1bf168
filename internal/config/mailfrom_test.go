package config

import (
	"strings"
	"testing"
)

// A BANTIN_MAIL_FROM that is no address shows the form wanted: it showed
// only net/mail's "mail: missing '@' or angle-addr".
func TestMailFromErrorShowsTheForm(t *testing.T) {
	for _, from := range []string{"bantin", "Bản tin bantin@example.com>", "@example.com"} {
		c, err := Load(envOf(map[string]string{"BANTIN_MAIL_FROM": from}), nil)
		if err != nil {
			t.Fatal(err)
		}
		err = c.Validate()
		if err == nil || !strings.Contains(err.Error(), `BANTIN_MAIL_FROM: "`+from+`": want an address such as bantin@example.com or "Bản tin <bantin@example.com>"`) {
			t.Errorf("%q: %v", from, err)
		}
	}
}
