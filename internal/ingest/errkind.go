package ingest

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"strings"
	"syscall"

	"bantin/internal/model"
)

// redirectError is the error of a redirect Fetch does not follow: too
// many hops, or a hop to a non-http(s) URL. Kind tells them apart.
type redirectError struct {
	msg  string
	kind model.FetchErrorKind
}

func (e *redirectError) Error() string { return e.msg }

// Kind returns the kind of err, a fetch or parse error (Fetch's, or a
// *ParseError), as recorded with the source's last error beside
// Describe's text: told by the error's type and wrapped values, not by its
// text (crypto/tls aside, whose failures are mostly of no exported type).
// It returns model.KindNone for nil, model.KindOther for an error of no
// known kind.
func Kind(err error) model.FetchErrorKind {
	if err == nil {
		return model.KindNone
	}
	if k := feedKind(err); k != model.KindNone {
		return k
	}
	if k := networkKind(err); k != model.KindNone {
		return k
	}
	return model.KindOther
}

// feedKind is Kind for the errors of an answer: a status, a timeout, a
// body too large or that is no feed; KindNone for any other.
func feedKind(err error) model.FetchErrorKind {
	var (
		re *redirectError
		se *StatusError
	)
	switch {
	case errors.As(err, &se):
		return se.kind()
	case errors.As(err, new(*TimeoutError)):
		return model.KindTimeout
	case errors.As(err, new(*TooLargeError)):
		return model.KindTooLarge
	case errors.As(err, new(*WebPageError)):
		return model.KindWebPage
	case errors.As(err, new(*ParseError)):
		return model.KindParse
	case errors.As(err, &re):
		return re.kind
	}
	return model.KindNone
}

// networkKind is Kind for the errors of a connection: its name, its
// address, its transport, its TLS; KindNone for any other.
func networkKind(err error) model.FetchErrorKind {
	var de *net.DNSError
	switch {
	case errors.As(err, &de) && de.IsNotFound:
		return model.KindNoSuchHost
	case de != nil:
		return model.KindDNS
	case errors.Is(err, ErrPrivateAddress):
		return model.KindPrivateAddress
	case errors.Is(err, syscall.ECONNREFUSED):
		return model.KindRefused
	case errors.Is(err, syscall.ECONNRESET):
		return model.KindReset
	case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		return model.KindUnreachable
	case errors.As(err, new(*tls.CertificateVerificationError)), errors.As(err, new(x509.UnknownAuthorityError)),
		errors.As(err, new(x509.HostnameError)), errors.As(err, new(x509.CertificateInvalidError)):
		return model.KindCertificate
	case errors.As(err, new(tls.AlertError)), errors.As(err, new(tls.RecordHeaderError)),
		strings.Contains(err.Error(), "tls: "):
		return model.KindTLS
	}
	return model.KindNone
}

// ErrorFeeds returns the feeds a web page's error names (see
// WebPageError), recorded with the source's last error; nil for any other
// error.
func ErrorFeeds(err error) []string {
	if wp, ok := errors.AsType[*WebPageError](err); ok {
		return wp.Feeds
	}
	return nil
}
