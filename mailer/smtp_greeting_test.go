package mailer

import (
	"context"
	"errors"
	"log/slog"
	"testing"
	"time"

	"bantin/mailer/mailtest"
)

// A server that accepts the connection and never greets holds a send only
// as long as the context allows, not for the whole SMTPOptions.Timeout:
// both a cancelled context and one whose deadline passes end it.
func TestSMTPHonoursContextBeforeGreeting(t *testing.T) {
	s, err := NewSMTP("smtp://"+mailtest.NewSilent(t).Addr()+"?tls=none",
		SMTPOptions{Timeout: 20 * time.Second, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, tc := range []struct {
		name string
		ctx  func() (context.Context, context.CancelFunc)
		want error
	}{
		{"deadline", func() (context.Context, context.CancelFunc) {
			return context.WithTimeout(context.Background(), 200*time.Millisecond)
		}, context.DeadlineExceeded},
		{"cancel", func() (context.Context, context.CancelFunc) {
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(200*time.Millisecond, cancel)
			return ctx, cancel
		}, context.Canceled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := tc.ctx()
			defer cancel()
			begin := time.Now()
			err := s.Send(ctx, digestMessages(t, 1)[0])
			if took := time.Since(begin); took > 5*time.Second {
				t.Errorf("send took %v: the context's end did not cut the greeting", took)
			}
			var se *SendError
			if !IsTemporary(err) || !errors.Is(err, tc.want) || !errors.As(err, &se) || se.Stage != "connect" {
				t.Errorf("silent server: %v, want a temporary connect error wrapping %v", err, tc.want)
			}
		})
	}
}
