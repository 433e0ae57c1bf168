package app

import (
	"context"
	"fmt"
	"net/mail"
	"net/netip"
	"net/url"
	"os"
	"strings"
	"time"

	"bantin/internal/config"
	"bantin/internal/digest"
	"bantin/internal/model"
	"bantin/internal/signing"
	"bantin/internal/urlpolicy"
	"bantin/internal/web"
	"bantin/mailer"
)

// mailParts is bantin's email machinery, built once from the
// configuration.
type mailParts struct {
	renderer *mailer.Renderer
	sender   mailer.Sender // SMTP, or the outbox folder when no SMTP URL is set
	links    *signing.Links
	keyErr   error // linkKey.refused: why links must not be signed, or nil
}

// buildMail builds the renderer, the sender and the signed links (their
// key: see linkKeyOf). It returns an error naming the setting at fault.
func (m *Main) buildMail(ctx context.Context) (*mailParts, error) {
	cfg := &m.Config
	key, err := m.linkKeyOf(ctx)
	if err != nil {
		return nil, err
	}
	links, err := signing.NewLinks(cfg.BaseURL, key.signer)
	if err != nil {
		return nil, fmt.Errorf("BANTIN_BASE_URL: %w", err)
	}
	r, err := m.renderer()
	if err != nil {
		return nil, err
	}
	sender, err := m.sender()
	if err != nil {
		return nil, err
	}
	return &mailParts{renderer: r, sender: sender, links: links, keyErr: key.refused}, nil
}

func (m *Main) renderer() (*mailer.Renderer, error) {
	cfg := &m.Config
	o := mailer.Options{Templates: m.templateFS(), From: cfg.Sender(), Location: cfg.Location(), Logger: m.Log}
	if cfg.DKIMKeyFile != "" {
		pem, err := os.ReadFile(cfg.DKIMKeyFile)
		if err != nil {
			return nil, fmt.Errorf("BANTIN_DKIM_KEY_FILE: %w", err)
		}
		signer, err := mailer.ParseDKIMKey(pem)
		if err != nil {
			return nil, fmt.Errorf("BANTIN_DKIM_KEY_FILE %s: %w", cfg.DKIMKeyFile, err)
		}
		from, err := mail.ParseAddress(cfg.Sender())
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
		return mailer.LazyOutbox(cfg.Outbox, m.Log), nil // created by prepareMail or the first message
	}
	// EHLO with the sender's domain (validated: not a bare host when SMTP
	// is set): servers that want a fully-qualified name refuse "localhost".
	hello := "localhost"
	if from, err := mail.ParseAddress(cfg.Sender()); err == nil {
		hello = from.Address[strings.LastIndexByte(from.Address, '@')+1:]
	}
	s, err := mailer.NewSMTP(cfg.SMTPURL, mailer.SMTPOptions{MaxConns: cfg.SMTPConnections, Logger: m.Log, HelloName: hello})
	if err != nil {
		return nil, fmt.Errorf("BANTIN_SMTP_URL: %w", err)
	}
	return s, nil
}

// prepareMail returns the link key's error (see linkKey), then makes
// the outbox ready (created, writable) when mail goes there, so that a
// command about to send fails before it starts, naming the setting;
// commands that send nothing never call it and leave no folder behind.
// With SMTP it only checks the key.
func (m *Main) prepareMail() error {
	if err := m.mail.linksUsable(); err != nil {
		return err
	}
	ob, ok := m.mail.sender.(*mailer.Outbox)
	if !ok {
		m.warnLocalLinks()
		return nil
	}
	if err := ob.Prepare(); err != nil {
		return fmt.Errorf("BANTIN_OUTBOX %s: %w", absPath(m.Config.Outbox), err)
	}
	return nil
}

// warnLocalLinks logs a warning when mail goes out by SMTP with links to
// this machine: BANTIN_BASE_URL left at its loopback default (or naming
// localhost) gives every recipient confirmation, preferences and one-click
// unsubscribe links that open nothing for them. A warning, not a refusal:
// a test relay on the same machine (Mailpit) is read there.
func (m *Main) warnLocalLinks() {
	u, err := url.Parse(m.Config.BaseURL)
	if err != nil {
		return
	}
	host := u.Hostname()
	if ip, err := netip.ParseAddr(host); !(err == nil && ip.IsLoopback() || strings.EqualFold(host, "localhost")) {
		return
	}
	m.Log.Warn("mail links point at this machine: a recipient elsewhere cannot open them (confirmation, preferences, "+
		"one-click unsubscribe); set BANTIN_BASE_URL to bantin's public URL before mailing people", "base_url", m.Config.BaseURL)
}

