package app

import (
	"log/slog"
	"net/http"
	"net/url"
	"testing"
	"time"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
	"bantin/mailer/mailtest"
)

// TestServeShutdownCutsConfirmationMail stops a serving bantin while the
// confirmation mail of a form request waits on an SMTP server that never
// answers: the stop, Close included, ends soon after the grace period,
// not when the mail's own timeout (a minute) runs out.
func TestServeShutdownCutsConfirmationMail(t *testing.T) {
	storetest.EngineURLs(t, func(t *testing.T, dbURL string) {
		smtp := mailtest.NewSilent(t)
		cfg := testConfig(t, dbURL)
		cfg.ShutdownGrace = 300 * time.Millisecond
		cfg.SMTPURL, cfg.MailFrom = "smtp://"+smtp.Addr()+"?tls=none", "bantin@bantin.example"
		m, err := Open(t.Context(), cfg, slog.New(slog.DiscardHandler), store.ForServer)
		if err != nil {
			t.Fatal(err)
		}
		closed := false
		defer func() {
			if !closed {
				m.Close()
			}
		}()
		addr, stop := startServe(t, m, cfg.Listen)
		resp, err := http.PostForm("http://"+addr+"/subscribe", url.Values{"email": {"ban@example.com"}})
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		waitFor(t, "the confirmation mail to reach the SMTP server", func() bool { return smtp.Accepted() > 0 })

		begin := time.Now()
		if err := <-stop(); err != nil {
			t.Fatalf("Serve: %v", err)
		}
		closed = true
		if err := m.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
		if took := time.Since(begin); took > cfg.ShutdownGrace+10*time.Second {
			t.Errorf("stop and Close took %v with a grace of %v: the confirmation mail held them", took, cfg.ShutdownGrace)
		}
	})
}
