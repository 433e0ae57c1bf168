package ingest

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"testing"
	"time"

	"bantin/internal/model"
)

var t0 = time.Date(2026, 9, 14, 12, 0, 0, 0, time.UTC)

func TestPolicySuccess(t *testing.T) {
	p := Policy{}
	src := model.Source{ConsecutiveFailures: 4, ETag: `"old"`, LastModified: "Mon, 14 Sep 2026 10:00:00 GMT"}
	out := p.Next(src, Response{Status: 200, ETag: `"new"`}, nil, t0)
	if out.ConsecutiveFailures != 0 || out.LastError != "" || !out.NextFetchAt.Equal(t0.Add(DefaultInterval)) || out.ETag != `"new"` {
		t.Fatalf("%+v", out)
	}
	out = p.Next(src, Response{Status: 304, NotModified: true}, nil, t0)
	if out.ConsecutiveFailures != 0 || out.LastStatus != 304 || out.ETag != `"old"` || out.LastModified != src.LastModified {
		t.Fatalf("304 lost validators: %+v", out)
	}
	out = p.Next(src, Response{Status: 200, MovedTo: "https://b.vn/rss"}, nil, t0)
	if out.MovedTo != "https://b.vn/rss" {
		t.Fatalf("%+v", out)
	}
}

// TestPolicyKeepsBrokenFeedNote: a 304 keeps the note of a feed read up to
// a break (its body is unchanged), not a failure's error; a 200 clears it
// (the caller sets the note of the body it read). The note is told by its
// kind, not its text.
func TestPolicyKeepsBrokenFeedNote(t *testing.T) {
	note := BrokenFeedNote(3, errors.New("XML syntax error on line 9: unexpected EOF"))
	cases := []struct {
		name string
		src  model.Source
		resp Response
		want string
	}{
		{"304 after a broken read", model.Source{LastError: note, LastErrorKind: model.KindBrokenFeed}, Response{Status: 304, NotModified: true}, note},
		{"200 after a broken read", model.Source{LastError: note, LastErrorKind: model.KindBrokenFeed}, Response{Status: 200}, ""},
		{"304 after a failure", model.Source{ConsecutiveFailures: 1, LastError: note, LastErrorKind: model.KindBrokenFeed},
			Response{Status: 304, NotModified: true}, ""},
		{"304 after another error", model.Source{LastError: "HTTP 500", LastErrorKind: model.KindHTTP}, Response{Status: 304, NotModified: true}, ""},
		{"304 after an error of no kind", model.Source{LastError: note, LastErrorKind: model.KindUnknown}, Response{Status: 304, NotModified: true}, ""},
	}
	for _, c := range cases {
		out := (Policy{}).Next(c.src, c.resp, nil, t0)
		if out.LastError != c.want || out.ConsecutiveFailures != 0 || (out.ErrorKind == model.KindBrokenFeed) != (c.want != "") {
			t.Errorf("%s: last error %q (%q), failures %d; want %q, 0", c.name, out.LastError, out.ErrorKind, out.ConsecutiveFailures, c.want)
		}
	}
}

func TestPolicyGoneRetires(t *testing.T) {
	out := Policy{}.Next(model.Source{}, Response{Status: 410, Gone: true}, nil, t0)
	if !out.Retire || out.LastStatus != 410 || out.NextFetchAt.After(t0.Add(DefaultCeiling)) {
		t.Fatalf("%+v", out)
	}
}

func TestPolicyBackoffGrowsJitteredCapped(t *testing.T) {
	err := &StatusError{Code: 500, Status: "500 Internal Server Error"}
	var prev time.Duration
	for fails := 0; fails < 12; fails++ {
		lo := Policy{Jitter: func() float64 { return 0 }}.Next(model.Source{ConsecutiveFailures: fails}, Response{Status: 500}, err, t0)
		hi := Policy{Jitter: func() float64 { return 0.999 }}.Next(model.Source{ConsecutiveFailures: fails}, Response{Status: 500}, err, t0)
		dLo, dHi := lo.NextFetchAt.Sub(t0), hi.NextFetchAt.Sub(t0)
		if lo.ConsecutiveFailures != fails+1 || lo.LastError != "HTTP 500 Internal Server Error" {
			t.Fatalf("%+v", lo)
		}
		if dLo < prev || dHi <= dLo || dHi > DefaultCeiling {
			t.Fatalf("failures %d: wait in [%s, %s], previous low %s", fails+1, dLo, dHi, prev)
		}
		prev = dLo
	}
	if prev != DefaultCeiling/2 {
		t.Fatalf("ceiling not reached: %s", prev)
	}
}

