package web

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/signing"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
	"bantin/mailer"
)

// subFixture is a server with subscriptions whose confirmations are
// captured instead of mailed (the real mail path is tested in internal/app).
type subFixture struct {
	st    *store.Store
	srv   *Server
	subs  *Subscriptions
	now   time.Time
	mu    sync.Mutex
	links map[string]string // address -> last confirmation link
	sends int
}

func newSubFixture(t testing.TB, st *store.Store) *subFixture {
	t.Helper()
	f := &subFixture{st: st, now: time.Date(2026, 11, 20, 3, 0, 0, 0, time.UTC), links: map[string]string{}}
	clock := func() time.Time { f.mu.Lock(); defer f.mu.Unlock(); return f.now }
	signer, err := signing.New([]byte("0123456789abcdef0123456789abcdef"), clock)
	if err != nil {
		t.Fatal(err)
	}
	links, _ := signing.NewLinks("https://bantin.example", signer)
	f.subs = &Subscriptions{Links: links,
		SendConfirmation: func(_ context.Context, sub model.Subscriber, link string) error {
			f.mu.Lock()
			defer f.mu.Unlock()
			f.links[sub.Email] = link
			f.sends++
			return nil
		},
		Archive: func(_ context.Context, period string, topics, provinces []string) (mailer.Archive, error) {
			if !strings.Contains(period, "-W") { // as digest.ParseWeek refuses it
				return mailer.Archive{}, fmt.Errorf("period %q: want an ISO week such as 2026-W48: %w", period, model.ErrInvalid)
			}
			if period != "2026-W47" {
				return mailer.Archive{}, model.ErrNotFound
			}
			return mailer.Archive{Period: period, Label: "47/2026", Topics: topics}, nil
		}}
	f.srv, err = New(Config{BaseURL: "https://bantin.example", Now: clock, Subscriptions: f.subs},
		st, model.NewCatalog(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *subFixture) advance(d time.Duration) { f.mu.Lock(); f.now = f.now.Add(d); f.mu.Unlock() }

// post sends a form from client ip.
func (f *subFixture) post(target, ip string, form url.Values) *httptest.ResponseRecorder {
	r := httptest.NewRequest(http.MethodPost, target, strings.NewReader(form.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.RemoteAddr = ip + ":5555"
	w := httptest.NewRecorder()
	f.srv.Handler().ServeHTTP(w, r)
	f.subs.Wait()
	return w
}

func (f *subFixture) get(target string) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	f.srv.Handler().ServeHTTP(w, httptest.NewRequest(http.MethodGet, target, nil))
	return w
}

func (f *subFixture) link(addr string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.links[addr]
}

func form(email string, kv ...string) url.Values {
	v := url.Values{"email": {email}}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Add(kv[i], kv[i+1])
	}
	return v
}

func TestSubscribeNoEnumerationAndCooldown(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newSubFixture(t, st)
		if w := f.get("/subscribe"); w.Code != 200 || !strings.Contains(w.Body.String(), `value="thai-nguyen"`) {
			t.Fatalf("form: %d", w.Code)
		}
		first := f.post("/subscribe", "10.0.0.1", form("Ban@Example.com", "topic", "kinh-te", "province", "ha-noi,hue"))
		if first.Code != 200 || f.sends != 1 || f.link("ban@example.com") == "" {
			t.Fatalf("first: %d, sends %d", first.Code, f.sends)
		}
		// Same address again (another client): same page, no second mail.
		again := f.post("/subscribe", "10.0.0.2", form("ban@example.com"))
		if again.Code != 200 || again.Body.String() != first.Body.String() || f.sends != 1 {
			t.Fatalf("repeat: %d, sends %d, same page %v", again.Code, f.sends, again.Body.String() == first.Body.String())
		}
		f.advance(time.Hour)
		f.post("/subscribe", "10.0.0.3", form("ban@example.com"))
		if f.sends != 2 {
			t.Fatalf("after the cooldown: sends %d, want 2", f.sends)
		}
		sub, _ := st.SubscriberByEmail(context.Background(), "ban@example.com")
		if sub.Status != model.StatusPending {
			t.Fatalf("status %s", sub.Status)
		}
	})
}

func TestSubscribeRateLimit(t *testing.T) {
	f := newSubFixture(t, storetest.OpenSQLite(t))
	for i := range 5 {
		if w := f.post("/subscribe", "192.0.2.7", form("a"+string(rune('a'+i))+"@example.com")); w.Code != 200 {
			t.Fatalf("request %d: %d", i, w.Code)
		}
	}
	w := f.post("/subscribe", "192.0.2.7", form("z@example.com"))
	if w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") == "" ||
		!strings.Contains(w.Body.String(), "quá nhiều yêu cầu") || strings.Contains(w.Body.String(), "aria-invalid") {
		t.Fatalf("6th request: %d %q", w.Code, w.Header().Get("Retry-After"))
	}
	if w := f.post("/subscribe", "192.0.2.8", form("y@example.com")); w.Code != 200 {
		t.Fatalf("another client: %d", w.Code)
	}
	f.advance(time.Minute)
	if w := f.post("/subscribe", "192.0.2.7", form("x@example.com")); w.Code != 200 {
		t.Fatalf("after a minute: %d", w.Code)
	}
}

