// Package config builds bantin's one Config struct from defaults, an optional
// TOML or YAML file, the environment and command-line flags, in that order of
// precedence, and validates it. Nothing here is global: callers pass the
// Config explicitly.
package config

import (
	"errors"
	"fmt"
	"net"
	"net/mail"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"bantin/internal/urlpolicy"
)

// Config is every setting bantin reads. Field comments name the variable.
type Config struct {
	DatabaseURL         string        `toml:"database_url" yaml:"database_url"`                   // BANTIN_DATABASE_URL
	Listen              string        `toml:"listen" yaml:"listen"`                               // BANTIN_LISTEN
	BaseURL             string        `toml:"base_url" yaml:"base_url"`                           // BANTIN_BASE_URL
	SMTPURL             string        `toml:"smtp_url" yaml:"smtp_url"`                           // BANTIN_SMTP_URL
	Outbox              string        `toml:"outbox" yaml:"outbox"`                               // BANTIN_OUTBOX
	MailFrom            string        `toml:"mail_from" yaml:"mail_from"`                         // BANTIN_MAIL_FROM
	Secret              string        `toml:"secret" yaml:"secret"`                               // BANTIN_SECRET
	AllowPrivateSources bool          `toml:"allow_private_sources" yaml:"allow_private_sources"` // BANTIN_ALLOW_PRIVATE_SOURCES
	FetchInterval       time.Duration `toml:"fetch_interval" yaml:"fetch_interval"`               // BANTIN_FETCH_INTERVAL
	FetchCeiling        time.Duration `toml:"fetch_ceiling" yaml:"fetch_ceiling"`                 // BANTIN_FETCH_CEILING
	FetchWorkers        int           `toml:"fetch_workers" yaml:"fetch_workers"`                 // BANTIN_FETCH_WORKERS
	FetchPerHost        int           `toml:"fetch_per_host" yaml:"fetch_per_host"`               // BANTIN_FETCH_PER_HOST
	FetchTimeout        time.Duration `toml:"fetch_timeout" yaml:"fetch_timeout"`                 // BANTIN_FETCH_TIMEOUT
	MaxBodyBytes        int64         `toml:"max_body_bytes" yaml:"max_body_bytes"`               // BANTIN_MAX_BODY_BYTES
	DigestSchedule      string        `toml:"digest_schedule" yaml:"digest_schedule"`             // BANTIN_DIGEST_SCHEDULE
	DigestMaxStories    int           `toml:"digest_max_stories" yaml:"digest_max_stories"`       // BANTIN_DIGEST_MAX_STORIES
	SMTPConnections     int           `toml:"smtp_connections" yaml:"smtp_connections"`           // BANTIN_SMTP_CONNECTIONS
	DKIMKeyFile         string        `toml:"dkim_key_file" yaml:"dkim_key_file"`                 // BANTIN_DKIM_KEY_FILE
	DKIMSelector        string        `toml:"dkim_selector" yaml:"dkim_selector"`                 // BANTIN_DKIM_SELECTOR
	TimeZone            string        `toml:"timezone" yaml:"timezone"`                           // BANTIN_TIMEZONE
	WebSubHub           string        `toml:"websub_hub" yaml:"websub_hub"`                       // BANTIN_WEBSUB_HUB
	TemplatesDir        string        `toml:"templates_dir" yaml:"templates_dir"`                 // BANTIN_TEMPLATES_DIR
	DefaultSources      bool          `toml:"default_sources" yaml:"default_sources"`             // BANTIN_DEFAULT_SOURCES
	LogLevel            string        `toml:"log_level" yaml:"log_level"`                         // BANTIN_LOG_LEVEL
	LogFormat           string        `toml:"log_format" yaml:"log_format"`                       // BANTIN_LOG_FORMAT
	ShutdownGrace       time.Duration `toml:"shutdown_grace" yaml:"shutdown_grace"`               // BANTIN_SHUTDOWN_GRACE
	AllowShortIntervals bool          `toml:"allow_short_intervals" yaml:"allow_short_intervals"` // BANTIN_ALLOW_SHORT_INTERVALS
	CacheBytes          int64         `toml:"cache_bytes" yaml:"cache_bytes"`                     // BANTIN_CACHE_BYTES
	ItemCacheBytes      int64         `toml:"item_cache_bytes" yaml:"item_cache_bytes"`           // BANTIN_ITEM_CACHE_BYTES
	TopicModel          string        `toml:"topic_model" yaml:"topic_model"`                     // BANTIN_TOPIC_MODEL
	SecretQueryParams   string        `toml:"secret_query_params" yaml:"secret_query_params"`     // BANTIN_SECRET_QUERY_PARAMS
	MetricsToken        string        `toml:"metrics_token" yaml:"metrics_token"`                 // BANTIN_METRICS_TOKEN
	TrustedProxies      string        `toml:"trusted_proxies" yaml:"trusted_proxies"`             // BANTIN_TRUSTED_PROXIES
	ReadTimeout         time.Duration `toml:"read_timeout" yaml:"read_timeout"`                   // BANTIN_READ_TIMEOUT
	WriteTimeout        time.Duration `toml:"write_timeout" yaml:"write_timeout"`                 // BANTIN_WRITE_TIMEOUT
	MaxItemsPerFeed     int           `toml:"max_items_per_feed" yaml:"max_items_per_feed"`       // BANTIN_MAX_ITEMS_PER_FEED
	MaxTitleChars       int           `toml:"max_title_chars" yaml:"max_title_chars"`             // BANTIN_MAX_TITLE_CHARS
	MaxAuthorChars      int           `toml:"max_author_chars" yaml:"max_author_chars"`           // BANTIN_MAX_AUTHOR_CHARS
	MaxURLBytes         int           `toml:"max_url_bytes" yaml:"max_url_bytes"`                 // BANTIN_MAX_URL_BYTES
	MaxGUIDBytes        int           `toml:"max_guid_bytes" yaml:"max_guid_bytes"`               // BANTIN_MAX_GUID_BYTES
	MaxContentBytes     int           `toml:"max_content_bytes" yaml:"max_content_bytes"`         // BANTIN_MAX_CONTENT_BYTES
	ParseMemoryBytes    int64         `toml:"parse_memory_bytes" yaml:"parse_memory_bytes"`       // BANTIN_PARSE_MEMORY_BYTES
	JobMemoryBytes      int64         `toml:"job_memory_bytes" yaml:"job_memory_bytes"`           // BANTIN_JOB_MEMORY_BYTES
}

