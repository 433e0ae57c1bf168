package feeds

// Rules of the W3C Feed Validation Service (validator.w3.org/feed, source
// rubys/feedvalidator) and of RFC 4287's Schematron annotations, checked in
// Go because neither runs offline.

import (
	"net/url"
	"regexp"
	"strconv"
	"testing"
	"time"
)

var (
	emailForm = regexp.MustCompile(`^[^@\s()]+@[^@\s()]+\.[^@\s()]+( \(.+\))?$`) // RSS <author>
	mimeForm  = regexp.MustCompile(`^[a-z]+/[a-z0-9.+-]+$`)
	langForm  = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)
)

// absURL reports whether s is an absolute URL, as the validator's
// rfc2396_full demands of links, guids marked permalink and hrefs.
func absURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.Scheme != "" && (u.Host != "" || u.Opaque != "")
}

// knownNamespaces fails on any element whose prefix was not declared (then
// encoding/xml leaves the bare prefix in Name.Space).
func knownNamespaces(t *testing.T, name string, root *node, allowed ...string) {
	t.Helper()
	root.walk(func(n *node) {
		for _, ns := range allowed {
			if n.Name.Space == ns {
				return
			}
		}
		t.Errorf("%s: element %s:%s in undeclared/unknown namespace", name, n.Name.Space, n.Name.Local)
	})
}

func TestRSSValidatorRules(t *testing.T) {
	for name, f := range allFixtures(RSS) {
		root := parseXML(t, render(t, f, RSS))
		knownNamespaces(t, name, root, "", nsAtom, nsContent, nsDC, nsMedia)
		if v, _ := root.attr("version"); root.Name.Local != "rss" || v != "2.0" {
			t.Fatalf("%s: root %v version %q", name, root.Name, v)
		}
		ch := root.one("", "channel")
		if ch == nil || ch.one("", "title") == nil || ch.one("", "link") == nil || ch.one("", "description") == nil {
			t.Fatalf("%s: channel needs exactly one title, link and description", name)
		}
		if l := ch.one("", "language"); l == nil || !langForm.MatchString(l.Text) {
			t.Errorf("%s: language missing or not ISO 639", name)
		}
		if b := ch.one("", "lastBuildDate"); b != nil {
			checkRFC822(t, name+" lastBuildDate", b.Text)
		}
		checkRSSAtomLinks(t, name, f, ch)
		guids := map[string]bool{}
		for i, it := range ch.all("", "item") {
			checkRSSItem(t, name+" item "+strconv.Itoa(i), it, guids)
		}
	}
}

func checkRFC822(t *testing.T, what, s string) {
	t.Helper()
	if _, err := time.Parse(time.RFC1123Z, s); err != nil {
		t.Errorf("%s: %q is not an RFC 822 date with 4-digit year: %v", what, s, err)
	}
}

// checkRSSAtomLinks: exactly one atom:link rel="self" matching the document
// URL with the RSS media type, and a hub link exactly when configured.
func checkRSSAtomLinks(t *testing.T, name string, f *Feed, ch *node) {
	t.Helper()
	rels := map[string][]*node{}
	for _, l := range ch.all(nsAtom, "link") {
		rel, _ := l.attr("rel")
		rels[rel] = append(rels[rel], l)
	}
	if len(rels["self"]) != 1 {
		t.Fatalf("%s: want exactly one atom:link rel=self, got %d", name, len(rels["self"]))
	}
	href, _ := rels["self"][0].attr("href")
	typ, _ := rels["self"][0].attr("type")
	if href != f.SelfURL || typ != "application/rss+xml" {
		t.Errorf("%s: self link %q type %q, want %q application/rss+xml", name, href, typ, f.SelfURL)
	}
	if (len(rels["hub"]) == 1) != (f.HubURL != "") || len(rels["hub"]) > 1 {
		t.Errorf("%s: %d hub links with HubURL %q", name, len(rels["hub"]), f.HubURL)
	}
}

func checkRSSItem(t *testing.T, name string, it *node, guids map[string]bool) {
	t.Helper()
	if it.one("", "title") == nil && it.one("", "description") == nil {
		t.Errorf("%s: item must contain title or description", name)
	}
	if l := it.one("", "link"); l != nil && !absURL(l.Text) {
		t.Errorf("%s: link %q not absolute", name, l.Text)
	}
	g := it.one("", "guid")
	if g == nil {
		t.Fatalf("%s: want exactly one guid", name)
	}
	perma, ok := g.attr("isPermaLink")
	if !ok || (perma != "true" && perma != "false") || (perma == "true" && !absURL(g.Text)) {
		t.Errorf("%s: guid isPermaLink=%q %q", name, perma, g.Text)
	}
	if _, err := strconv.Atoi(g.Text); err == nil && len(g.Text) < 9 {
		t.Errorf("%s: guid %q not sufficiently unique", name, g.Text)
	}
	if guids[g.Text] {
		t.Errorf("%s: duplicate guid %q", name, g.Text)
	}
	guids[g.Text] = true
	if p := it.one("", "pubDate"); p != nil {
		checkRFC822(t, name+" pubDate", p.Text)
	}
	a, creator := it.all("", "author"), it.all(nsDC, "creator")
	if len(a) > 1 || len(a) == 1 && (!emailForm.MatchString(a[0].Text) || len(creator) > 0) {
		t.Errorf("%s: author must be one \"email (Name)\" and not duplicate dc:creator", name)
	}
	checkRSSItemParts(t, name, it)
}

// checkRSSItemParts checks enclosure, source, category and media:content.
func checkRSSItemParts(t *testing.T, name string, it *node) {
	t.Helper()
	if enc := it.all("", "enclosure"); len(enc) > 1 {
		t.Errorf("%s: more than one enclosure", name)
	} else if len(enc) == 1 {
		l, _ := enc[0].attr("length")
		typ, _ := enc[0].attr("type")
		u, _ := enc[0].attr("url")
		if n, err := strconv.ParseInt(l, 10, 64); err != nil || n <= 0 || !mimeForm.MatchString(typ) || !absURL(u) {
			t.Errorf("%s: enclosure length %q type %q url %q", name, l, typ, u)
		}
	}
	for _, s := range it.all("", "source") {
		if u, _ := s.attr("url"); !absURL(u) || s.Text == "" {
			t.Errorf("%s: source url %q text %q", name, u, s.Text)
		}
	}
	for _, c := range it.all("", "category") {
		if d, ok := c.attr("domain"); c.Text == "" || ok && d == "" {
			t.Errorf("%s: empty category or domain", name)
		}
	}
	for _, m := range it.all(nsMedia, "content") {
		if u, _ := m.attr("url"); !absURL(u) {
			t.Errorf("%s: media:content url %q", name, u)
		}
	}
}
