package mailer

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/mail"
	"strings"
	texttemplate "text/template"
	"time"
)

// DefaultFrom is the sender used when [Options.From] is empty.
const DefaultFrom = "Bản tin <bantin@localhost>"

// ErrEmptyDigest is returned by [Renderer.RenderShared] and
// [Renderer.RenderDigest] when no story is left to send: the caller should
// send nothing.
var ErrEmptyDigest = errors.New("mailer: digest has no stories")

// ErrInvalid is wrapped by errors about bad input: an address, key or URL that
// cannot be used.
var ErrInvalid = errors.New("mailer: invalid input")

// Options configures a [Renderer].
type Options struct {
	// Templates holds email/{digest,confirm}.{subject,txt,html} and
	// email/style.css: templates.FS, or os.DirFS of an operator's folder with
	// the same layout. Required.
	Templates fs.FS
	// From is the header sender, e.g. "Bản tin <bantin@localhost>"
	// (DefaultFrom when empty). Its address is also the envelope sender.
	From string
	// Domain is the right-hand side of Message-IDs; the From domain when empty.
	Domain string
	// ListID is the List-Id identifier; "digest.<Domain>" when empty.
	ListID string
	// Location is the zone dates are shown in; Asia/Ho_Chi_Minh when nil.
	Location *time.Location
	// DKIM signs every message when not nil.
	DKIM *DKIMOptions
	// Now gives the Date header; time.Now when nil.
	Now func() time.Time
	// Logger receives debug lines; slog.Default() when nil.
	Logger *slog.Logger
}

// Renderer turns digests and confirmations into [Message]s. Templates are
// parsed and CSS-inlined once in [NewRenderer]; a Renderer is safe for
// concurrent use.
type Renderer struct {
	from    *mail.Address
	domain  string
	listID  string
	dkim    *DKIMOptions
	now     func() time.Time
	log     *slog.Logger
	digest  *emailTemplate
	confirm *emailTemplate
}

// NewRenderer loads the templates and checks the options. It returns an error
// wrapping ErrInvalid for a bad From, Domain or DKIM option, and the load
// error (naming the file) when a template is missing, fails to parse, or
// cannot be CSS-inlined.
func NewRenderer(o Options) (*Renderer, error) {
	if o.Templates == nil {
		return nil, fmt.Errorf("%w: Options.Templates is nil", ErrInvalid)
	}
	if o.From == "" {
		o.From = DefaultFrom
	}
	from, err := mail.ParseAddress(o.From)
	if err != nil {
		return nil, fmt.Errorf("%w: From %q: %w", ErrInvalid, o.From, err)
	}
	if o.Domain == "" {
		o.Domain = from.Address[strings.LastIndexByte(from.Address, '@')+1:]
	}
	if !isDotAtom(o.Domain) {
		return nil, fmt.Errorf("%w: Message-ID domain %q", ErrInvalid, o.Domain)
	}
	if o.ListID == "" {
		o.ListID = "digest." + o.Domain
	}
	if err := o.DKIM.check(); err != nil {
		return nil, err
	}
	r := &Renderer{from: from, domain: o.Domain, listID: o.ListID,
		dkim: o.DKIM, now: o.Now, log: o.Logger}
	if r.now == nil {
		r.now = time.Now
	}
	if r.log == nil {
		r.log = slog.Default()
	}
	funcs := templateFuncs(location(o.Location))
	if r.digest, err = loadTemplate(o.Templates, digestName, funcs); err != nil {
		return nil, err
	}
	if r.confirm, err = loadTemplate(o.Templates, confirmName, funcs); err != nil {
		return nil, err
	}
	return r, nil
}

// location returns loc, else Asia/Ho_Chi_Minh (UTC+7 all year, so a fixed
// zone is exact when the system has no tzdata).
func location(loc *time.Location) *time.Location {
	if loc != nil {
		return loc
	}
	if l, err := time.LoadLocation("Asia/Ho_Chi_Minh"); err == nil {
		return l
	}
	return time.FixedZone("ICT", 7*3600)
}

// digestView is what the digest templates see.
type digestView struct {
	Subject   string
	Period    Period
	Topics    []string
	Provinces []string
	Filters   string // topics then provinces, comma-separated
	Groups    []TopicGroup
	Count     int
	Recipient Recipient
}

// confirmView is what the confirmation templates see.
type confirmView struct {
	Subject    string
	Address    string
	ConfirmURL string
	Topics     []string
	Provinces  []string
}

// RenderConfirmation renders and assembles a double opt-in message. It returns
// an error wrapping ErrInvalid for a bad address, key or URL, and the template
// or signing error otherwise.
func (r *Renderer) RenderConfirmation(c Confirmation) (*Message, error) {
	if err := checkAddressKey(c.Address, c.Key); err != nil {
		return nil, err
	}
	u, err := checkURL("ConfirmURL", c.ConfirmURL, false)
	if err != nil {
		return nil, err
	}
	v := confirmView{Address: cmp.Or(c.Shown, c.Address), ConfirmURL: u, Topics: c.Topics, Provinces: c.Provinces}
	if v.Subject, err = execText(r.confirm.subject, v); err != nil {
		return nil, err
	}
	text, err := execText(r.confirm.text, v)
	if err != nil {
		return nil, err
	}
	var html bytes.Buffer
	if err := r.confirm.html.Execute(&html, v); err != nil {
		return nil, fmt.Errorf("render confirm.html: %w", err)
	}
	return r.assemble(envelope{key: c.Key, to: c.Address, subject: v.Subject}, text, html.String())
}

// RenderDigest renders one digest for d.Recipient: RenderShared then
// SharedDigest.Message. Prefer those two when many recipients share filters.
// It returns the errors of both.
func (r *Renderer) RenderDigest(d Digest) (*Message, error) {
	s, err := r.RenderShared(d)
	if err != nil {
		return nil, err
	}
	return s.Message(d.Recipient)
}

// execText executes a text template into a string.
func execText(t *texttemplate.Template, data any) (string, error) {
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", fmt.Errorf("render %s: %w", t.Name(), err)
	}
	return b.String(), nil
}
