package config

import (
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"
)

// checkSMTPURL returns an error saying what is wrong with an SMTP URL the
// mailer would refuse or could never connect with: a scheme other than
// smtp or smtps, no host, a port outside 1…65535, a tls mode other than
// none, starttls or tls. It checks the form only, never the server.
func checkSMTPURL(raw string) error {
	const want = "want smtp://user:pass@host:port?tls=none|starttls|tls"
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "smtp" && u.Scheme != "smtps") || u.Hostname() == "" {
		return fmt.Errorf("%s", want)
	}
	if p := u.Port(); p != "" {
		if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 65535 {
			return fmt.Errorf("port %q: want 1…65535 (%s)", p, want)
		}
	}
	switch mode := u.Query().Get("tls"); mode {
	case "", "none", "starttls", "tls":
		return nil
	default:
		return fmt.Errorf("tls=%q: want none, starttls or tls", mode)
	}
}

// validateFiles checks that the file and folder settings name what they
// must: the topic model and the DKIM key a file, the templates a folder.
// Reading them is left to their users, which report what is wrong inside.
func (c *Config) validateFiles(bad func(name, format string, args ...any)) {
	for name, path := range map[string]string{"BANTIN_TOPIC_MODEL": c.TopicModel, "BANTIN_DKIM_KEY_FILE": c.DKIMKeyFile} {
		if path == "" {
			continue
		}
		if fi, err := os.Stat(path); err != nil {
			bad(name, "%v", err)
		} else if fi.IsDir() {
			bad(name, "%s is a folder: want a file", path)
		}
	}
	if c.TemplatesDir != "" {
		if fi, err := os.Stat(c.TemplatesDir); err != nil {
			bad("BANTIN_TEMPLATES_DIR", "%v", err)
		} else if !fi.IsDir() {
			bad("BANTIN_TEMPLATES_DIR", "%s is not a folder: want one with pages/ and email/ as in templates/", c.TemplatesDir)
		}
	}
}

// hidePasswords returns s with the password of every URL authority in it
// ("scheme://user:password@host") replaced by "xxxxx", as pgx shows one,
// so that an error naming a setting never prints its credentials. It reads
// the text as url.Parse would (the authority ends at '/', '?' or '#'; its
// user info at the last '@') but also when the URL would not parse.
func hidePasswords(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "://")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i+3])
		s = s[i+3:]
		end := strings.IndexAny(s, "/?#")
		if end < 0 {
			end = len(s)
		}
		at := strings.LastIndexByte(s[:end], '@')
		colon := strings.IndexByte(s[:max(at, 0)], ':')
		if at < 0 || colon < 0 {
			continue
		}
		b.WriteString(s[:colon+1] + "xxxxx")
		s = s[at:]
	}
}
