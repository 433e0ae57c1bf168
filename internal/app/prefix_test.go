package app

import (
	"context"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	xhtml "golang.org/x/net/html"

	"bantin/internal/demo"
	"bantin/internal/digest"
	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store"
)

// prefixSite is a bantin published under https://HOST/tin, as behind a
// proxy that passes paths unchanged, with the demo's feeds ingested, a
// reader subscribed through the form and last week's digest in the outbox.
type prefixSite struct {
	m      *Main
	client *http.Client
	origin string // https://127.0.0.1:PORT
	base   string // origin + "/tin"
}

// TestBasePathPrefix crawls every link of the pages, feeds, OPML, widget
// and emails of a bantin whose BANTIN_BASE_URL has a path: each link back
// to bantin stays under the path and answers 2xx (a redirect's target
// stays under it too).
func TestBasePathPrefix(t *testing.T) {
	s := newPrefixSite(t)
	mails := s.subscribe(t)
	mails = append(mails, s.sendDigest(t)...)

	front := s.body(t, s.base+"/")
	story := regexp.MustCompile(`href="(/tin/stories/\d+)"`).FindStringSubmatch(front)
	if story == nil {
		t.Fatalf("no story link on the front page:\n%s", front)
	}
	c := &crawl{s: s, seen: map[string]bool{}}
	for _, p := range []string{"/", "/topics/kinh-te/", story[1][len("/tin"):], "/search?q=lua", "/subscribe", "/feeds", "/topics/", "/provinces/",
		"/sources", "/opml", "/feed.rss", "/feed.atom", "/feed.json", "/topics/kinh-te/feed.json", "/embed.js"} {
		c.page(t, s.base+p)
	}
	for _, raw := range mails {
		c.links(t, "mail", raw)
	}
	// The error page of an address under the path that names no page: HTML
	// whose links stay under the path.
	resp, err := s.client.Get(s.base + "/khong-co")
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusNotFound || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Errorf("GET %s/khong-co: %s %s", s.base, resp.Status, resp.Header.Get("Content-Type"))
	}
	notFound, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	c.seen[s.base+"/khong-co"] = true // its own skip link, #noi-dung
	c.links(t, s.base+"/khong-co", notFound)
	if !c.seen[s.base+"/feed.json"] || len(c.seen) < 100 {
		t.Errorf("crawled %d links, the widget's feed.json among them: %v", len(c.seen), c.seen[s.base+"/feed.json"])
	}
	for path, want := range map[string]string{"/": "/tin/", "/tin": "/tin/", "/tin/topics/kinh-te": "/tin/topics/kinh-te/"} {
		resp := s.get(t, s.origin+path)
		if loc := resp.Header.Get("Location"); resp.StatusCode/100 != 3 || !strings.HasSuffix(loc, want) {
			t.Errorf("GET %s: %s to %q, want a redirect to %s", path, resp.Status, loc, want)
		}
	}
	for _, probe := range []string{"/healthz", "/readyz", "/tin/healthz"} {
		if resp := s.get(t, s.origin+probe); resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %s", probe, resp.Status)
		}
	}
}

func newPrefixSite(t *testing.T) *prefixSite {
	var h http.Handler
	ts := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { h.ServeHTTP(w, r) }))
	t.Cleanup(ts.Close)
	client := ts.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	cfg := testConfig(t, "sqlite:"+filepath.Join(t.TempDir(), "bantin.db"))
	cfg.BaseURL, cfg.MailFrom = ts.URL+"/tin", "Bản tin <bantin@bantin.example>"
	m, err := Open(t.Context(), cfg, slog.New(slog.DiscardHandler), store.ForServer)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	h = m.Server.Handler()
	s := &prefixSite{m: m, client: client, origin: ts.URL, base: ts.URL + "/tin"}

	week := digest.WeekOf(time.Now(), cfg.Location()).Prev()
	feeds, err := demo.Start(week.End.Add(-time.Hour), 6*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { feeds.Close() })
	for _, f := range demo.Feeds {
		if err := m.Store.AddSource(t.Context(), &model.Source{URL: feeds.FeedURL(f.Slug), Name: f.Name}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := m.Pipeline.RunOnce(t.Context(), pipeline.RunOptions{All: true}); err != nil {
		t.Fatal(err)
	}
	return s
}

// subscribe fills the form found from the front page and confirms with the
// form of the mailed link's page; it returns the confirmation mail.
func (s *prefixSite) subscribe(t *testing.T) [][]byte {
	action := formAction(t, s.body(t, s.base+"/subscribe"))
	resp, err := s.client.PostForm(s.resolve(t, s.base+"/subscribe", action),
		url.Values{"email": {"ban@example.com"}, "topic": {"kinh-te"}})
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("POST %s: %v %v", action, resp, err)
	}
	resp.Body.Close()
	s.m.Server.Wait()
	mails := s.outbox(t)
	if len(mails) != 1 {
		t.Fatalf("%d mails after subscribing, want the confirmation", len(mails))
	}
	confirm := findLink(t, string(mails[0]), "/confirm/")
	action = s.resolve(t, confirm, formAction(t, s.body(t, confirm)))
	if resp, err = s.client.Post(action, "application/x-www-form-urlencoded", nil); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("POST %s: %v %v", action, resp, err)
	}
	resp.Body.Close()
	return mails
}