func TestSubscribeRejectsBadInput(t *testing.T) {
	f := newSubFixture(t, storetest.OpenSQLite(t))
	for _, addr := range []string{"", "ban", "ban@localhost", "a@b.com\r\nBcc: x@evil.com", "a@b.com\nx",
		"Bạn <ban@example.com>", "ban@example.com, x@evil.com", `"a b"@example.com`, "bạn@example.com",
		"a@[127.0.0.1]", strings.Repeat("a", 250) + "@b.com", "a@-b.com", "a@b..com"} {
		w := f.post("/subscribe", "198.51.100."+string(rune('1'+len(addr)%9)), form(addr))
		if w.Code != http.StatusBadRequest {
			t.Errorf("%q: %d, want 400", addr, w.Code)
		}
		// The field is marked invalid, points to the message (an alert)
		// and takes the focus: a screen reader says what is wrong.
		// The message is a sentence: it starts with a capital ("Địa chỉ
		// email không hợp lệ", not "địa chỉ …").
		if body := w.Body.String(); !regexp.MustCompile(`<p role="alert" id="thong-bao"><strong>\p{Lu}`).MatchString(body) {
			t.Errorf("%q: the message does not start with a capital:\n%s", addr, body)
		}
		if body := w.Body.String(); !strings.Contains(body, `<p role="alert" id="thong-bao">`) ||
			!regexp.MustCompile(`<input id="email" [^>]* aria-invalid="true" aria-describedby="thong-bao" autofocus>`).MatchString(body) {
			t.Errorf("%q: the refused field is not marked and tied to the message:\n%s", addr, body)
		}
		f.advance(time.Minute)
	}
	// A choice the catalog lacks (a form left open across an upgrade) is
	// told on the form, in Vietnamese, with the address kept: not a bare
	// text/plain answer.
	w := f.post("/subscribe", "203.0.113.1", form("ok@example.com", "topic", "khong-co"))
	if body := w.Body.String(); w.Code != http.StatusBadRequest || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") ||
		!strings.Contains(body, `<p role="alert" id="thong-bao"><strong>Chủ đề &#34;khong-co&#34; không có`) || !strings.Contains(body, `value="ok@example.com"`) {
		t.Errorf("unknown topic: %d %s:\n%s", w.Code, w.Header().Get("Content-Type"), body)
	}
	if f.sends != 0 {
		t.Fatalf("%d confirmations for bad input", f.sends)
	}
}

var actionRE = regexp.MustCompile(`<form method="post" action="([^"]+)"`)