// DefaultJobMemory is the Go memory a one-shot command (fetch, reclassify,
// digest send…) is held near by default (BANTIN_JOB_MEMORY_BYTES): with
// SQLite's page caches and the binary, a `fetch --all` of 15,000 articles
// stays under 100 MB (BENCHMARKS.md, issue 14).
const DefaultJobMemory = 60 << 20

// Default returns the configuration bantin runs with when nothing is set:
// SQLite in the working directory, 127.0.0.1:8080, mail to ./outbox.
func Default() Config {
	return Config{
		DatabaseURL:      "sqlite:bantin.db",
		Listen:           "127.0.0.1:8080",
		BaseURL:          "http://127.0.0.1:8080",
		Outbox:           "outbox",
		FetchInterval:    15 * time.Minute,
		FetchCeiling:     24 * time.Hour,
		FetchWorkers:     16,
		FetchPerHost:     2,
		FetchTimeout:     30 * time.Second,
		MaxBodyBytes:     10 << 20,
		DigestSchedule:   "Mon 07:00",
		DigestMaxStories: 20,
		SMTPConnections:  4,
		DKIMSelector:     "bantin",
		TimeZone:         "Asia/Ho_Chi_Minh",
		DefaultSources:   true,
		LogLevel:         "info",
		LogFormat:        "text",
		ShutdownGrace:    30 * time.Second,
		CacheBytes:       64 << 20,
		ItemCacheBytes:   64 << 20,
		// Query parameters removed from source URLs before feeds show them.
		SecretQueryParams: urlpolicy.DefaultSecretParams,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      time.Minute,
		MaxItemsPerFeed:   1000,
		MaxTitleChars:     500,
		MaxAuthorChars:    200,
		MaxURLBytes:       2048,
		MaxGUIDBytes:      1024,
		MaxContentBytes:   256 << 10,
		ParseMemoryBytes:  512 << 20,
		JobMemoryBytes:    DefaultJobMemory,
	}
}

