package digest_test

import (
	"bytes"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"bantin/internal/digest"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
	"bantin/mailer/mailtest"
)

// lockedBuffer is a bytes.Buffer safe for the pass's concurrent sends.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// A failed or retried digest is logged by its subscriber's id, as the web
// form logs its requests, never by the address: logs travel further than
// the database (collectors, tickets), and `bantin subscribers list` maps
// an id to its address for the operator who needs it.
func TestDigestLogsNoAddress(t *testing.T) {
	tests := []struct {
		name  string
		reply error
	}{
		{"refused for good", mailtest.Reply(550, [3]int{5, 1, 1}, "no such user")},
		{"retried", mailtest.Reply(451, [3]int{4, 3, 0}, "try later")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			storetest.Engines(t, func(t *testing.T, st *store.Store) {
				var logs lockedBuffer
				opts := mailtest.Options{Rcpt: func(string) error { return tt.reply }}
				f := firstPass(t, st, opts, 2, func(d *digest.Digester) {
					d.Log = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
				})
				got := logs.String()
				if !strings.Contains(got, "subscriber_id=") {
					t.Errorf("no subscriber_id in the log:\n%s", got)
				}
				for _, a := range f.addrs {
					if strings.Contains(got, a) {
						t.Errorf("the log names %s:\n%s", a, got)
					}
				}
			})
		})
	}
}