func TestSignedLinks(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		f := newSubFixture(t, st)
		f.post("/subscribe", "10.0.0.1", form("ban@example.com", "topic", "y-te"))
		confirm := strings.TrimPrefix(f.link("ban@example.com"), "https://bantin.example")
		// GET shows a button and confirms nothing (link scanners).
		w := f.get(confirm)
		if w.Code != 200 || actionRE.FindStringSubmatch(w.Body.String())[1] != confirm {
			t.Fatalf("confirm page: %d", w.Code)
		}
		if sub, _ := st.SubscriberByEmail(ctx, "ban@example.com"); sub.Status != model.StatusPending {
			t.Fatalf("GET confirmed: %s", sub.Status)
		}
		if w := f.post(confirm, "10.0.0.1", nil); w.Code != 200 || !strings.Contains(w.Body.String(), "Cảm ơn") {
			t.Fatalf("confirm: %d", w.Code)
		}
		sub, _ := st.SubscriberByEmail(ctx, "ban@example.com")
		if sub.Status != model.StatusActive {
			t.Fatalf("status %s", sub.Status)
		}
		// Opening the used link again says it is done, with no second button.
		if w := f.get(confirm); w.Code != 200 || !strings.Contains(w.Body.String(), "đã được xác nhận") || actionRE.MatchString(w.Body.String()) {
			t.Errorf("reopened confirmation link: %d\n%s", w.Code, w.Body)
		}
		links := f.subs.Links
		// Forged, cross-purpose and expired links are refused.
		for _, p := range []string{"/confirm/AAAA", "/unsubscribe/" + strings.TrimPrefix(confirm, "/confirm/"),
			strings.TrimPrefix(links.Preferences(sub.ID, "other@example.com"), "https://bantin.example")} {
			if w := f.get(p); w.Code != http.StatusBadRequest {
				t.Errorf("%s: %d, want 400", p, w.Code)
			}
		}
		f.advance(8 * 24 * time.Hour)
		if w := f.get(confirm); w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), "hết hạn") {
			t.Errorf("expired confirm: %d", w.Code)
		}
		prefs := strings.TrimPrefix(links.Preferences(sub.ID, sub.Email), "https://bantin.example")
		if w := f.get(prefs); w.Code != 200 || !strings.Contains(w.Body.String(), `value="y-te" checked`) {
			t.Fatalf("preferences page: %d", w.Code)
		}
		// A choice the catalog lacks is told on the page, nothing saved.
		w = f.post(prefs, "10.0.0.1", url.Values{"topic": {"kinh-te", "khong-co"}})
		if body := w.Body.String(); w.Code != http.StatusBadRequest || !strings.Contains(body, "Chủ đề &#34;khong-co&#34; không có") ||
			!strings.Contains(body, "Lựa chọn chưa được lưu") || !strings.Contains(body, `value="y-te" checked`) {
			t.Errorf("preferences with an unknown topic: %d\n%s", w.Code, body)
		}
		f.post(prefs, "10.0.0.1", url.Values{"topic": {"kinh-te"}, "province": {"bac-kan"}})
		if sub, _ = st.Subscriber(ctx, sub.ID); sub.Topics[0] != "kinh-te" || sub.Provinces[0] != "bac-kan" {
			t.Fatalf("preferences not saved: %+v", sub)
		}
		unsub := strings.TrimPrefix(links.Unsubscribe(sub.ID, sub.Email), "https://bantin.example")
		if w := f.get(unsub); w.Code != 200 || !strings.Contains(w.Body.String(), "Hủy đăng ký</button>") {
			t.Fatalf("unsubscribe page: %d", w.Code)
		}
		if sub, _ = st.Subscriber(ctx, sub.ID); sub.Status != model.StatusActive {
			t.Fatal("GET unsubscribed")
		}
		w = f.post(unsub, "10.0.0.1", url.Values{"List-Unsubscribe": {"One-Click"}})
		if w.Code != 200 || w.Body.Len() != 0 {
			t.Fatalf("one-click: %d %q", w.Code, w.Body)
		}
		if sub, _ = st.Subscriber(ctx, sub.ID); sub.Status != model.StatusUnsubscribed {
			t.Fatalf("after one-click: %s", sub.Status)
		}
		if w := f.post("/unsubscribe/AAAA", "10.0.0.1", url.Values{"List-Unsubscribe": {"One-Click"}}); w.Code != 400 {
			t.Fatalf("forged one-click: %d", w.Code)
		}
	})
}

// TestSubscribeMethods: a method no route of an address takes is 405
// with the methods that it does take (the site's catch-all must not hide
// them), and none of the subscription routes is the HTML 404 page.
func TestSubscribeMethods(t *testing.T) {
	f := newSubFixture(t, storetest.OpenSQLite(t))
	for path, allow := range map[string]string{"/subscribe": "GET, HEAD, POST", "/confirm/AAAA": "GET, HEAD, POST", "/digests/2026-W47": "GET, HEAD"} {
		w := httptest.NewRecorder()
		f.srv.Handler().ServeHTTP(w, httptest.NewRequest(http.MethodPut, path, nil))
		if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != allow {
			t.Errorf("PUT %s: %d, Allow %q, want 405 and %q", path, w.Code, w.Header().Get("Allow"), allow)
		}
	}
}

func TestArchivePage(t *testing.T) {
	f := newSubFixture(t, storetest.OpenSQLite(t))
	if w := f.get("/digests/2026-W47?topic=kinh-te"); w.Code != 200 || !strings.Contains(w.Body.String(), "Bản tin tuần 47/2026") {
		t.Fatalf("archive: %d %s", w.Code, w.Body)
	}
	// A link gone wrong is the HTML error page in Vietnamese, with links.
	for _, tc := range []struct {
		path   string
		status int
		want   string
	}{
		{"/digests/2026-W47?province=atlantis", 400, "không có tỉnh, thành phố &#34;atlantis&#34;"},
		{"/digests/2030-W01", 404, "Không có bản tin của tuần này"},
		{"/digests/xyz", 400, "tuần &#34;xyz&#34; không đúng: cần dạng 2026-W48"},
		{"/subscribe?topic=bogus", 400, "không có chủ đề &#34;bogus&#34;"},
		// A slug written from a name says the one it means (uxqa23: only
		// the path's pages did).
		{"/digests/2026-W47?province=h%C3%A0-n%E1%BB%99i", 400, "không có tỉnh, thành phố &#34;hà-nội&#34; (có phải &#34;ha-noi&#34;?)"},
		{"/subscribe?topic=thethao", 400, "không có chủ đề &#34;thethao&#34; (có phải &#34;the-thao&#34;?)"},
	} {
		w := f.get(tc.path)
		if body := w.Body.String(); w.Code != tc.status || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") ||
			!strings.Contains(body, tc.want) || !strings.Contains(body, `<a href="/">Về trang chủ</a>`) {
			t.Errorf("%s: %d %s, want %d and %q:\n%s", tc.path, w.Code, w.Header().Get("Content-Type"), tc.status, tc.want, body)
		}
	}
}
