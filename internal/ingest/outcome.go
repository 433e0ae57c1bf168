package ingest

import (
	"errors"
	"net"
	"net/url"
	"strings"
	"time"

	"bantin/internal/model"
)

// Defaults for Policy fields left zero.
const (
	DefaultInterval = 15 * time.Minute
	DefaultCeiling  = 24 * time.Hour
	minRetryAfter   = time.Minute // a "Retry-After: 1" must not become a hot loop
)

// Policy computes when a source is fetched next. It is a value: the loop
// builds one from configuration and calls Next after every fetch.
type Policy struct {
	Interval time.Duration // base polling interval
	Ceiling  time.Duration // longest wait, for backoff and Retry-After alike
	// Jitter returns a number in [0, 1). It spreads retries of many failing
	// sources; tests inject a constant. Nil means no jitter (0.5 used).
	Jitter func() float64
}

// Outcome is what the loop writes back to the source row after a fetch.
type Outcome struct {
	NextFetchAt         time.Time
	ConsecutiveFailures int
	LastStatus          int                  // HTTP status, 0 when no response arrived
	LastError           string               // short and human; empty on success
	ErrorKind           model.FetchErrorKind // LastError's kind (Kind)
	ErrorFeeds          []string             // a web page's feeds (ErrorFeeds)
	Retire              bool                 // 410 Gone: set retired_at, stop fetching
	ETag, LastModified  string               // validators to send next time
	MovedTo             string               // permanent redirect target: update the source URL
}

// Next returns the outcome of a fetch of src that produced resp and fetchErr
// (the Fetch error, or a parse error wrapped by the caller, for which
// LastError reads "parse: …"). Success (2xx parsed, 304) resets failures and
// schedules now+Interval (a 304 keeps src's BrokenFeedNote: the body it
// was read from is unchanged; the caller sets the note after a 2xx); 410 retires; a failure doubles the wait from
// Interval per consecutive failure with equal jitter, capped at Ceiling; a
// Retry-After (429/503) replaces the backoff, capped at Ceiling. A source is
// never disabled: NextFetchAt is always at most now+Ceiling. A permanent
// redirect (resp.MovedTo) moves the source only when the fetch succeeded:
// a 301 to a web page (a site that dropped its feed sends its readers
// home), an error status or a body that does not parse leaves the
// operator's URL as it is.
func (p Policy) Next(src model.Source, resp Response, fetchErr error, now time.Time) Outcome {
	p = p.withDefaults()
	out := Outcome{
		LastStatus:   resp.Status,
		ETag:         src.ETag,
		LastModified: src.LastModified,
	}
	switch {
	case fetchErr == nil && resp.Gone:
		out.Retire = true
		out.LastError, out.ErrorKind = "HTTP 410 Gone: source retired", model.KindGone
		out.ConsecutiveFailures = src.ConsecutiveFailures
		out.NextFetchAt = now.Add(p.Ceiling)
		return out
	case fetchErr == nil:
		if resp.ETag != "" || resp.LastModified != "" || !resp.NotModified {
			out.ETag, out.LastModified = resp.ETag, resp.LastModified
		}
		out.MovedTo = resp.MovedTo
		out.NextFetchAt = now.Add(p.Interval)
		if resp.NotModified && src.ConsecutiveFailures == 0 && src.LastErrorKind == model.KindBrokenFeed {
			out.LastError, out.ErrorKind = src.LastError, src.LastErrorKind
		}
		return out
	}
	out.ConsecutiveFailures = src.ConsecutiveFailures + 1
	out.LastError, out.ErrorKind, out.ErrorFeeds = Describe(fetchErr), Kind(fetchErr), ErrorFeeds(fetchErr)
	wait := p.backoff(out.ConsecutiveFailures)
	asked := resp.RetryAfter
	if se, ok := errors.AsType[*StatusError](fetchErr); ok && se.RetryAfter > 0 {
		asked = se.RetryAfter
	}
	if asked > 0 {
		wait = min(max(asked, minRetryAfter), p.Ceiling)
		if asked > p.Ceiling {
			// The text says the server's wait (StatusError): say the one kept.
			out.LastError += "; bantin waits " + ShortDuration(wait) + ", its longest wait (BANTIN_FETCH_CEILING)"
		}
	}
	out.NextFetchAt = now.Add(wait)
	return out
}

// backoff is Interval·2^(failures-1) capped at Ceiling, with equal jitter:
// a uniform draw in [d/2, d), so successive waits never shrink.
func (p Policy) backoff(failures int) time.Duration {
	d := p.Interval
	for i := 1; i < failures && d < p.Ceiling; i++ {
		d *= 2
	}
	d = min(d, p.Ceiling)
	j := 0.5
	if p.Jitter != nil {
		j = min(max(p.Jitter(), 0), 1)
	}
	return d/2 + time.Duration(j*float64(d/2))
}

func (p Policy) withDefaults() Policy {
	if p.Interval <= 0 {
		p.Interval = DefaultInterval
	}
	if p.Ceiling <= 0 {
		p.Ceiling = DefaultCeiling
	}
	if p.Ceiling < p.Interval {
		p.Ceiling = p.Interval
	}
	return p
}

// Describe returns the short, human text stored as a source's last error
// (shown on the public /sources page): "HTTP 503 Service Unavailable",
// "timeout after 30s", "body larger than 10 MiB", "parse: …", "no such
// host: NAME", or the transport error's last useful part.
func Describe(err error) string {
	if err == nil {
		return ""
	}
	var (
		se *StatusError
		te *TimeoutError
		le *TooLargeError
		pe *ParseError
	)
	switch {
	case errors.As(err, &se):
		return se.Error()
	case errors.As(err, &te):
		return te.Error()
	case errors.As(err, &le):
		return le.Error()
	case errors.As(err, &pe):
		return pe.Error()
	}
	var (
		de *net.DNSError
		ue *url.Error
	)
	switch {
	case errors.As(err, &de) && de.IsNotFound:
		return "no such host: " + de.Name // not the resolver's address
	case errors.As(err, &de):
		return "DNS lookup of " + de.Name + ": " + de.Err
	case errors.As(err, &ue):
		err = ue.Err // "Get \"URL\": " says nothing the source's URL does not
	}
	s := err.Error()
	if i := strings.Index(s, ErrPrivateAddress.Error()); i >= 0 {
		return s[i:]
	}
	if i := strings.LastIndex(s, ": dial tcp"); i >= 0 {
		s = s[i+2:]
	}
	const maxLen = 200
	if len(s) > maxLen {
		s = strings.ToValidUTF8(s[:maxLen], "") + "…"
	}
	return s
}
