package feeds

import (
	"strconv"
	"testing"
	"time"
)

// TestAtomValidatorRules checks the W3C validator's Atom rules and RFC
// 4287's Schematron assertions (which jing does not evaluate).
func TestAtomValidatorRules(t *testing.T) {
	for name, f := range allFixtures(Atom) {
		root := parseXML(t, render(t, f, Atom))
		knownNamespaces(t, name, root, nsAtom, nsMedia)
		if root.Name.Space != nsAtom || root.Name.Local != "feed" {
			t.Fatalf("%s: root is %v", name, root.Name)
		}
		for _, el := range []string{"id", "title", "updated"} {
			if root.one(nsAtom, el) == nil {
				t.Errorf("%s: feed needs exactly one %s", name, el)
			}
		}
		if id := root.one(nsAtom, "id"); id != nil && id.Text != f.id() {
			t.Errorf("%s: feed id %q, want %q", name, id.Text, f.id())
		}
		checkRFC3339(t, name+" feed updated", root.one(nsAtom, "updated"))
		checkAtomLinks(t, name+" feed", root, f.SelfURL, f.HubURL)
		feedAuthor := len(root.all(nsAtom, "author")) > 0
		if !feedAuthor && len(root.all(nsAtom, "entry")) == 0 {
			t.Errorf("%s: an empty feed needs an author", name)
		}
		ids := map[string]bool{}
		for i, e := range root.all(nsAtom, "entry") {
			checkAtomEntry(t, name+" entry "+strconv.Itoa(i), e, feedAuthor, ids)
		}
	}
}

func checkRFC3339(t *testing.T, what string, n *node) {
	t.Helper()
	if n == nil {
		t.Errorf("%s: missing", what)
		return
	}
	if _, err := time.Parse(time.RFC3339, n.Text); err != nil {
		t.Errorf("%s: %q is not RFC 3339: %v", what, n.Text, err)
	}
}

// checkAtomLinks: every link has href and rel; one self link with the
// document URL (when self is given); hub exactly when configured; alternate
// links unique per type.
func checkAtomLinks(t *testing.T, name string, n *node, self, hub string) {
	t.Helper()
	rels := map[string]int{}
	alternates := map[string]bool{}
	for _, l := range n.all(nsAtom, "link") {
		href, _ := l.attr("href")
		rel, ok := l.attr("rel")
		typ, _ := l.attr("type")
		if !ok || !absURL(href) {
			t.Errorf("%s: link rel %q href %q", name, rel, href)
		}
		rels[rel]++
		if rel == "self" && self != "" && (href != self || typ != "application/atom+xml") {
			t.Errorf("%s: self link %q type %q, want %q", name, href, typ, self)
		}
		if rel == "alternate" && alternates[typ] {
			t.Errorf("%s: duplicate alternate link of type %q", name, typ)
		}
		alternates[typ] = rel == "alternate" || alternates[typ]
	}
	if self != "" && rels["self"] != 1 {
		t.Errorf("%s: %d self links", name, rels["self"])
	}
	if (rels["hub"] == 1) != (hub != "") || rels["hub"] > 1 {
		t.Errorf("%s: %d hub links with HubURL %q", name, rels["hub"], hub)
	}
}

func checkAtomEntry(t *testing.T, name string, e *node, feedAuthor bool, ids map[string]bool) {
	t.Helper()
	id := e.one(nsAtom, "id")
	if id == nil || !absURL(id.Text) || ids[id.Text] {
		t.Fatalf("%s: entry needs one absolute, unique id", name)
	}
	ids[id.Text] = true
	if e.one(nsAtom, "title") == nil {
		t.Errorf("%s: missing title", name)
	}
	checkRFC3339(t, name+" updated", e.one(nsAtom, "updated"))
	checkRFC3339(t, name+" published", e.one(nsAtom, "published"))
	if !feedAuthor && len(e.all(nsAtom, "author")) == 0 {
		t.Errorf("%s: entry needs an author when the feed has none", name)
	}
	alternate := false
	for _, l := range e.all(nsAtom, "link") {
		rel, ok := l.attr("rel")
		alternate = alternate || !ok || rel == "alternate"
	}
	content := e.one(nsAtom, "content")
	if !alternate && content == nil {
		t.Errorf("%s: entry needs content or an alternate link", name)
	}
	if typ, _ := attrOf(content, "type"); content != nil && typ != "html" {
		t.Errorf("%s: content type %q", name, typ)
	}
	if s := e.one(nsAtom, "summary"); s != nil {
		if typ, _ := s.attr("type"); typ != "text" {
			t.Errorf("%s: summary type %q", name, typ)
		}
	}
	for _, c := range e.all(nsAtom, "category") {
		if term, _ := c.attr("term"); term == "" {
			t.Errorf("%s: category without term", name)
		}
	}
	if src := e.one(nsAtom, "source"); src != nil {
		checkAtomSource(t, name, src)
	}
}

// checkAtomSource: the validator checks atom:source like a feed's metadata.
func checkAtomSource(t *testing.T, name string, src *node) {
	t.Helper()
	for _, el := range []string{"id", "title", "updated"} {
		if src.one(nsAtom, el) == nil {
			t.Errorf("%s: source needs %s", name, el)
		}
	}
	checkAtomLinks(t, name+" source", src, "", "")
	if self := src.all(nsAtom, "link"); len(self) != 1 {
		t.Errorf("%s: source needs its self link", name)
	} else if rel, _ := self[0].attr("rel"); rel != "self" {
		t.Errorf("%s: source link rel %q, want self", name, rel)
	}
}

func attrOf(n *node, name string) (string, bool) {
	if n == nil {
		return "", false
	}
	return n.attr(name)
}