// sendDigest sends last week's digest and returns the mails written since
// the confirmation.
func (s *prefixSite) sendDigest(t *testing.T) [][]byte {
	ctx := context.Background()
	if _, _, err := s.m.Digester.Prepare(ctx, digest.WeekOf(time.Now(), s.m.Config.Location()).Prev(), false); err != nil {
		t.Fatal(err)
	}
	if sum, err := s.m.Digester.RunOnce(ctx); err != nil || sum.Sent != 1 {
		t.Fatalf("digest: %+v %v", sum, err)
	}
	return s.outbox(t)[1:]
}

// outbox returns the .eml files written, oldest first.
func (s *prefixSite) outbox(t *testing.T) [][]byte {
	files, err := filepath.Glob(filepath.Join(s.m.Config.Outbox, "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	type mail struct {
		at  time.Time
		raw []byte
	}
	var ms []mail
	for _, f := range files {
		st, err1 := os.Stat(f)
		raw, err2 := os.ReadFile(f)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		ms = append(ms, mail{st.ModTime(), raw})
	}
	out := make([][]byte, 0, len(ms))
	for len(ms) > 0 { // oldest first
		i := 0
		for j := range ms {
			if ms[j].at.Before(ms[i].at) {
				i = j
			}
		}
		out, ms = append(out, ms[i].raw), append(ms[:i], ms[i+1:]...)
	}
	return out
}

func (s *prefixSite) get(t *testing.T, u string) *http.Response {
	t.Helper()
	resp, err := s.client.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

func (s *prefixSite) body(t *testing.T, u string) string {
	t.Helper()
	resp, err := s.client.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s %v\n%s", u, resp.Status, err, b)
	}
	return string(b)
}

func (s *prefixSite) resolve(t *testing.T, page, ref string) string {
	t.Helper()
	p, err1 := url.Parse(page)
	r, err2 := url.Parse(ref)
	if err1 != nil || err2 != nil {
		t.Fatalf("link %q on %s: %v %v", ref, page, err1, err2)
	}
	return p.ResolveReference(r).String()
}

func formAction(t *testing.T, page string) string {
	t.Helper()
	m := regexp.MustCompile(`<form method="post" action="([^"]*)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no form in:\n%s", page)
	}
	return html.UnescapeString(m[1])
}

// crawl checks links once each.
type crawl struct {
	s    *prefixSite
	seen map[string]bool
}

// page checks u and every link in its body.
func (c *crawl) page(t *testing.T, u string) {
	t.Helper()
	c.check(t, "start", u)
	c.links(t, u, []byte(c.s.body(t, u)))
}

// links checks every link of body, found on page: the attributes of HTML
// elements, resolved against page, and the absolute URLs in any text.
func (c *crawl) links(t *testing.T, page string, body []byte) {
	t.Helper()
	text, html1, err := mimeBodies(body)
	if err != nil { // not a mail
		text, html1 = string(body), ""
		if strings.HasPrefix(text, "<!doctype html>") {
			html1 = text
		}
	}
	if doc, err := xhtml.Parse(strings.NewReader(html1)); err == nil {
		for n := range doc.Descendants() {
			for _, a := range n.Attr {
				if a.Key == "href" || a.Key == "src" || a.Key == "action" {
					c.check(t, page, c.s.resolve(t, page, a.Val))
				}
			}
		}
	}
	norm := strings.NewReplacer(`\u0026`, "&", `\/`, "/").Replace(text + html1)
	abs := regexp.MustCompile(regexp.QuoteMeta(c.s.origin) + `[^\s"'<>\\)]*`)
	for _, l := range abs.FindAllString(html.UnescapeString(norm), -1) {
		c.check(t, page, strings.TrimRight(l, ".,;"))
		if strings.Contains(l, "/embed.js") { // the widget reads feed.json beside its script
			c.check(t, l, c.s.resolve(t, l, "feed.json"))
		}
	}
}

// check fails when u, a link of bantin's own origin, leaves the prefix or
// does not answer 2xx or a redirect under the prefix.
func (c *crawl) check(t *testing.T, from, u string) {
	t.Helper()
	if !strings.HasPrefix(u, c.s.origin+"/") {
		return // another site, mailto:, data:
	}
	u, _, _ = strings.Cut(u, "#")
	if c.seen[u] {
		return
	}
	c.seen[u] = true
	if !strings.HasPrefix(u, c.s.base+"/") {
		t.Errorf("%s: link %s escapes %s", from, u, c.s.base)
		return
	}
	resp := c.s.get(t, u)
	if loc := resp.Header.Get("Location"); resp.StatusCode/100 == 3 && !strings.HasPrefix(c.s.resolve(t, u, loc), c.s.base+"/") {
		t.Errorf("%s: %s redirects to %s", from, u, loc)
	} else if resp.StatusCode/100 != 2 && resp.StatusCode/100 != 3 {
		t.Errorf("%s: GET %s: %s", from, u, resp.Status)
	}
}
