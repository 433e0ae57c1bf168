package config

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
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

// hidePasswords returns s with the password of every URL authority in it
// ("scheme://user:password@host", also with the scheme's colon missing or
// no scheme: "postgres//user:password@host", "//user:password@host")
// replaced by "xxxxx", as pgx shows one, so that an error naming a setting
// never prints its credentials. It reads the text as url.Parse would (the
// authority ends at '/', '?' or '#'; its user info at the last '@') but
// also when the URL would not parse.
func hidePasswords(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "//")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i+2])
		s = s[i+2:]
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

// bareHost reports whether a mail domain is a single label (localhost,
// an intranet name) or an address literal: no mail server on the internet
// accepts it as a sender's domain.
func bareHost(domain string) bool {
	return !strings.Contains(domain, ".") || strings.HasPrefix(domain, "[")
}

// validLevel reports whether s names a log level: debug, info, warn or
// error, in any case.
func validLevel(s string) bool {
	switch strings.ToLower(s) {
	case "debug", "info", "warn", "warning", "error":
		return true
	}
	return false
}

// sqliteGuess returns, for a database URL of no known scheme that reads as
// an SQLite file (a bare path such as demo.db, file:PATH, sqlite3:PATH or
// SQLite:PATH), the setting meant, as " (sqlite:PATH?)"; else "". Other
// schemes get no guess, nor does a URL with an "@" (a server's address
// with its user, "postgres//u:pw@host/db": the guess would repeat the
// password that the message hides).
func sqliteGuess(dbURL string) string {
	scheme, rest, ok := strings.Cut(dbURL, ":")
	switch {
	case dbURL == "" || strings.Contains(dbURL, "@"):
		return ""
	case !ok || strings.ContainsAny(scheme, "/.\\"):
		rest = dbURL
	case strings.EqualFold(scheme, "file"), strings.EqualFold(scheme, "sqlite"), strings.EqualFold(scheme, "sqlite3"):
		rest = strings.TrimPrefix(rest, "//") // file:///tmp/b.db is /tmp/b.db
	default:
		return ""
	}
	return " (sqlite:" + rest + "?)"
}

// sqliteFolder returns an error when dbURL is sqlite:PATH and PATH's
// folder does not exist (bantin creates the database file, never folders:
// a typo must not leave an empty database somewhere unexpected) or PATH is
// a folder (SQLite said only "unable to open database file"), or nil.
func sqliteFolder(dbURL string) error {
	path, ok := strings.CutPrefix(dbURL, "sqlite:")
	if !ok {
		return nil
	}
	if path == "" {
		return fmt.Errorf("%q: want sqlite:PATH", dbURL)
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return fmt.Errorf("%q: folder %s does not exist: create it first or fix the path", dbURL, dir)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("%q: %s is a folder: want the database file's path, such as sqlite:%s", dbURL, path,
			filepath.Join(path, "bantin.db"))
	}
	return nil
}