func TestPolicyRetryAfterWins(t *testing.T) {
	p := Policy{Jitter: func() float64 { return 0.5 }}
	src := model.Source{ConsecutiveFailures: 8} // backoff alone would be hours
	err := &StatusError{Code: 429, Status: "429 Too Many Requests", RetryAfter: 2 * time.Minute}
	out := p.Next(src, Response{Status: 429, RetryAfter: 2 * time.Minute}, err, t0)
	if got := out.NextFetchAt.Sub(t0); got != 2*time.Minute {
		t.Fatalf("wait %s, want 2m", got)
	}
	err.RetryAfter = 30 * 24 * time.Hour
	out = p.Next(src, Response{Status: 503}, err, t0)
	if got := out.NextFetchAt.Sub(t0); got != DefaultCeiling {
		t.Fatalf("wait %s, want ceiling", got)
	}
	if want := "HTTP 429 Too Many Requests: the server asked to be read again in 30d; bantin waits 1d, its longest wait (BANTIN_FETCH_CEILING)"; out.LastError != want ||
		out.ErrorKind != model.KindRetryLater {
		t.Errorf("capped wait: %q %q, want %q", out.LastError, out.ErrorKind, want)
	}
}

func TestDescribe(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{&StatusError{Code: 503, Status: "503 Service Unavailable"}, "HTTP 503 Service Unavailable"},
		{&TimeoutError{After: 30 * time.Second}, "timeout after 30s"},
		{fmt.Errorf("x: %w", &TooLargeError{Limit: 10 << 20}), "body larger than 10 MiB"},
		{&ParseError{Err: errors.New("XML syntax error on line 6: unexpected EOF")}, "parse: XML syntax error on line 6: unexpected EOF"},
		{fmt.Errorf("dial: %w: 10.0.0.1", ErrPrivateAddress), "refusing to connect to a private address: 10.0.0.1"},
		// Shown on the public /sources page: the resolver's address is not
		// the public's business, nor the request line the source list shows.
		{&url.Error{Op: "Get", URL: "https://bao.example/rss", Err: &net.OpError{Op: "dial", Net: "tcp",
			Err: &net.DNSError{Err: "no such host", Name: "bao.example", Server: "10.255.255.53:53", IsNotFound: true}}},
			"no such host: bao.example"},
		{&url.Error{Op: "Get", URL: "https://bao.example/rss", Err: &net.OpError{Op: "dial", Net: "tcp",
			Err: &net.DNSError{Err: "i/o timeout", Name: "bao.example", Server: "10.255.255.53:53", IsTimeout: true}}},
			"DNS lookup of bao.example: i/o timeout"},
		{&url.Error{Op: "Get", URL: "/loop", Err: errors.New("stopped after 10 redirects")}, "stopped after 10 redirects"},
	}
	for _, tt := range tests {
		if got := Describe(tt.err); got != tt.want {
			t.Errorf("Describe = %q, want %q", got, tt.want)
		}
	}
}

// TestPolicyMovesOnlyOnSuccess: a permanent redirect moves the source
// only when the fetch at its end succeeded (a feed read, or 304); one
// ending at a web page, an error status or a 410 leaves the URL.
func TestPolicyMovesOnlyOnSuccess(t *testing.T) {
	const to = "https://b.vn/rss"
	for _, tt := range []struct {
		name string
		resp Response
		err  error
		want string
	}{
		{"feed", Response{Status: 200}, nil, to},
		{"not modified", Response{Status: 304, NotModified: true}, nil, to},
		{"web page", Response{Status: 200}, &ParseError{Err: &WebPageError{}}, ""},
		{"error status", Response{Status: 404}, &StatusError{Code: 404, Status: "404 Not Found"}, ""},
		{"gone", Response{Status: 410, Gone: true}, nil, ""},
	} {
		tt.resp.MovedTo = to
		if out := (Policy{}).Next(model.Source{URL: "https://a.vn/rss"}, tt.resp, tt.err, t0); out.MovedTo != tt.want {
			t.Errorf("%s: MovedTo %q, want %q", tt.name, out.MovedTo, tt.want)
		}
	}
}
