package app

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/mail"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"bantin/internal/config"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
	"bantin/mailer/mailtest"
)

var linkRE = regexp.MustCompile(`https://[^\s"<>]+`)

// findLink returns the first link in the decoded message containing part.
func findLink(t *testing.T, raw, part string) string {
	t.Helper()
	text, _, err := mimeBodies([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range linkRE.FindAllString(text, -1) {
		if strings.Contains(l, part) {
			return l
		}
	}
	t.Fatalf("no %s link in:\n%s", part, text)
	return ""
}

// The whole flow: subscribe → confirmation mail → confirm → digest with
// List-Unsubscribe → one-click unsubscribe → the next week sends nothing.
func TestSubscribeToUnsubscribeFlow(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		in := mailtest.NewServer(t, mailtest.Options{})
		var h http.Handler
		ts := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { h.ServeHTTP(w, r) }))
		defer ts.Close()
		client := ts.Client()
		client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }

		cfg := config.Default()
		cfg.BaseURL, cfg.SMTPURL = ts.URL, "smtp://"+in.Addr()+"?tls=none"
		cfg.MailFrom = "Bản tin <bantin@bantin.example>"
		log := slog.New(slog.DiscardHandler)
		m, err := New(ctx, cfg, st, log) // the wiring serve uses
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		var now struct {
			sync.Mutex
			t time.Time
		}
		now.t = time.Date(2026, 11, 30, 0, 30, 0, 0, time.UTC) // Mon 07:30 ICT: W48 is due
		m.Digester.Now = func() time.Time { now.Lock(); defer now.Unlock(); return now.t }
		h = m.Server.Handler()

		resp, err := client.PostForm(ts.URL+"/subscribe", url.Values{"email": {"ban@example.com"}, "topic": {"kinh-te"}})
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("subscribe: %v %v", resp, err)
		}
		m.Server.Wait()
		got := in.Received("ban@example.com")
		if len(got) != 1 {
			t.Fatalf("confirmation mails: %d", len(got))
		}
		confirm := findLink(t, string(got[0]), "/confirm/")
		if resp, err := client.Post(confirm, "application/x-www-form-urlencoded", nil); err != nil || resp.StatusCode != 200 {
			t.Fatalf("confirm: %v %v", resp, err)
		}
		if sub, _ := st.SubscriberByEmail(ctx, "ban@example.com"); sub.Status != model.StatusActive {
			t.Fatalf("after confirming: %s", sub.Status)
		}

		src := &model.Source{URL: "https://vnexpress.net/rss", Name: "VnExpress"}
		st.AddSource(ctx, src)
		w48 := time.Date(2026, 11, 25, 3, 0, 0, 0, time.UTC)
		st.BulkInsertArticles(ctx, src.ID, []model.Article{
			testArticle("kt", "Giá lúa gạo tăng", w48, "kinh-te"),
			testArticle("tt", "Bóng đá nữ vô địch", w48, "the-thao"),
		})
		runDigests(t, m)
		got = in.Received("ban@example.com")
		if len(got) != 2 {
			t.Fatalf("after the W48 run: %d mails, want 2", len(got))
		}
		msg, _ := mail.ReadMessage(bytes.NewReader(got[1]))
		text, _, _ := mimeBodies(got[1])
		if !strings.Contains(text, "Giá lúa gạo tăng") || strings.Contains(text, "Bóng đá") {
			t.Fatalf("digest filters wrong:\n%s", text)
		}
		unsub := strings.Trim(msg.Header.Get("List-Unsubscribe"), "<>")
		if !strings.HasPrefix(unsub, ts.URL+"/unsubscribe/") || msg.Header.Get("List-Unsubscribe-Post") != "List-Unsubscribe=One-Click" ||
			msg.Header.Get("List-Id") == "" || !strings.HasSuffix(msg.Header.Get("Message-ID"), "@bantin.example>") {
			t.Fatalf("list headers: %v", msg.Header)
		}
		view := findLink(t, string(got[1]), "/digests/2026-W48")
		if resp, err := client.Get(view); err != nil || resp.StatusCode != 200 {
			t.Fatalf("archive page: %v %v", resp, err)
		}

		resp, err = client.Post(unsub, "application/x-www-form-urlencoded", strings.NewReader("List-Unsubscribe=One-Click"))
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("one-click: %v %v", resp, err)
		}
		if b, _ := io.ReadAll(resp.Body); len(b) != 0 {
			t.Fatalf("one-click answered a page: %q", b)
		}
		if sub, _ := st.SubscriberByEmail(ctx, "ban@example.com"); sub.Status != model.StatusUnsubscribed {
			t.Fatalf("after one-click: %s", sub.Status)
		}
		st.BulkInsertArticles(ctx, src.ID, []model.Article{testArticle("kt2", "Xuất khẩu tăng", w48.AddDate(0, 0, 7), "kinh-te")})
		now.Lock()
		now.t = now.t.AddDate(0, 0, 7)
		now.Unlock()
		runDigests(t, m)
		if n := len(in.Received("ban@example.com")); n != 2 {
			t.Fatalf("unsubscribed address got %d mails, want still 2", n)
		}
	})
}

