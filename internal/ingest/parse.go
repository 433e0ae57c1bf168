package ingest

import (
	"bytes"
	"cmp"
	"errors"
	"log/slog"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/microcosm-cc/bluemonday"
	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/rss"

	"bantin/internal/model"
)

// DefaultTimeZone is the zone of zone-less upstream dates when the source
// names none.
const DefaultTimeZone = "Asia/Ho_Chi_Minh"

// Skip reasons counted in Feed.Skipped.
const (
	SkipNoIdentity = "no link and no guid"
	SkipDuplicate  = "duplicate key in feed"
)

// Feed is one parsed upstream document.
type Feed struct {
	Title       string
	HomeURL     string // the site's home link, absolute
	Description string
	Language    string
	Charset     string        // the charset the body was decoded from
	Format      string        // "rss", "atom" or "json"
	TTL         time.Duration // RSS <ttl>: the publisher's minimum polling interval; 0 when absent
	Partial     bool          // the XML broke after some items; the items before the break are kept
	Break       string        // when Partial: the note its source records (BrokenFeedNote)
	Items       []model.Article
	Skipped     map[string]int // reason → number of items left out
	// Unchanged counts the items ParseChanged left out of Items because
	// their key and raw hash are what its KnownFunc reported: stored
	// before, and not changed upstream since.
	Unchanged int
	// Stored is what ParseChanged's KnownFunc reported: the raw hash
	// stored under each of the feed's keys that is stored ("" for an
	// article stored without one); nil when there was no KnownFunc or it
	// reported nothing. A key absent from a non-nil Stored is not stored.
	Stored map[string]string
}

// ParseError is returned by Parse when nothing can be read from the body.
// Its text starts with "parse: ".
type ParseError struct{ Err error }

func (e *ParseError) Error() string { return parsePrefix + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

// parsePrefix starts a *ParseError's text.
const parsePrefix = "parse: "

// Parser turns feed bodies into normalised articles. Build one with
// NewParser and share it: it is safe for concurrent use and holds the
// sanitising policy and patterns built once.
type Parser struct {
	policy *bluemonday.Policy
	byline *regexp.Regexp
	vnZone *time.Location
	log    *slog.Logger
	limits Limits
}

// WithLimits returns a copy of p that caps items at l (zero fields: the
// defaults).
func (p *Parser) WithLimits(l Limits) *Parser {
	q := *p
	q.limits = l.withDefaults()
	return &q
}

// NewParser returns a Parser logging to logger (nil discards).
func NewParser(logger *slog.Logger) *Parser {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	zone, err := time.LoadLocation(DefaultTimeZone)
	if err != nil { // cannot happen with time/tzdata embedded
		zone = time.FixedZone("ICT", 7*3600)
	}
	return &Parser{
		policy: newPolicy(),
		byline: regexp.MustCompile(`^\s*(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s+(\d{1,2}:\d{2}),?\s+(\d{1,2}/\d{1,2}/\d{4})`),
		vnZone: zone,
		log:    logger,
		limits: Limits{}.withDefaults(),
	}
}

// Parse decodes body (charset from BOM, XML prolog, contentType, else
// sniffed), parses it as RSS, Atom or JSON Feed and normalises every item
// for src, fetched at now. It returns a *ParseError only when nothing can be
// read (empty body, not a feed, broken XML before any complete item,
// unknown charset; a web page's wraps a *WebPageError whose feed links
// resolve against src.URL: ParseChanged takes the URL the body was served
// from). XML that breaks after complete items yields those items
// with Feed.Partial and Feed.Break set. Items that cannot be identified are skipped and
// counted in Feed.Skipped, never failing the feed.
func (p *Parser) Parse(body []byte, contentType string, src model.Source, now time.Time) (*Feed, error) {
	return p.ParseChanged(body, contentType, src.URL, src, now, nil)
}

// ParseChanged is Parse of a body served from servedFrom (Response.URL:
// where the fetch of src ended, after any redirects; "" for src.URL),
// which a web page's feed links resolve against. Relative item links
// still resolve against the channel link, else src.URL: a temporary
// redirect to one mirror or another must not change article keys. When
// known is not nil, ParseChanged asks known (once) for the raw hashes of
// the feed's item keys, and leaves out, without normalising them, the
// items whose raw hash is the one stored: they are counted in
// Feed.Unchanged. Normalising, sanitising and everything after is then
// spent only on new and changed items. known's error is returned as is
// (not a *ParseError: the feed itself was readable).
func (p *Parser) ParseChanged(body []byte, contentType, servedFrom string, src model.Source, now time.Time, known KnownFunc) (*Feed, error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, &ParseError{Err: errors.New("empty body")}
	}
	utf8Body, label, err := toUTF8(body, contentType)
	if err != nil {
		return nil, &ParseError{Err: err}
	}
	gf, broke, err := parseGofeed(utf8Body)
	if errors.Is(err, errNotAFeed) {
		err = notAFeed(utf8Body, cmp.Or(servedFrom, src.URL))
	}
	if err != nil {
		return nil, &ParseError{Err: err}
	}
	fc := p.feedContext(gf, src, now)
	feed := &Feed{
		Partial:     broke != nil,
		Break:       p.brokenNote(gf, broke, src),
		Title:       cleanText(gf.Title),
		HomeURL:     fc.home,
		Description: cleanText(gf.Description),
		Language:    gf.Language,
		Charset:     label,
		Format:      gf.FeedType,
		TTL:         rssTTL(gf),
		Items:       make([]model.Article, 0, len(gf.Items)),
		Skipped:     map[string]int{},
	}
	raws, stored, err := p.rawItems(gf, fc, known)
	if err != nil {
		return nil, err
	}
	feed.Stored = stored
	p.normalise(feed, raws, stored, fc)
	if n := len(gf.Items) - len(feed.Items) - feed.Unchanged; n > 0 {
		p.log.Info("items skipped", "source_id", src.ID, "url", src.URL, "skipped", n, skipReasons(feed.Skipped))
	}
	return feed, nil
}

