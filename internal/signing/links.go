package signing

import (
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Paths of the signed pages; internal/web registers routes under them with
// the token as the last path segment.
const (
	ConfirmPath     = "/confirm/"
	PreferencesPath = "/preferences/"
	UnsubscribePath = "/unsubscribe/"
	ArchivePath     = "/digests/"
	StoryPath       = "/stories/" // not signed: a story's full coverage is public
)

// ConfirmTTL is how long a confirmation link stays valid.
const ConfirmTTL = 7 * 24 * time.Hour

// Links builds the absolute URLs bantin puts in mail and pages. Unsubscribe
// and preferences links never expire but are bound to the subscriber's id
// and address; confirmation links expire after ConfirmTTL.
type Links struct {
	base   string // without trailing slash
	secure string // base with https scheme, for List-Unsubscribe
	signer *Signer
}

// NewLinks returns Links under baseURL (an absolute http(s) URL). RFC 8058
// and mailer require https unsubscribe links: when baseURL is http they are
// built with https on the same host, so a deployment must serve https there.
// A loopback base (the local default http://127.0.0.1:8080) keeps http, so
// the links in a local outbox open in a browser on the same machine. It
// returns an error naming baseURL when that is not an absolute http(s) URL.
func NewLinks(baseURL string, s *Signer) (*Links, error) {
	u, err := url.Parse(strings.TrimRight(baseURL, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("signing: base URL %q: want an absolute http(s) URL", baseURL)
	}
	base := u.String()
	if ip := net.ParseIP(u.Hostname()); u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
		u.Scheme = "https"
	}
	return &Links{base: base, secure: u.String(), signer: s}, nil
}

// Signer returns the signer the links use.
func (l *Links) Signer() *Signer { return l.signer }

// SecureBase reports whether unsubscribe links work as built: the base is
// https, or a loopback host served over http.
func (l *Links) SecureBase() bool { return l.base == l.secure }

// Confirm returns the double opt-in link of subscriber id with address
// email for the request made at requestedAt (the subscriber's
// ConfirmSentAt): a later request voids it.
func (l *Links) Confirm(id int64, email string, requestedAt time.Time) string {
	return l.base + ConfirmPath + l.signer.Sign(Confirm, id, ConfirmTTL, ConfirmBinding(email, requestedAt))
}

// Preferences returns the link to the page where the subscriber changes
// topics and provinces.
func (l *Links) Preferences(id int64, email string) string {
	return l.base + PreferencesPath + l.signer.Sign(Preferences, id, 0, email)
}

// Unsubscribe returns the https link used both for the one-button page (GET)
// and for RFC 8058 one-click (POST).
func (l *Links) Unsubscribe(id int64, email string) string {
	return l.secure + UnsubscribePath + l.signer.Sign(Unsubscribe, id, 0, email)
}

// Story returns the public page of story (cluster) id: every outlet's
// article about it.
func (l *Links) Story(id int64) string {
	return l.base + StoryPath + strconv.FormatInt(id, 10)
}

// Archive returns the public "view in browser" page of the digest of period
// (e.g. "2026-W48") for the given filters. It is the same for everyone who
// chose the same filters, and reveals nothing about a subscriber.
func (l *Links) Archive(period string, topics, provinces []string) string {
	q := url.Values{}
	if len(topics) > 0 {
		q.Set("topic", strings.Join(topics, ","))
	}
	if len(provinces) > 0 {
		q.Set("province", strings.Join(provinces, ","))
	}
	s := l.base + ArchivePath + url.PathEscape(period)
	if len(q) > 0 {
		s += "?" + q.Encode()
	}
	return s
}

// Days returns the public page listing every article of topic (and of any
// of provinces, when given) published from the day of start to the day
// before end, dates as in the zone of start: the archive a digest
// section's "và N tin khác" links to. It is "" without a topic.
func (l *Links) Days(topic string, provinces []string, start, end time.Time) string {
	if topic == "" {
		return ""
	}
	q := url.Values{"from": {start.Format("2006-01-02")}, "to": {end.In(start.Location()).AddDate(0, 0, -1).Format("2006-01-02")}}
	if len(provinces) > 0 {
		q.Set("province", strings.Join(provinces, ","))
	}
	return l.base + "/topics/" + url.PathEscape(topic) + "/?" + q.Encode()
}