func runDigests(t *testing.T, m *Main) {
	t.Helper()
	if err := m.Digester.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func testArticle(key, title string, pub time.Time, topic string) model.Article {
	return model.Article{Key: key, URL: "https://vnexpress.net/" + key + ".html", Title: title,
		Summary: "Tóm tắt: " + title, PublishedAt: pub, UpdatedAt: pub, FetchedAt: pub,
		Topics: []model.TopicTag{{Topic: topic, Primary: true, Score: 1}}}
}

// TestSubscribeUnicodeDomain: an address with a Vietnamese domain gets its
// confirmation through a real SMTP server, addressed to the domain's ASCII
// form (no SMTPUTF8 needed).
func TestSubscribeUnicodeDomain(t *testing.T) {
	st := storetest.OpenSQLite(t)
	in := mailtest.NewServer(t, mailtest.Options{})
	cfg := config.Default()
	cfg.BaseURL, cfg.SMTPURL = "https://bantin.example", "smtp://"+in.Addr()+"?tls=none"
	m, err := New(t.Context(), cfg, st, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	r := httptest.NewRequest(http.MethodPost, "/subscribe", strings.NewReader(url.Values{"email": {"Ban@Ví-Dụ.vn"}}.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	w := httptest.NewRecorder()
	m.Server.Handler().ServeHTTP(w, r)
	m.Server.Wait()
	if w.Code != http.StatusOK {
		t.Fatalf("subscribe: %d", w.Code)
	}
	got := in.Received("ban@xn--v-d-rma6749a.vn")
	if len(got) != 1 {
		t.Fatalf("confirmations to ban@xn--v-d-rma6749a.vn: %d", len(got))
	}
	msg, err := mail.ReadMessage(bytes.NewReader(got[0]))
	if err != nil {
		t.Fatal(err)
	}
	if to := msg.Header.Get("To"); !strings.Contains(to, "ban@xn--v-d-rma6749a.vn") {
		t.Errorf("To: %q", to)
	}
	// The text says the address as the reader wrote it; only the envelope
	// and headers carry the A-label. So does the digest's.
	shownUnicode := func(what string, raw []byte) {
		t.Helper()
		text, html, err := mimeBodies(raw)
		if err != nil || !strings.Contains(text, "ban@ví-dụ.vn") || !strings.Contains(html, "ban@ví-dụ.vn") ||
			strings.Contains(text, "ban@xn--") || strings.Contains(html, "ban@xn--") {
			t.Errorf("%s shows the address as:\n%s\n%s (%v)", what, text, html, err)
		}
	}
	shownUnicode("confirmation", got[0])
	confirm := findLink(t, string(got[0]), "/confirm/")
	w = httptest.NewRecorder()
	m.Server.Handler().ServeHTTP(w, httptest.NewRequest(http.MethodPost, confirm, nil))
	if w.Code != http.StatusOK {
		t.Fatalf("confirm: %d", w.Code)
	}
	m.Digester.Now = func() time.Time { return time.Date(2026, 11, 30, 0, 30, 0, 0, time.UTC) } // W48 is due
	src := &model.Source{URL: "https://vnexpress.net/rss", Name: "VnExpress"}
	st.AddSource(t.Context(), src)
	st.BulkInsertArticles(t.Context(), src.ID, []model.Article{testArticle("kt", "Giá lúa gạo tăng", time.Date(2026, 11, 25, 3, 0, 0, 0, time.UTC), "kinh-te")})
	runDigests(t, m)
	if got = in.Received("ban@xn--v-d-rma6749a.vn"); len(got) != 2 {
		t.Fatalf("mails after the W48 run: %d, want the confirmation and a digest", len(got))
	}
	shownUnicode("digest", got[1])
}