// rawItems identifies gf's items and, when known is not nil, returns the
// raw hashes known has stored for their keys (nil otherwise).
func (p *Parser) rawItems(gf *gofeed.Feed, fc *feedCtx, known KnownFunc) ([]rawItem, map[string]string, error) {
	raws := make([]rawItem, len(gf.Items))
	keys := make([]string, 0, len(gf.Items))
	var buf []byte
	for i, it := range gf.Items {
		raws[i], buf = p.identify(it, fc, buf)
		if raws[i].key != "" {
			keys = append(keys, raws[i].key)
		}
	}
	if known == nil {
		return raws, nil, nil
	}
	stored, err := known(keys)
	return raws, stored, err
}

// normalise adds raws to feed.Items as articles, but for the unchanged ones
// (their raw hash is stored[key]), counted in feed.Unchanged, and those
// that cannot be identified or repeat a key, counted in feed.Skipped. The
// first item of a key wins, whether unchanged or not. The boilerplate of
// the document's items (all of them, unchanged ones too) is cut from the
// summaries.
func (p *Parser) normalise(feed *Feed, raws []rawItem, stored map[string]string, fc *feedCtx) {
	seen := make(map[string]bool, len(raws))
	parts, bps := documentParts(raws, stored, fc)
	for i, r := range raws {
		if r.key != "" && !seen[r.key] && stored[r.key] == r.raw {
			seen[r.key] = true
			feed.Unchanged++
			continue
		}
		var x itemParts
		var bp boiler
		if parts != nil {
			x = parts[i]
		} else {
			x = itemPartsOf(r.it, fc)
		}
		if bps != nil {
			bp = bps[i]
		}
		if !x.ok {
			feed.Skipped[SkipNoIdentity]++
			continue
		}
		a := p.item(r.it, fc, x, bp)
		switch {
		case !p.limits.apply(&a):
			feed.Skipped[SkipLongLink]++
		case seen[a.Key]:
			feed.Skipped[SkipDuplicate]++
		default:
			seen[a.Key] = true
			a.RawHash = r.raw
			feed.Items = append(feed.Items, a)
		}
	}
}

// rssTTL reads <ttl> (minutes) from an RSS original, capped at a week.
func rssTTL(gf *gofeed.Feed) time.Duration {
	rf, ok := gf.OriginalFeed().(*rss.Feed)
	if !ok || rf.TTL == "" {
		return 0
	}
	minutes, err := strconv.Atoi(strings.TrimSpace(rf.TTL))
	if err != nil || minutes <= 0 {
		return 0
	}
	return min(time.Duration(minutes)*time.Minute, 7*24*time.Hour)
}
