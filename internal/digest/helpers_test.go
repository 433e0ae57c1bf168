package digest_test

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"bantin/internal/config"
	"bantin/internal/digest"
	"bantin/internal/model"
	"bantin/internal/signing"
	"bantin/internal/store"
	"bantin/mailer"
	"bantin/mailer/mailtest"
	"bantin/templates"
)

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
func newDigester(t testing.TB, st *store.Store, ms *mailtest.Server, c *clock, owner string) *digest.Digester {
	t.Helper()
	if c.Now().IsZero() {
		c.Set(time.Date(2026, 11, 30, 7, 0, 0, 0, ict))
	}
	r, err := mailer.NewRenderer(mailer.Options{Templates: templates.FS, From: "Bản tin <bantin@bantin.example>",
		Location: ict, Now: c.Now, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	sender, err := mailer.NewSMTP("smtp://"+ms.Addr()+"?tls=none", mailer.SMTPOptions{MaxConns: 4, Timeout: 10 * time.Second, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sender.Close() })
	signer, _ := signing.New([]byte("test key of thirty-two bytes....."), c.Now)
	links, _ := signing.NewLinks("https://bantin.example", signer)
	return &digest.Digester{Store: st, Renderer: r, Sender: sender, Links: links, Catalog: model.NewCatalog(),
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
func runUntilDone(t testing.TB, d *digest.Digester, c *clock) {
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
