package mailer

import (
	"bytes"
	"errors"
	"mime"
	"net/mail"
	"strings"
	"testing"
)

// digestHeaders are the header fields a digest carries, each exactly once.
var digestHeaders = []string{"Mime-Version", "Content-Type", "Date", "From", "To", "Subject",
	"Message-Id", "List-Id", "List-Unsubscribe", "List-Unsubscribe-Post", "Precedence", "X-Auto-Response-Suppress"}

// FuzzDigestHeaders renders a digest whose subject words (a topic, a
// province, the period's label), story titles, source names, recipient
// address, key and links come from the fuzzer, as a hostile upstream or
// subscriber could shape them. Either the renderer refuses the input with
// ErrInvalid (or ErrEmptyDigest), or the message's header block is the
// fixed set of fields, each once, with no bare CR or LF, no line over 998
// bytes, a Subject without a line break once decoded, and the To field the
// recipient's address alone.
func FuzzDigestHeaders(f *testing.F) {
	f.Add("Xây dựng Đảng", "Thái Nguyên", "48/2026", "ban.doc@example.com", "digest-1", "Tiêu đề", "Báo", "https://bantin.example/u?t=1")
	f.Add("a\r\nBcc: x@evil.example", "b\nX: y", "48\r\n\r\n<html>", "a@b.c\r\nBcc: x@y.z", "k\r\nX: 1", "t\r\nX-T: 1", "s\rX: 2", "https://e.x/\r\nX: 3")
	f.Add(strings.Repeat("Đ", 500), strings.Repeat("x", 2000), "=?UTF-8?q?=0D=0ABcc:_x@y?=", "\"a\r\n\"@b.c", "d", "=?utf-8?b?DQpCY2M6IHhAeQ==?=", "\x00", "https://e.x/\u2028")
	r := newTestRenderer(f, nil)
	f.Fuzz(func(t *testing.T, topic, province, label, addr, key, title, source, link string) {
		d := sampleDigest()
		d.Topics, d.Provinces, d.Period.Label = []string{topic}, []string{province}, label
		d.Stories[0].Title, d.Stories[0].Source = title, source
		d.Recipient.Address, d.Recipient.Key, d.Recipient.OneClickURL = addr, key, link
		m, err := r.RenderDigest(d)
		if err != nil {
			if !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrEmptyDigest) {
				t.Fatalf("error outside the contract: %v", err)
			}
			return
		}
		checkHeaderBlock(t, m.Raw, addr)
	})
}

// checkHeaderBlock fails t unless raw's header block is digestHeaders, each
// once, well-formed, with To equal to addr and a one-line Subject.
func checkHeaderBlock(t *testing.T, raw []byte, addr string) {
	t.Helper()
	head, _, ok := bytes.Cut(raw, []byte("\r\n\r\n"))
	if !ok {
		t.Fatalf("no end of header block:\n%q", raw)
	}
	for _, line := range bytes.Split(head, []byte("\r\n")) {
		if bytes.ContainsAny(line, "\r\n\x00") || len(line) > 998 {
			t.Fatalf("bad header line %q", line)
		}
	}
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("message does not parse: %v", err)
	}
	if len(msg.Header) != len(digestHeaders) {
		t.Fatalf("header fields %v, want %v", keys(msg.Header), digestHeaders)
	}
	for _, k := range digestHeaders {
		if len(msg.Header[k]) != 1 {
			t.Fatalf("field %s appears %d times: %v", k, len(msg.Header[k]), keys(msg.Header))
		}
	}
	to, err := mail.ParseAddress(msg.Header.Get("To"))
	if err != nil || to.Address != addr {
		t.Fatalf("To %q (%v), want %q", msg.Header.Get("To"), err, addr)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	if err != nil || strings.ContainsAny(subject, "\r\n") {
		t.Fatalf("Subject %q decodes to %q (%v)", msg.Header.Get("Subject"), subject, err)
	}
}

func keys(h mail.Header) []string {
	out := make([]string, 0, len(h))
	for k := range h {
		out = append(out, k)
	}
	return out
}