// Validate returns an error listing every invalid setting, each named by its
// environment variable, or nil.
func (c *Config) Validate() error {
	var errs []error
	bad := func(name, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{name}, args...)...))
	}
	c.validateAddresses(bad)
	c.validateFetching(bad)
	c.validateLimits(bad)
	c.validateRunning(bad)
	c.validateFiles(bad)
	return errors.Join(errs...)
}

// validateAddresses checks the database, public, mail and hub addresses.
func (c *Config) validateAddresses(bad func(name, format string, args ...any)) {
	if !strings.HasPrefix(c.DatabaseURL, "sqlite:") && !strings.HasPrefix(c.DatabaseURL, "postgres://") &&
		!strings.HasPrefix(c.DatabaseURL, "postgresql://") {
		bad("BANTIN_DATABASE_URL", "%q: want sqlite:PATH or postgres://user@host:port/db", hidePasswords(c.DatabaseURL))
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
func (c *Config) validateFetching(bad func(name, format string, args ...any)) {
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
func (c *Config) validateRunning(bad func(name, format string, args ...any)) {
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

// Sender is the From of every mail: BANTIN_MAIL_FROM, else "Bản tin
// <bantin@HOST>" with the host of BANTIN_BASE_URL (localhost when that host
// is an IP address), so that Message-IDs are in the public domain too.
func (c *Config) Sender() string {
	if c.MailFrom != "" {
		return c.MailFrom
	}
	host := "localhost"
	if u, err := url.Parse(c.BaseURL); err == nil && u.Hostname() != "" && net.ParseIP(u.Hostname()) == nil {
		host = strings.ToLower(u.Hostname())
	}
	return "Bản tin <bantin@" + host + ">"
}

// bareHost reports whether a mail domain is a single label (localhost,
// an intranet name) or an address literal: no mail server on the internet
// accepts it as a sender's domain.
func bareHost(domain string) bool {
	return !strings.Contains(domain, ".") || strings.HasPrefix(domain, "[")
}

// MinFetchInterval is the shortest BANTIN_FETCH_INTERVAL accepted: 1m,
// or 1s with BANTIN_ALLOW_SHORT_INTERVALS (for tests and demos only: real
// upstreams must not be polled that often).
func (c *Config) MinFetchInterval() time.Duration {
	if c.AllowShortIntervals {
		return time.Second
	}
	return time.Minute
}

// LoopTicks returns how often `bantin serve` looks for due sources and for
// due digests: a thirtieth of the fetch interval for sources (30s at the
// default 15m) and a fifteenth for digests, each between 1s and its
// ceiling (30s for sources, 1m for digests).
func (c *Config) LoopTicks() (fetch, digest time.Duration) {
	clamp := func(d, hi time.Duration) time.Duration { return min(max(d, time.Second), hi) }
	return clamp(c.FetchInterval/30, 30*time.Second), clamp(c.FetchInterval/15, time.Minute)
}

// Location returns the configured time zone (valid after Validate).
func (c *Config) Location() *time.Location {
	loc, err := time.LoadLocation(c.TimeZone)
	if err != nil {
		return time.UTC
	}
	return loc
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

// sqliteFolder returns an error when dbURL is sqlite:PATH and PATH's
// folder does not exist (bantin creates the database file, never folders:
// a typo must not leave an empty database somewhere unexpected), or nil.
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
	return nil
}

// validateLimits checks the caps on what one feed may store.
func (c *Config) validateLimits(bad func(name, format string, args ...any)) {
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
