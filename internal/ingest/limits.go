package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"

	"bantin/internal/model"
	"bantin/internal/vntext"
)

// ErrPrivateAddress is wrapped by the error Fetch returns when the upstream
// resolves to a loopback, private, link-local or otherwise internal address
// and Options.AllowPrivate is false.
var ErrPrivateAddress = errors.New("refusing to connect to a private address")

// StatusError is an HTTP status bantin does not accept as a feed answer.
type StatusError struct {
	Code       int
	Status     string        // e.g. "503 Service Unavailable"
	RetryAfter time.Duration // from Retry-After on 429/503
	// BotWall names the bot wall whose challenge page came instead of the
	// feed ("Cloudflare", or "a bot wall" for one not named), "" for none.
	BotWall string
}

// Error is the status line, then what it means when bantin knows more
// than the status: the wait a Retry-After asked for, or the bot wall.
func (e *StatusError) Error() string {
	s := e.Status
	if s == "" {
		s = fmt.Sprintf("%d %s", e.Code, http.StatusText(e.Code))
	}
	switch {
	case e.BotWall != "":
		return "HTTP " + s + ": " + botWallText(e.BotWall) + " answered instead of the feed (a challenge page for browsers: " +
			"the site must let bantin's requests through, or name a feed URL outside the wall)"
	case e.RetryAfter > 0:
		return "HTTP " + s + ": the server asked to be read again in " + ShortDuration(e.RetryAfter)
	}
	return "HTTP " + s
}

// kind is the error's model.FetchErrorKind: a bot wall, a request to come
// back later (429, or a 503 with Retry-After), or another error status.
func (e *StatusError) kind() model.FetchErrorKind {
	switch {
	case e.BotWall != "":
		return model.KindBotWall
	case e.Code == http.StatusTooManyRequests || e.RetryAfter > 0:
		return model.KindRetryLater
	}
	return model.KindHTTP
}

// ShortDuration writes d, rounded to the second, without zero units:
// "1h", "1h30m", "90s", "2d3h" (a day is 24 h).
func ShortDuration(d time.Duration) string {
	d = d.Round(time.Second)
	if d <= 0 {
		return "0s"
	}
	var b strings.Builder
	for _, u := range []struct {
		d    time.Duration
		name string
	}{{24 * time.Hour, "d"}, {time.Hour, "h"}, {time.Minute, "m"}, {time.Second, "s"}} {
		if n := d / u.d; n > 0 {
			fmt.Fprintf(&b, "%d%s", n, u.name)
			d -= n * u.d
		}
	}
	return b.String()
}

// maxReason caps the reason phrase a StatusError keeps of an upstream's
// status line.
const maxReason = 100

// statusLine returns an upstream's status ("503 Service Unavailable", as
// net/http gives it) as a StatusError keeps it: it becomes the source's
// last error, stored, shown on /sources and printed by bantin's commands
// to a terminal. Invalid UTF-8, control characters (a terminal's escapes)
// and bidi controls are dropped, and the reason phrase is cut at
// maxReason bytes.
func statusLine(s string) string {
	s = vntext.DropBidi(strings.ToValidUTF8(s, ""))
	s = strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && !unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)), " ")
	code, reason, _ := strings.Cut(s, " ")
	if len(reason) > maxReason {
		reason = strings.ToValidUTF8(reason[:maxReason], "") + "…"
	}
	return strings.TrimSpace(code + " " + reason)
}

// TooLargeError reports a body over the cap (after decompression).
type TooLargeError struct{ Limit int64 }

func (e *TooLargeError) Error() string { return "body larger than " + byteSize(e.Limit) }

// TimeoutError reports a request that did not finish within the timeout.
type TimeoutError struct {
	After time.Duration
	Err   error
}

func (e *TimeoutError) Error() string { return "timeout after " + e.After.String() }
func (e *TimeoutError) Unwrap() error { return e.Err }

func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// readBody reads hr.Body, inflating gzip, and fails with *TooLargeError when
// more than limit bytes come out (a gzip bomb or an endless body).
func readBody(hr *http.Response, limit int64) ([]byte, error) {
	var r io.Reader = hr.Body
	if strings.EqualFold(strings.TrimSpace(hr.Header.Get("Content-Encoding")), "gzip") {
		zr, err := gzip.NewReader(hr.Body)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		r = zr
	}
	var buf bytes.Buffer
	if n := hr.ContentLength; n > 0 && r == hr.Body {
		// One allocation for the common body that says its length, but
		// never more than presize on the word of the upstream.
		buf.Grow(int(min(n, limit, presize)) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, fmt.Errorf("reading body: %w", err)
	}
	if int64(buf.Len()) > limit {
		return nil, &TooLargeError{Limit: limit}
	}
	return buf.Bytes(), nil
}

// presize is the most readBody allocates up front for a body's declared
// length; a longer body grows as it arrives.
const presize = 1 << 20

// parseRetryAfter reads Retry-After as delay-seconds or an HTTP-date
// relative to now. It returns 0 when absent, malformed or in the past.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		return time.Duration(min(secs, int64(365*24*3600))) * time.Second
	}
	t, err := http.ParseTime(v)
	if err != nil || !t.After(now) {
		return 0
	}
	return t.Sub(now)
}
