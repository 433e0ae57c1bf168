package ingest

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"slices"
	"syscall"
	"testing"
	"time"

	"bantin/internal/model"
)

// TestKind: a fetch or parse error's kind, as a source records it, is told
// by the error's type and wrapped values, through the wrappers net/http
// puts around them (*url.Error, *net.OpError, *os.SyscallError); a web
// page's error gives its feeds, no other error any.
func TestKind(t *testing.T) {
	get := func(err error) error { return &url.Error{Op: "Get", URL: "https://bao.example/rss", Err: err} }
	dial := func(errno syscall.Errno) error {
		return get(&net.OpError{Op: "dial", Net: "tcp", Err: &os.SyscallError{Syscall: "connect", Err: errno}})
	}
	page := &ParseError{Err: &WebPageError{Feeds: []string{"https://bao.example/rss"}}}
	for _, tt := range []struct {
		err  error
		want model.FetchErrorKind
	}{
		{nil, model.KindNone},
		{&StatusError{Code: 503, Status: "503 Service Unavailable"}, model.KindHTTP},
		{&StatusError{Code: 403, Status: "403 Forbidden"}, model.KindHTTP},
		{&StatusError{Code: 503, Status: "503 Service Unavailable", RetryAfter: time.Hour}, model.KindRetryLater},
		{&StatusError{Code: 429, Status: "429 Too Many Requests"}, model.KindRetryLater},
		{&StatusError{Code: 403, Status: "403 Forbidden", BotWall: "Cloudflare"}, model.KindBotWall},
		{&StatusError{Code: 503, Status: "503 Service Unavailable", RetryAfter: time.Hour, BotWall: "a bot wall"}, model.KindBotWall},
		{&TimeoutError{}, model.KindTimeout},
		{&TooLargeError{Limit: 10 << 20}, model.KindTooLarge},
		{page, model.KindWebPage},
		{&ParseError{Err: &WebPageError{}}, model.KindWebPage},
		{&ParseError{Err: errNotAFeed}, model.KindParse},
		{get(&net.DNSError{Name: "bao.example", Err: "no such host", IsNotFound: true}), model.KindNoSuchHost},
		{get(&net.DNSError{Name: "bao.example", Err: "i/o timeout"}), model.KindDNS},
		{get(&net.OpError{Op: "dial", Err: fmt.Errorf("%w: 127.0.0.1", ErrPrivateAddress)}), model.KindPrivateAddress},
		{get(&redirectError{"stopped after 10 redirects", model.KindRedirectLoop}), model.KindRedirectLoop},
		{get(&redirectError{"redirected to a non-http(s) URL (file:)", model.KindRedirectScheme}), model.KindRedirectScheme},
		{dial(syscall.ECONNREFUSED), model.KindRefused},
		{dial(syscall.ECONNRESET), model.KindReset},
		{dial(syscall.ENETUNREACH), model.KindUnreachable},
		{get(x509.UnknownAuthorityError{}), model.KindCertificate},
		{get(errors.New("remote error: tls: handshake failure")), model.KindTLS},
		// Told by type, not by a "tls: " in the text (hidden here).
		{get(textless{tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake"}}), model.KindTLS},
		{get(textless{tls.AlertError(40)}), model.KindTLS},
		{get(textless{&tls.CertificateVerificationError{Err: x509.UnknownAuthorityError{}}}), model.KindCertificate},
		{get(errors.New("something new")), model.KindOther},
	} {
		if got := Kind(tt.err); got != tt.want {
			t.Errorf("Kind(%v) = %q, want %q", tt.err, got, tt.want)
		}
		if feeds := ErrorFeeds(tt.err); (tt.err == page) != (feeds != nil) || tt.err == page && !slices.Equal(feeds, page.Err.(*WebPageError).Feeds) {
			t.Errorf("ErrorFeeds(%v) = %q", tt.err, feeds)
		}
	}
}

// textless wraps an error under a text of its own, which names no kind.
type textless struct{ err error }

func (e textless) Error() string { return "handshake failed" }
func (e textless) Unwrap() error { return e.err }
