package app

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"os"
	"strings"
	"time"

	"bantin/internal/config"
	"bantin/internal/model"
	"bantin/internal/schedule"
	"bantin/internal/signing"
	"bantin/internal/web"
	"bantin/mailer"
)

// Mail is bantin's email machinery built from the configuration: the
// renderer, the sender (SMTP, or the outbox folder when no SMTP URL is
// set), signed links, the digest runner and the web subscription pages.
type Mail struct {
	Renderer      *mailer.Renderer
	Sender        mailer.Sender
	Links         *signing.Links
	Digester      *schedule.Digester
	Subscriptions *web.Subscriptions
}

// Mail builds the email machinery. The link key is BANTIN_SECRET when set
// (at least 16 bytes), else the random key stored in the database. It
// returns an error naming the setting at fault.
func (m *Main) Mail(ctx context.Context) (*Mail, error) {
	cfg := &m.Config
	key := []byte(cfg.Secret)
	if cfg.Secret == "" {
		var err error
		if key, err = m.Store.Secret(ctx); err != nil {
			return nil, err
		}
	}
	signer, err := signing.New(key, nil)
	if err != nil {
		return nil, fmt.Errorf("BANTIN_SECRET: %w", err)
	}
	links, err := signing.NewLinks(cfg.BaseURL, signer)
	if err != nil {
		return nil, fmt.Errorf("BANTIN_BASE_URL: %w", err)
	}
	if !links.SecureBase() {
		m.Log.Warn("BANTIN_BASE_URL is http: List-Unsubscribe links use https on the same host, so serve it over https for one-click unsubscribe to work",
			"base_url", cfg.BaseURL)
	}
	r, err := m.renderer()
	if err != nil {
		return nil, err
	}
	sender, err := m.sender()
	if err != nil {
		return nil, err
	}
	mp := &Mail{Renderer: r, Sender: sender, Links: links}
	sched, _ := config.ParseSchedule(cfg.DigestSchedule) // checked by Validate
	mp.Digester = &schedule.Digester{Store: m.Store, Renderer: r, Sender: sender, Links: links,
		Catalog: m.Catalog, Schedule: sched, Location: cfg.Location(), MaxStories: cfg.DigestMaxStories,
		Workers: 2 * cfg.SMTPConnections, Owner: m.Ingester.Owner + "/digest", Log: m.Log}
	mp.Subscriptions = &web.Subscriptions{Links: links, SendConfirmation: mp.sendConfirmation(m),
		Archive: mp.archive}
	return mp, nil
}

// Close releases the sender's connections.
func (mp *Mail) Close() error { return mp.Sender.Close() }

func (m *Main) renderer() (*mailer.Renderer, error) {
	cfg := &m.Config
	o := mailer.Options{Templates: m.templateFS(), From: cfg.MailFrom, MaxStories: cfg.DigestMaxStories,
		Location: cfg.Location(), Logger: m.Log}
	if cfg.DKIMKeyFile != "" {
		pem, err := os.ReadFile(cfg.DKIMKeyFile)
		if err != nil {
			return nil, fmt.Errorf("BANTIN_DKIM_KEY_FILE: %w", err)
		}
		signer, err := mailer.ParseDKIMKey(pem)
		if err != nil {
			return nil, fmt.Errorf("BANTIN_DKIM_KEY_FILE %s: %w", cfg.DKIMKeyFile, err)
		}
		from, err := mail.ParseAddress(cfg.MailFrom)
		if err != nil {
			return nil, fmt.Errorf("BANTIN_MAIL_FROM: %w", err)
		}
		domain := from.Address[strings.LastIndexByte(from.Address, '@')+1:]
		o.DKIM = &mailer.DKIMOptions{Domain: domain, Selector: cfg.DKIMSelector, Signer: signer}
	}
	r, err := mailer.NewRenderer(o)
	if err != nil {
		return nil, fmt.Errorf("email templates or BANTIN_MAIL_FROM: %w", err)
	}
	return r, nil
}

// sender returns the SMTP sender, or the outbox when no SMTP URL is set.
func (m *Main) sender() (mailer.Sender, error) {
	cfg := &m.Config
	if cfg.SMTPURL == "" {
		ob, err := mailer.NewOutbox(cfg.Outbox, m.Log)
		if err != nil {
			return nil, fmt.Errorf("BANTIN_OUTBOX: %w", err)
		}
		return ob, nil
	}
	s, err := mailer.NewSMTP(cfg.SMTPURL, mailer.SMTPOptions{MaxConns: cfg.SMTPConnections, Logger: m.Log})
	if err != nil {
		return nil, fmt.Errorf("BANTIN_SMTP_URL: %w", err)
	}
	return s, nil
}

// archive adapts the digest archive to the web page.
func (mp *Mail) archive(ctx context.Context, period string, topics, provinces []string) (web.ArchiveView, error) {
	a, err := mp.Digester.Archive(ctx, period, topics, provinces)
	if err != nil {
		return web.ArchiveView{}, err
	}
	loc := a.Week.Start.Location()
	for _, g := range a.Groups {
		for i := range g.Stories {
			g.Stories[i].Published = g.Stories[i].Published.In(loc)
		}
	}
	return web.ArchiveView{Period: a.Week.Label(), Label: a.Week.Short(), Start: a.Week.Start, End: a.Week.End,
		Topics: a.Topics, Provinces: a.Provinces, Groups: a.Groups}, nil
}

// sendConfirmation returns the function the subscription form uses to mail
// a double opt-in message.
func (mp *Mail) sendConfirmation(m *Main) func(context.Context, model.Subscriber, string) error {
	return func(ctx context.Context, sub model.Subscriber, link string) error {
		c := mailer.Confirmation{Address: sub.Email, ConfirmURL: link,
			Key: fmt.Sprintf("confirm-%d-%d", sub.ID, sub.ConfirmSentAt.Unix())}
		for _, t := range sub.Topics {
			if tp, ok := m.Catalog.Topic(t); ok {
				c.Topics = append(c.Topics, tp.Name)
			}
		}
		for _, p := range sub.Provinces {
			if pr, ok := m.Catalog.Province(p); ok {
				c.Provinces = append(c.Provinces, pr.Name)
			}
		}
		msg, err := mp.Renderer.RenderConfirmation(c)
		if err != nil {
			return err
		}
		return mp.Sender.Send(ctx, msg)
	}
}

// checkFilters returns a usage error naming the valid values when a topic
// or province slug (current or former) is unknown.
func (m *Main) checkFilters(topics, provinces []string) error {
	for _, t := range topics {
		if err := m.checkSlugs([]string{t}, ""); err != nil {
			return err
		}
	}
	for _, p := range provinces {
		if _, ok := m.Catalog.Province(p); !ok {
			return m.checkSlugs(nil, p)
		}
	}
	return nil
}

// mimeBodies returns the decoded text/plain and text/html parts of a
// multipart/alternative message.
func mimeBodies(raw []byte) (text, html string, err error) {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return "", "", err
	}
	_, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return "", "", err
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextPart() // decodes quoted-printable
		if err == io.EOF {
			return text, html, nil
		}
		if err != nil {
			return "", "", err
		}
		b, err := io.ReadAll(p)
		if err != nil {
			return "", "", err
		}
		if ct := p.Header.Get("Content-Type"); strings.HasPrefix(ct, "text/html") {
			html = string(b)
		} else if strings.HasPrefix(ct, "text/plain") {
			text = string(b)
		}
	}
}

func splitComma(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func orAll(xs []string) string {
	if len(xs) == 0 {
		return "(all)"
	}
	return strings.Join(xs, ",")
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
