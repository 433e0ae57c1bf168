package mailer

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"mime"
	"net"
	"net/mail"
	"net/url"
	"strings"

	gomail "github.com/wneessen/go-mail"
)

// envelope is what assemble needs besides the two bodies.
type envelope struct {
	key         string
	to          string
	subject     string
	oneClickURL string // https; empty for messages that are not list mail
}

// assemble builds the multipart/alternative message (text then HTML, UTF-8,
// quoted-printable) with go-mail and DKIM-signs the final bytes when
// configured. It returns the go-mail or signing error, wrapped.
func (r *Renderer) assemble(env envelope, text, html string) (*Message, error) {
	sum := sha256.Sum256([]byte(text + html))
	m := gomail.NewMsg(gomail.WithNoDefaultUserAgent(), gomail.WithCharset(gomail.CharsetUTF8),
		gomail.WithEncoding(gomail.EncodingQP),
		// Derived from the content, so it cannot occur in it and output is reproducible.
		gomail.WithBoundary("bantin-"+hex.EncodeToString(sum[:16])))
	m.FromMailAddress(r.from)
	if err := m.To(env.to); err != nil {
		return nil, fmt.Errorf("%w: To %q: %w", ErrInvalid, env.to, err)
	}
	m.Subject(encodeHeader(env.subject)) // our own words: never folded after "Subject:"
	id := env.key + "@" + r.domain
	m.SetMessageIDWithValue(id)
	m.SetDateWithValue(r.now())
	if env.oneClickURL != "" {
		// SetGenHeader keeps a stable header order (go-mail's preformatted
		// headers come out in map order); ASCII values are written as given.
		m.SetGenHeader("List-Id", listID(r.from.Name, r.listID))
		m.SetGenHeader(gomail.HeaderListUnsubscribe, "<"+env.oneClickURL+">")
		m.SetGenHeader(gomail.HeaderListUnsubscribePost, "List-Unsubscribe=One-Click")
		m.SetBulk()
	}
	m.SetBodyString(gomail.TypeTextPlain, text)
	m.AddAlternativeString(gomail.TypeTextHTML, html)

	var raw bytes.Buffer
	raw.Grow(2*(len(text)+len(html)) + 4096) // QP of Vietnamese text grows about 1.5×
	if _, err := m.WriteTo(&raw); err != nil {
		return nil, fmt.Errorf("write MIME message %s: %w", id, err)
	}
	out := raw.Bytes()
	if r.dkim != nil {
		var err error
		if out, err = r.dkim.sign(out); err != nil {
			return nil, fmt.Errorf("message %s: %w", id, err)
		}
	}
	return &Message{Key: env.key, MessageID: id, From: r.from.Address, To: []string{env.to}, Raw: out}, nil
}

// listID formats a List-Id value, RFC 2919: `phrase <id>`, the phrase
// RFC 2047-encoded when it is not ASCII.
func listID(name, id string) string {
	if name == "" {
		return "<" + id + ">"
	}
	return mime.QEncoding.Encode("UTF-8", name) + " <" + id + ">"
}

// checkAddressKey validates a bare recipient address and a message key. It
// returns an error wrapping ErrInvalid when either is unusable.
func checkAddressKey(addr, key string) error {
	a, err := mail.ParseAddress(addr)
	if err != nil || a.Address != addr {
		return fmt.Errorf("%w: recipient %q is not a bare address", ErrInvalid, addr)
	}
	if !isKey(key) {
		return fmt.Errorf("%w: message key %q (letters, digits, '.', '_', '-')", ErrInvalid, key)
	}
	return nil
}

func isKey(key string) bool {
	if key == "" || len(key) > 200 || key[0] == '.' || key[0] == '-' || key[len(key)-1] == '.' || strings.Contains(key, "..") {
		return false
	}
	for _, c := range []byte(key) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// isDotAtom reports whether s is usable as a Message-ID domain.
func isDotAtom(s string) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' {
		return false
	}
	for _, c := range []byte(s) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}

// checkURL returns the normalised form of an absolute http(s) URL (https
// when httpsOnly, except on a loopback host, where a local setup serves
// plain http to a browser on the same machine). It returns an error
// wrapping ErrInvalid naming field otherwise.
func checkURL(field, raw string, httpsOnly bool) (string, error) {
	u, err := url.Parse(raw)
	if httpsOnly && err == nil && isLoopback(u.Hostname()) {
		httpsOnly = false
	}
	if err != nil || u.Host == "" || (u.Scheme != "https" && (httpsOnly || u.Scheme != "http")) {
		want := "http(s)"
		if httpsOnly {
			want = "https"
		}
		return "", fmt.Errorf("%w: %s %q is not an absolute %s URL", ErrInvalid, field, raw, want)
	}
	return escapeURL(u.String()), nil
}

// isLoopback reports whether host is localhost or a loopback address.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// escapeURL percent-encodes every byte that RFC 3986 does not allow in a URL
// (url.URL.String leaves some in the query), so the result is safe between
// the angle brackets of List-Unsubscribe and needs only HTML escaping.
func escapeURL(s string) string {
	const allowed = "-._~:/?#[]@!$&'()*+,;=%"
	var b strings.Builder
	for _, c := range []byte(s) {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(allowed, c) >= 0 {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}
