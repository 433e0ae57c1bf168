package config

import (
	"errors"
	"fmt"
	"net"
	"net/mail"
	"net/url"
	"os"
	"strings"
	"time"

	"bantin/internal/signing"
	"bantin/internal/urlpolicy"
)

// reportFunc records one invalid setting, named by its environment
// variable, with a message made of format and args.
type reportFunc func(name, format string, args ...any)

// Validate returns an error listing every invalid setting, each named by its
// environment variable, or nil.
func (c *Config) Validate() error {
	return c.ValidateFrom(nil)
}

// ValidateFrom is Validate naming each invalid setting by where its value
// came from (origin, as LoadOrigins returns it): "--listen", "config file
// bantin.toml: listen", "BANTIN_SMTP_URL_FILE"; by its variable when the
// value is its default, derived or from the variable itself. An operator
// who typed `--listen 8080` is not sent looking for a BANTIN_LISTEN that
// is not set.
func (c *Config) ValidateFrom(origin map[string]string) error {
	var errs []error
	bad := func(name, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{originName(name, origin)}, args...)...))
	}
	c.validateAddresses(bad)
	c.validateFetching(bad)
	c.validateLimits(bad)
	c.validateRunning(bad)
	c.validateFiles(bad)
	return errors.Join(errs...)
}

// validateAddresses checks the database, public, mail and hub addresses.
func (c *Config) validateAddresses(bad reportFunc) {
	if !strings.HasPrefix(c.DatabaseURL, "sqlite:") && !strings.HasPrefix(c.DatabaseURL, "postgres://") &&
		!strings.HasPrefix(c.DatabaseURL, "postgresql://") {
		bad("BANTIN_DATABASE_URL", "%q: want sqlite:PATH or postgres://user@host:port/db%s", hidePasswords(c.DatabaseURL),
			sqliteGuess(c.DatabaseURL))
	} else if err := sqliteFolder(c.DatabaseURL); err != nil {
		bad("BANTIN_DATABASE_URL", "%s", hidePasswords(err.Error()))
	}
	if _, err := urlpolicy.BasePath(c.BaseURL); err != nil {
		bad("BANTIN_BASE_URL", "%v", err)
	}
	if c.SMTPURL != "" {
		if err := checkSMTPURL(c.SMTPURL); err != nil {
			bad("BANTIN_SMTP_URL", "%v", err)
		}
	}
	if from, err := mail.ParseAddress(c.Sender()); err != nil {
		bad("BANTIN_MAIL_FROM", "%q: want an address such as bantin@example.com or \"Bản tin <bantin@example.com>\" (%v)", c.Sender(), err)
	} else if domain := from.Address[strings.LastIndexByte(from.Address, '@')+1:]; c.SMTPURL != "" && bareHost(domain) {
		bad("BANTIN_MAIL_FROM", "%s: mail from a bare host name (%q) is refused or junked by other servers; "+
			"set BANTIN_MAIL_FROM to an address in your domain, or BANTIN_BASE_URL to the public URL whose host gives the default sender",
			from.Address, domain)
	}
	if c.WebSubHub != "" {
		if u, err := url.Parse(c.WebSubHub); err != nil || u.Host == "" {
			bad("BANTIN_WEBSUB_HUB", "%q: want an absolute URL", hidePasswords(c.WebSubHub))
		}
	}
}

// validateFetching checks the fetch schedule, concurrency and body cap.
func (c *Config) validateFetching(bad reportFunc) {
	if minInterval := c.MinFetchInterval(); c.FetchInterval < minInterval {
		bad("BANTIN_FETCH_INTERVAL", "%s: want at least %s", ShortDuration(c.FetchInterval), ShortDuration(minInterval))
	}
	if c.FetchTimeout <= 0 {
		bad("BANTIN_FETCH_TIMEOUT", "%s: want a positive duration such as 30s", c.FetchTimeout)
	}
	if c.FetchCeiling < c.FetchInterval {
		bad("BANTIN_FETCH_CEILING", "%s: want at least the fetch interval", ShortDuration(c.FetchCeiling))
	}
	for name, n := range map[string]int{"BANTIN_FETCH_WORKERS": c.FetchWorkers, "BANTIN_FETCH_PER_HOST": c.FetchPerHost,
		"BANTIN_SMTP_CONNECTIONS": c.SMTPConnections, "BANTIN_DIGEST_MAX_STORIES": c.DigestMaxStories} {
		if n < 1 {
			bad(name, "%d: want a positive number", n)
		}
	}
	if c.DigestMaxStories > maxDigestStories {
		bad("BANTIN_DIGEST_MAX_STORIES", "%d: want at most %d (a longer digest can pass 100 KB, where Gmail cuts a message and hides its unsubscribe link)",
			c.DigestMaxStories, maxDigestStories)
	}
	if c.MaxBodyBytes < 1 {
		bad("BANTIN_MAX_BODY_BYTES", "%d: want a positive number of bytes", c.MaxBodyBytes)
	}
}

