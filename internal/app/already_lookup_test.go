package app

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
)

// TestAlreadyLookupErrors: the "already a source/subscriber" errors say so
// only when the look-up found the row or found it gone; a cancelled
// command comes out as an interrupt (context.Canceled, which Run reports
// as "interrupted") and a failing store as its own error, never as the
// friendly "already" message.
func TestAlreadyLookupErrors(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "b.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	src := model.Source{URL: "https://vnexpress.net/rss", NextFetchAt: time.Now()}
	if err := st.AddSource(ctx, &src); err != nil {
		t.Fatal(err)
	}
	sub := model.Subscriber{Email: "ban@example.com", Status: model.StatusActive, CreatedAt: time.Now()}
	if err := st.AddSubscriber(ctx, &sub); err != nil {
		t.Fatal(err)
	}
	m := &Main{Store: st}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	checks := []struct {
		name      string
		run       func(context.Context) error
		ctx       context.Context
		want      string // in the message
		interrupt bool
	}{
		{"source found", func(c context.Context) error { return alreadySource(c, m, src.URL) }, ctx, "is already a source (source 1)", false},
		{"source gone", func(c context.Context) error { return alreadySource(c, m, "https://x.vn/rss") }, ctx, "is already a source (see", false},
		{"source cancelled", func(c context.Context) error { return alreadySource(c, m, src.URL) }, cancelled, "was not added; looking it up", true},
		{"subscriber found", func(c context.Context) error { return alreadySubscriber(c, m, sub.Email, nil, nil) }, ctx, "already a subscriber (subscriber 1, active)", false},
		{"subscriber gone", func(c context.Context) error { return alreadySubscriber(c, m, "x@example.com", nil, nil) }, ctx, "already a subscriber (see", false},
		{"subscriber cancelled", func(c context.Context) error { return alreadySubscriber(c, m, sub.Email, nil, nil) }, cancelled, "was not added; looking it up", true},
	}
	for _, c := range checks {
		err := c.run(c.ctx)
		if err == nil || !strings.Contains(err.Error(), c.want) || interruptedBy(c.ctx, err) != c.interrupt {
			t.Errorf("%s: %v (interrupt %v), want %q, interrupt %v", c.name, err, interruptedBy(c.ctx, err), c.want, c.interrupt)
		}
	}
	st.Close()
	for _, run := range []func() error{
		func() error { return alreadySource(ctx, m, src.URL) },
		func() error { return alreadySubscriber(ctx, m, sub.Email, nil, nil) },
	} {
		if err := run(); err == nil || strings.Contains(err.Error(), "already a") || errors.Is(err, model.ErrNotFound) {
			t.Errorf("closed store: %v, want the store's error", err)
		}
	}
}
