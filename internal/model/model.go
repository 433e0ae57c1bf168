// Package model holds bantin's domain types and its error vocabulary. It
// imports nothing from the rest of bantin; every other package speaks it.
package model

import (
	"errors"
	"time"
)

// Domain errors. internal/store maps driver errors onto these; internal/web
// translates them to HTTP status codes once, at the boundary.
var (
	ErrNotFound  = errors.New("not found")
	ErrConflict  = errors.New("already exists")
	ErrInvalid   = errors.New("invalid")
	ErrLeaseLost = errors.New("lease lost")
	// ErrUnavailable: the database cannot be reached right now (refused or
	// broken connection, server shutting down, timeout); retrying later may
	// succeed. The web layer answers 503 with Retry-After.
	ErrUnavailable = errors.New("database unavailable")
	// ErrReadOnly: the database refuses writes (a read-only file or
	// mount, a PostgreSQL standby or default_transaction_read_only).
	ErrReadOnly = errors.New("the database is read-only")
)

// Source is an upstream feed bantin polls.
type Source struct {
	ID            int64
	URL           string
	Name          string
	HomeProvince  string   // province slug, a prior for classification
	DefaultTopics []string // topic slugs for category feeds
	Language      string
	TimeZone      string // IANA name; zone-less dates are read in it
	ETag          string
	LastModified  string
	NextFetchAt   time.Time
	LeaseOwner    string
	LeaseUntil    time.Time
	LastFetchedAt time.Time
	LastStatus    int
	LastError     string
	// LastErrorKind is LastError's kind, recorded with it (KindNone with no
	// error; KindUnknown for an error recorded without its kind: by a
	// bantin older than the kinds). Readers tell a kind by this, never by
	// LastError's text.
	LastErrorKind FetchErrorKind
	// LastErrorFeeds are, for KindWebPage, the feed URLs the page names
	// (the URLs to give instead); else none.
	LastErrorFeeds      []string
	ConsecutiveFailures int
	RetiredAt           time.Time // zero while active
	CreatedAt           time.Time
}

// Retired reports whether the source answered 410 Gone (or was retired by
// the operator) and is no longer fetched.
func (s *Source) Retired() bool { return !s.RetiredAt.IsZero() }

// Article is one stored news item.
type Article struct {
	ID       int64
	SourceID int64
	Key      string // identity within the source: "guid:…" or "url:…"
	// ItemID is the id feeds publish: ItemID(source URL, Key) fixed when the
	// article was first stored, or "" for articles stored before bantin
	// derived ids (their feeds keep the row-id tag: URI already published).
	ItemID string
	GUID   string
	URL    string
	// Link is URL in canonical form (ingest.CanonicalURL: no tracking
	// parameters or fragment), what tells the same article apart across
	// sources; "" when unknown (then URL stands in). Not read back.
	Link        string
	Title       string
	Summary     string // plain text
	ContentHTML string // sanitised HTML
	Author      string
	ImageURL    string
	Categories  []string // upstream categories, normalised
	PublishedAt time.Time
	UpdatedAt   time.Time
	FetchedAt   time.Time
	ContentHash string
	// RawHash fingerprints the upstream item as bantin last read it (see
	// ingest.ParseChanged): the same item seen again is skipped before any
	// normalising. "" for articles stored before bantin kept it.
	RawHash   string
	ClusterID int64
	Mojibake  bool // upstream decoding looked wrong; kept but flagged
	// Outlet is the publication the article's link belongs to (its
	// registrable domain, see ingest.Outlet), or "" when the link names none.
	Outlet    string
	Topics    []TopicTag
	Provinces []ProvinceTag

	// Filled on reads that join the source.
	SourceName string
	SourceURL  string
}

// TopicTag is one topic given to an article and why.
type TopicTag struct {
	Topic   string // topic slug
	Primary bool
	Score   float64
	Reason  string
}

// ProvinceTag is one province given to an article and why. Province is always
// a current unit; Legacy names the dissolved province the text mentioned, if
// any (e.g. Province "thai-nguyen", Legacy "bac-kan").
type ProvinceTag struct {
	Province string
	Legacy   string
	Weight   float64
	Reason   string
}

// Filter selects articles for a feed or a digest. Empty lists mean all; a
// list means any of its values. Provinces may hold current or legacy slugs.
type Filter struct {
	Topics    []string
	Provinces []string
	SourceID  int64
	Story     int64     // a story's (cluster_id's) articles only; 0 means any
	Query     string    // search words: folded, but a word typed with diacritics must be spelled so
	Since     time.Time // inclusive, on published_at; zero means no bound
	Until     time.Time // exclusive
	Limit     int
}

// Subscriber statuses.
const (
	StatusPending      = "pending"
	StatusActive       = "active"
	StatusUnsubscribed = "unsubscribed"
	StatusBounced      = "bounced"
)

// Subscriber is a digest recipient and the filters they chose.
type Subscriber struct {
	ID            int64
	Email         string
	Status        string
	Topics        []string
	Provinces     []string
	CreatedAt     time.Time
	ConfirmedAt   time.Time
	ConfirmSentAt time.Time
	Bounces       int
}

// Digest delivery statuses.
const (
	DigestPending = "pending"
	DigestRetry   = "retry"
	DigestSent    = "sent"
	DigestFailed  = "failed"
	DigestEmpty   = "empty" // nothing new for the subscriber: no mail
)

// Digest is one (subscriber, period) delivery row.
type Digest struct {
	ID            int64
	Period        string // ISO week, e.g. "2026-W48"
	SubscriberID  int64
	Status        string
	Attempts      int
	NextAttemptAt time.Time
	MessageID     string
	SentAt        time.Time
	LastError     string
	LeaseOwner    string
	LeaseUntil    time.Time
}