// maxDigestStories is the most stories a digest may hold: 20 of the
// longest (long titles, leads and links) make a 90 KB message, under the
// 100 KB of DESIGN §6 (mailer's TestDigestSizeWith20LongStories); 25 make
// 111 KB, which Gmail clips at about 102 KB, footer and unsubscribe link
// included.
const maxDigestStories = 20

// validateRunning checks the server, logging, caches, time zone and digest
// schedule.
func (c *Config) validateRunning(bad reportFunc) {
	if c.ShutdownGrace < 0 {
		bad("BANTIN_SHUTDOWN_GRACE", "%s: want 0 or a positive duration such as 30s", c.ShutdownGrace)
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		bad("BANTIN_LOG_FORMAT", "%q: want text or json", c.LogFormat)
	}
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		bad("BANTIN_LISTEN", "%q: want host:port such as 127.0.0.1:8080", c.Listen)
	}
	if c.MetricsToken != "" && len(c.MetricsToken) < 16 {
		bad("BANTIN_METRICS_TOKEN", "want at least 16 characters (or none: /metrics for loopback clients only)")
	}
	if c.Secret != "" && len(c.Secret) < signing.MinKeyLen {
		// The secret itself is never shown; signing.New refuses the same
		// key later, but only once the database is open, and as exit 1.
		bad("BANTIN_SECRET", "%d bytes: want at least %d (a random string, e.g. from 'openssl rand -base64 32'; or none: "+
			"a key generated once and kept in the database)", len(c.Secret), signing.MinKeyLen)
	}
	if _, err := c.ProxyPrefixes(); err != nil {
		bad("BANTIN_TRUSTED_PROXIES", "%v", err)
	}
	if c.ReadTimeout <= 0 {
		bad("BANTIN_READ_TIMEOUT", "%s: want a positive duration such as 15s", c.ReadTimeout)
	}
	if c.WriteTimeout <= 0 {
		bad("BANTIN_WRITE_TIMEOUT", "%s: want a positive duration such as 1m", c.WriteTimeout)
	}
	if !validLevel(c.LogLevel) {
		bad("BANTIN_LOG_LEVEL", "%q: want debug, info, warn or error", c.LogLevel)
	}
	if c.CacheBytes < 0 || c.ItemCacheBytes < 0 {
		bad("BANTIN_CACHE_BYTES/ITEM_CACHE_BYTES", "want 0 (no cache) or more bytes")
	}
	if _, err := time.LoadLocation(c.TimeZone); err != nil {
		bad("BANTIN_TIMEZONE", "%q: %v: want an IANA zone name such as Asia/Ho_Chi_Minh", c.TimeZone, err)
	}
	if _, err := ParseSchedule(c.DigestSchedule); err != nil {
		bad("BANTIN_DIGEST_SCHEDULE", "%v", err)
	}
}

// validateLimits checks the caps on what one feed may store.
func (c *Config) validateLimits(bad reportFunc) {
	for _, l := range []struct {
		name     string
		v, least int64
	}{
		{"BANTIN_MAX_ITEMS_PER_FEED", int64(c.MaxItemsPerFeed), 1},
		{"BANTIN_MAX_TITLE_CHARS", int64(c.MaxTitleChars), 20},
		{"BANTIN_MAX_AUTHOR_CHARS", int64(c.MaxAuthorChars), 20},
		{"BANTIN_MAX_URL_BYTES", int64(c.MaxURLBytes), 256},
		{"BANTIN_MAX_GUID_BYTES", int64(c.MaxGUIDBytes), 128},
		{"BANTIN_MAX_CONTENT_BYTES", int64(c.MaxContentBytes), 4096},
		{"BANTIN_PARSE_MEMORY_BYTES", c.ParseMemoryBytes, 16 << 20},
	} {
		if l.v < l.least {
			bad(l.name, "%d: want at least %d", l.v, l.least)
		}
	}
	if c.JobMemoryBytes != 0 && c.JobMemoryBytes < 16<<20 {
		bad("BANTIN_JOB_MEMORY_BYTES", "%d: want 0 (no limit) or at least %d", c.JobMemoryBytes, 16<<20)
	}
}

// validateFiles checks that the file and folder settings name what they
// must: the topic model and the DKIM key a file, the templates a folder.
// Reading them is left to their users, which report what is wrong inside.
func (c *Config) validateFiles(bad reportFunc) {
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

// originName is how ValidateFrom names the setting of variable name: by
// the flag, the config file's key or the _FILE variable its value came
// from, else by name.
func originName(name string, origin map[string]string) string {
	key := strings.ToLower(strings.TrimPrefix(name, "BANTIN_"))
	from := origin[key]
	switch {
	case strings.HasPrefix(from, "--"), strings.HasPrefix(from, name+"_"):
		return from
	case strings.HasPrefix(from, "file "):
		return "config file " + strings.TrimPrefix(from, "file ") + ": " + key
	}
	return name
}
