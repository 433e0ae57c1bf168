package mailer

import (
	"bytes"
	"cmp"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"html"
	"slices"
	"strings"
)

// slot is a per-recipient value left open by RenderShared.
type slot int

const (
	slotAddress slot = iota
	slotView
	slotPreferences
	slotUnsubscribe
	slotCount
)

// segmented is a rendered body cut at its slots: parts[0] slots[0] parts[1] ...
type segmented struct {
	parts []string
	slots []slot
	size  int // bytes of parts
}

// SharedDigest is a digest rendered once for every subscriber with the same
// filters. [SharedDigest.Message] fills the per-recipient slots by string
// concatenation, without executing a template. It is safe for concurrent use.
type SharedDigest struct {
	r       *Renderer
	subject string
	text    segmented
	html    segmented
}

// Subject returns the decoded subject line, e.g.
// "Bản tin tuần 48/2026 – Xây dựng Đảng, Thái Nguyên".
func (s *SharedDigest) Subject() string { return s.subject }

// RenderShared groups d.Stories by topic (see GroupByTopic) and executes the digest templates once,
// leaving the address and the links of d.Recipient as slots (d.Recipient is
// ignored). It returns ErrEmptyDigest when no story remains, and the template
// error otherwise.
func (r *Renderer) RenderShared(d Digest) (*SharedDigest, error) {
	groups := GroupByTopic(d.Stories)
	if len(groups) == 0 {
		return nil, ErrEmptyDigest
	}
	for i := range groups {
		if m := d.More[groups[i].Slug]; m.Count > 0 {
			if _, err := checkURL("More.URL", m.URL, false); err != nil {
				return nil, err
			}
			groups[i].More = m
		}
	}
	nonce := make([]byte, 8)
	_, _ = rand.Read(nonce) // never fails (crypto/rand documents it)
	prefix := "bantinslot" + hex.EncodeToString(nonce) + "n"
	token := func(s slot) string { return fmt.Sprintf("%s%dz", prefix, s) }
	v := digestView{Period: d.Period, Topics: d.Topics, Provinces: d.Provinces,
		Filters: strings.Join(slices.Concat(d.Topics, d.Provinces), ", "),
		Groups:  groups, Count: storyCount(groups),
		Recipient: Recipient{Address: token(slotAddress), ViewURL: token(slotView),
			PreferencesURL: token(slotPreferences), UnsubscribeURL: token(slotUnsubscribe)}}
	var err error
	if v.Subject, err = execText(r.digest.subject, v); err != nil {
		return nil, err
	}
	if strings.Contains(v.Subject, prefix) {
		return nil, fmt.Errorf("%w: digest.subject must not use .Recipient", ErrInvalid)
	}
	text, err := execText(r.digest.text, v)
	if err != nil {
		return nil, err
	}
	var htmlBody bytes.Buffer
	if err := r.digest.html.Execute(&htmlBody, v); err != nil {
		return nil, fmt.Errorf("render digest.html: %w", err)
	}
	s := &SharedDigest{r: r, subject: v.Subject,
		text: split(text, prefix), html: split(htmlBody.String(), prefix)}
	r.log.Debug("digest rendered", "period", d.Period.Label, "filters", v.Filters,
		"stories", v.Count, "html_bytes", s.html.size, "text_bytes", s.text.size)
	return s, nil
}

// split cuts body at every slot token "<prefix><n>z".
func split(body, prefix string) segmented {
	var s segmented
	for {
		i := strings.Index(body, prefix)
		j := i + len(prefix)
		if i < 0 || j+2 > len(body) || body[j+1] != 'z' || body[j] < '0' || body[j] >= '0'+byte(slotCount) {
			s.parts = append(s.parts, body)
			s.size += len(body)
			return s
		}
		s.parts = append(s.parts, body[:i])
		s.size += i
		s.slots = append(s.slots, slot(body[j]-'0'))
		body = body[j+2:]
	}
}

// fill joins the parts with values in the slots.
func (s *segmented) fill(values *[slotCount]string) string {
	n := s.size
	for _, sl := range s.slots {
		n += len(values[sl])
	}
	var b strings.Builder
	b.Grow(n)
	for i, p := range s.parts {
		b.WriteString(p)
		if i < len(s.slots) {
			b.WriteString(values[s.slots[i]])
		}
	}
	return b.String()
}

// Message personalises the shared digest for rcpt and assembles the MIME
// message (signed when DKIM is configured). It returns an error wrapping
// ErrInvalid when the address or key is malformed or a URL is missing or
// not absolute http(s) (UnsubscribeURL and OneClickURL: https only), and the
// signing error otherwise.
func (s *SharedDigest) Message(rcpt Recipient) (*Message, error) {
	if err := checkAddressKey(rcpt.Address, rcpt.Key); err != nil {
		return nil, err
	}
	var text [slotCount]string
	text[slotAddress] = cmp.Or(rcpt.Shown, rcpt.Address)
	var err error
	for _, f := range []struct {
		slot  slot
		name  string
		value string
		https bool
	}{
		{slotView, "ViewURL", rcpt.ViewURL, false},
		{slotPreferences, "PreferencesURL", rcpt.PreferencesURL, false},
		{slotUnsubscribe, "UnsubscribeURL", rcpt.UnsubscribeURL, true},
	} {
		if text[f.slot], err = checkURL(f.name, f.value, f.https); err != nil {
			return nil, err
		}
	}
	oneClick := text[slotUnsubscribe]
	if rcpt.OneClickURL != "" {
		if oneClick, err = checkURL("OneClickURL", rcpt.OneClickURL, true); err != nil {
			return nil, err
		}
	}
	var escaped [slotCount]string
	for i, v := range text {
		escaped[i] = html.EscapeString(v)
	}
	env := envelope{key: rcpt.Key, to: rcpt.Address, subject: s.subject, oneClickURL: oneClick}
	return s.r.assemble(env, s.text.fill(&text), s.html.fill(&escaped))
}
