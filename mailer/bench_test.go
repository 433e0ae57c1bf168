package mailer

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"fmt"
	"testing"

	"bantin/mailer/mailtest"
)

// BenchmarkRenderDigest measures the shared render (once per filter group)
// and the per-recipient personalisation (slots, MIME, no DKIM) of a
// 20-story digest, and the whole cost of one group of 100 recipients.
func BenchmarkRenderDigest(b *testing.B) {
	r := newTestRenderer(b, nil)
	d := longDigest(20)
	b.Run("shared", func(b *testing.B) {
		for b.Loop() {
			if _, err := r.RenderShared(d); err != nil {
				b.Fatal(err)
			}
		}
	})
	shared, err := r.RenderShared(d)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("personalise", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := shared.Message(testRcp); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("personalise_dkim_rsa2048", func(b *testing.B) {
		key, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			b.Fatal(err)
		}
		signed, err := newTestRenderer(b, func(o *Options) {
			o.DKIM = &DKIMOptions{Domain: "bantin.example", Selector: "s", Signer: key}
		}).RenderShared(d)
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := signed.Message(testRcp); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("group_of_100", func(b *testing.B) {
		rcpts := make([]Recipient, 100)
		for i := range rcpts {
			rcpts[i] = testRcp
			rcpts[i].Address = fmt.Sprintf("r%d@example.com", i)
		}
		for b.Loop() {
			s, err := r.RenderShared(d)
			if err != nil {
				b.Fatal(err)
			}
			for _, rc := range rcpts {
				if _, err := s.Message(rc); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// BenchmarkSMTPSend sends a 20-story digest to the in-process go-smtp
// server (mailer/mailtest) over the pool (4 connections) from parallel
// goroutines.
func BenchmarkSMTPSend(b *testing.B) {
	ts := newTestServer(b, mailtest.Options{Discard: true})
	s := newTestSMTP(b, ts, "tls=none", SMTPOptions{MaxConns: 4})
	m, err := newTestRenderer(b, nil).RenderDigest(longDigest(20))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(m.Raw)))
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := s.Send(context.Background(), m); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(ts.Sessions()), "conns")
}