// checkWritable returns an error saying what to check when the database
// refuses writes: serve, fetch and digest send write all along, and should
// fail before they start, not at each source or message.
func (m *Main) checkWritable(ctx context.Context, cmd string) error {
	if err := m.Store.CheckWritable(ctx); err != nil {
		return fmt.Errorf("%s needs a database it can write (check BANTIN_DATABASE_URL %s): %w",
			cmd, redactDatabase(m.Config.DatabaseURL), err)
	}
	return nil
}

// buildDigester returns the digest service over the mail machinery.
func (m *Main) buildDigester(owner string) *digest.Digester {
	cfg := &m.Config
	sched, _ := config.ParseSchedule(cfg.DigestSchedule) // checked by Validate
	mp := m.mail
	return &digest.Digester{Store: m.Store, Renderer: mp.renderer, Sender: mp.sender, Links: mp.links,
		Catalog: m.Catalog, Schedule: sched, Location: cfg.Location(), MaxStories: cfg.DigestMaxStories,
		Workers: 2 * cfg.SMTPConnections, InFlight: cfg.SMTPConnections, Owner: owner, Log: m.Log, Metrics: m.Metrics, Grace: cfg.ShutdownGrace,
		ShowAddress: web.DisplayEmail}
}

// buildServer returns the HTTP server with the subscription pages, whose
// archive is the digest service's.
func (m *Main) buildServer() (*web.Server, error) {
	sched, _ := config.ParseSchedule(m.Config.DigestSchedule) // checked by Validate
	proxies, _ := m.Config.ProxyPrefixes()                    // checked by Validate
	cfg := web.Config{
		BaseURL:    m.Config.BaseURL,
		HubURL:     m.Config.WebSubHub,
		Templates:  m.templateFS(),
		TimeZone:   m.Config.Location(),
		CacheBytes: cacheSize(m.Config.CacheBytes),
		ItemCache:  cacheSize(m.Config.ItemCacheBytes),
		Subscriptions: &web.Subscriptions{Links: m.mail.links, SendConfirmation: m.sendConfirmation,
			Archive: m.Digester.Archive, SendsOn: sendsOn(sched)},
		Metrics:        m.Metrics,
		MetricsToken:   m.Config.MetricsToken,
		TrustedProxies: proxies,
		Redactor:       urlpolicy.NewRedactor(m.Config.SecretQueryParams),
	}
	return web.New(cfg, m.Store, m.Catalog, m.Log)
}

// sendConfirmation mails the double opt-in message for sub with its
// signed confirmation link (web.Subscriptions.SendConfirmation).
func (m *Main) sendConfirmation(ctx context.Context, sub model.Subscriber, link string) error {
	c := mailer.Confirmation{Address: sub.Email, Shown: web.DisplayEmail(sub.Email), ConfirmURL: link,
		Key: m.confirmationKey(sub)}
	for _, t := range sub.Topics {
		if tp, ok := m.Catalog.Topic(t); ok {
			c.Topics = append(c.Topics, tp.Name)
		}
	}
	for _, p := range sub.Provinces {
		if pr, ok := m.Catalog.Province(p); ok {
			c.Provinces = append(c.Provinces, pr.Label())
		}
	}
	msg, err := m.mail.renderer.RenderConfirmation(c)
	if err != nil {
		return err
	}
	start := time.Now()
	err = m.mail.sender.Send(ctx, msg)
	m.Metrics.MailSent("confirmation", time.Since(start), err)
	return err
}

// confirmationKey is the message key of sub's confirmation for its latest
// request (the outbox writes it to KEY.eml): one file per request, with no
// address in its name.
func (m *Main) confirmationKey(sub model.Subscriber) string {
	return fmt.Sprintf("confirm-%s-%d", m.mail.links.Signer().Ref(sub.ID), sub.ConfirmSentAt.Unix())
}

// cacheSize maps a configured cache size (0: no cache) onto web.Config's
// (0: the default, negative: no cache).
func cacheSize(n int64) int64 {
	if n == 0 {
		return -1
	}
	return n
}
