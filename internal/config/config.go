// Package config builds bantin's one Config struct from defaults, an optional
// TOML or YAML file, the environment and command-line flags, in that order of
// precedence, and validates it. Nothing here is global: callers pass the
// Config explicitly.
package config

import (
	"net"
	"net/url"
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
