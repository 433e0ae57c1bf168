package schedule_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"bantin/internal/config"
	"bantin/internal/model"
	"bantin/internal/schedule"
	"bantin/internal/signing"
	"bantin/internal/store"
	"bantin/mailer"
	"bantin/templates"
)

// mailServer is a real SMTP server (emersion/go-smtp) in the test process
// that keeps what it accepted, per recipient.
type mailServer struct {
	addr     string
	attempts atomic.Int64 // DATA commands
	accepted atomic.Int64
	sessions atomic.Int64
	bytes    atomic.Int64 // accepted message bytes
	keep     bool         // keep message bodies

	mu   sync.Mutex
	msgs map[string][]string

	rcpt func(to string) error            // optional: refuse an address
	data func(n int64, to []string) error // optional: refuse the nth DATA
}

func newMailServer(t testing.TB, mod func(*mailServer)) *mailServer {
	t.Helper()
	ms := &mailServer{msgs: map[string][]string{}, keep: true}
	if mod != nil {
		mod(ms)
	}
	srv := smtp.NewServer(ms)
	srv.Domain = "mx.test"
	srv.AllowInsecureAuth = true
	srv.MaxMessageBytes = 1 << 20
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	srv.ErrorLog = quietLog{}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ms.addr = l.Addr().String()
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return ms
}

type quietLog struct{}

func (quietLog) Printf(string, ...any) {}
func (quietLog) Println(...any)        {}

func (ms *mailServer) NewSession(*smtp.Conn) (smtp.Session, error) {
	ms.sessions.Add(1)
	return &session{ms: ms}, nil
}

// received returns the messages accepted for rcpt.
func (ms *mailServer) received(rcpt string) []string {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	return append([]string(nil), ms.msgs[rcpt]...)
}

type session struct {
	ms *mailServer
	to []string
}

func (s *session) Mail(string, *smtp.MailOptions) error { return nil }
func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if s.ms.rcpt != nil {
		if err := s.ms.rcpt(to); err != nil {
			return err
		}
	}
	s.to = append(s.to, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	var b strings.Builder
	var n int64
	var err error
	if s.ms.keep {
		n, err = io.Copy(&b, r)
	} else {
		n, err = io.Copy(io.Discard, r)
	}
	s.ms.bytes.Add(n)
	if err != nil {
		return err
	}
	if s.ms.data != nil {
		if err := s.ms.data(s.ms.attempts.Add(1), s.to); err != nil {
			return err
		}
	}
	s.ms.accepted.Add(1)
	if s.ms.keep {
		s.ms.mu.Lock()
		for _, to := range s.to {
			s.ms.msgs[to] = append(s.ms.msgs[to], b.String())
		}
		s.ms.mu.Unlock()
	}
	return nil
}

func (s *session) Reset()        { s.to = nil }
func (s *session) Logout() error { return nil }

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

var ict = func() *time.Location {
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		panic(err)
	}
	return loc
}()

// w48 is 2026-W48: Monday 23 Nov 2026 00:00 ICT (Sunday 17:00 UTC).
var w48 = time.Date(2026, 11, 23, 0, 0, 0, 0, ict)

// newDigester wires a Digester over st sending to ms through the pooled
// SMTP sender; its clock starts at the W48 due time (Mon 30 Nov 07:00).
func newDigester(t testing.TB, st *store.Store, ms *mailServer, c *clock, owner string) *schedule.Digester {
	t.Helper()
	if c.Now().IsZero() {
		c.Set(time.Date(2026, 11, 30, 7, 0, 0, 0, ict))
	}
	r, err := mailer.NewRenderer(mailer.Options{Templates: templates.FS, From: "Bản tin <bantin@bantin.example>",
		Location: ict, Now: c.Now, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	sender, err := mailer.NewSMTP("smtp://"+ms.addr+"?tls=none", mailer.SMTPOptions{MaxConns: 4, Timeout: 10 * time.Second, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sender.Close() })
	signer, _ := signing.New([]byte("test key of thirty-two bytes....."), c.Now)
	links, _ := signing.NewLinks("https://bantin.example", signer)
	return &schedule.Digester{Store: st, Renderer: r, Sender: sender, Links: links, Catalog: model.NewCatalog(),
		Schedule: config.Schedule{Weekday: time.Monday, Hour: 7}, Location: ict, Owner: owner, Now: c.Now,
		Backoff: func(int) time.Duration { return time.Minute }, Log: quietLogger()}
}

// addDigestSource stores a source and returns its id.
func addDigestSource(t testing.TB, st *store.Store, name string) int64 {
	t.Helper()
	src := &model.Source{URL: "https://" + name + ".example.vn/rss", Name: name}
	if err := st.AddSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	return src.ID
}

// article builds a tagged article published at pub.
func article(key, title string, pub time.Time, topics []string, provinces ...string) model.Article {
	a := model.Article{Key: key, URL: "https://bao.example.vn/" + key, Title: title, Summary: "Tóm tắt " + title,
		PublishedAt: pub, UpdatedAt: pub, FetchedAt: pub, ContentHash: key}
	for i, tp := range topics {
		a.Topics = append(a.Topics, model.TopicTag{Topic: tp, Primary: i == 0, Score: 1})
	}
	for _, p := range provinces {
		a.Provinces = append(a.Provinces, model.ProvinceTag{Province: p, Weight: 1})
	}
	return a
}

// activeSubscribers adds n active subscribers with the given filters.
func activeSubscribers(t testing.TB, st *store.Store, prefix string, n int, topics, provinces []string) []string {
	t.Helper()
	var out []string
	for i := range n {
		sub := &model.Subscriber{Email: fmt.Sprintf("%s%d@example.com", prefix, i), Status: model.StatusActive,
			Topics: topics, Provinces: provinces}
		if err := st.AddSubscriber(context.Background(), sub); err != nil {
			t.Fatal(err)
		}
		out = append(out, sub.Email)
	}
	return out
}

func quietLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

// runUntilDone catches up and runs passes, moving the clock a few minutes
// each time, until no row is pending or due for retry (at most 50 passes).
func runUntilDone(t testing.TB, d *schedule.Digester, c *clock) {
	t.Helper()
	ctx := context.Background()
	if _, _, err := d.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	for range 50 {
		sum, err := d.RunOnce(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Claimed == 0 {
			return
		}
		c.Set(c.Now().Add(2 * time.Minute))
	}
	t.Fatal("digests still pending after 50 passes")
}
