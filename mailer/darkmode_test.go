package mailer

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

var (
	darkBlock = regexp.MustCompile(`(?s)@media \(prefers-color-scheme: dark\)\{(.*?\})\s*\}`)
	cssRule   = regexp.MustCompile(`(?s)([^{}]+)\{([^{}]*)\}`)
	styledTag = regexp.MustCompile(`<([a-z0-9]+)((?:\s+[a-z-]+="[^"]*")*)\s*/?>`)
	attrValue = regexp.MustCompile(`\s([a-z-]+)="([^"]*)"`)
)

// darkRules maps each class the dark-mode block styles to the properties
// it sets there ("color", "background-color", ...).
func darkRules(t *testing.T, html string) map[string][]string {
	t.Helper()
	m := darkBlock.FindStringSubmatch(html)
	if m == nil {
		t.Fatalf("no @media (prefers-color-scheme: dark) block in:\n%s", html)
	}
	rules := map[string][]string{}
	for _, r := range cssRule.FindAllStringSubmatch(m[1], -1) {
		var props []string
		for d := range strings.SplitSeq(r[2], ";") {
			if name, value, ok := strings.Cut(d, ":"); ok {
				props = append(props, strings.TrimSpace(name))
				if !strings.Contains(value, "!important") {
					t.Errorf("dark rule %s: %s is not !important: inline styles win over it", r[1], d)
				}
			}
		}
		for _, sel := range strings.Split(r[1], ",") {
			// ".title" is keyed "title", ".more a" (the links of the
			// element of class more) "more a".
			key := strings.TrimPrefix(strings.TrimSpace(sel), ".")
			rules[key] = append(rules[key], props...)
		}
	}
	return rules
}

// TestDarkMode: the emails declare that they support a dark scheme (so the
// mail apps that honour it stop inverting colours themselves) and give every
// element that sets a dark text colour or a light background inline a class
// whose dark rule sets its own: no dark text ends up on a dark background.
func TestDarkMode(t *testing.T) {
	r := newTestRenderer(t, nil)
	for name, raw := range map[string][]byte{"digest": digestRaw(t, r), "confirm": confirmRaw(t, r)} {
		html := parseMessage(t, raw).html
		for _, meta := range []string{`<meta name="color-scheme" content="light dark"/>`, `<meta name="supported-color-schemes" content="light dark"/>`} {
			if !strings.Contains(html, meta) {
				t.Errorf("%s lacks %s", name, meta)
			}
		}
		dark := darkRules(t, html)
		// An element without a class is styled by a descendant rule of the
		// nearest element before it that has one: in these templates, its
		// container (".story-title a", ".footer a").
		var container []string
		for _, tag := range styledTag.FindAllStringSubmatch(html, -1) {
			attrs := map[string]string{}
			for _, a := range attrValue.FindAllStringSubmatch(tag[2], -1) {
				attrs[a[1]] = a[2]
			}
			keys := strings.Fields(attrs["class"])
			if len(keys) > 0 {
				container = keys
			} else {
				for _, c := range container {
					keys = append(keys, c+" "+tag[1])
				}
			}
			checkDarkCounterpart(t, name, tag[0], attrs["style"], keys, dark)
		}
	}
}

// checkDarkCounterpart reports an element whose inline dark text colour or
// light background has no dark-mode rule on one of its classes. Text on a
// dark background of its own (the top bar, the button) needs none.
func checkDarkCounterpart(t *testing.T, name, tag, style string, keys []string, dark map[string][]string) {
	t.Helper()
	need := func(prop string) bool {
		for _, k := range keys {
			if slices.Contains(dark[k], prop) {
				return true
			}
		}
		return false
	}
	bg := bgDecl.FindStringSubmatch(style)
	if bg != nil && luminance(bg[1]) > 0.4 && !need("background-color") {
		t.Errorf("%s: %s has a light background and no dark counterpart", name, tag)
	}
	ownDarkBg := bg != nil && luminance(bg[1]) <= 0.4
	if c := colorDecl.FindStringSubmatch(style); c != nil && luminance(c[1]) <= 0.4 && !ownDarkBg && !need("color") {
		t.Errorf("%s: %s sets dark text and no dark counterpart", name, tag)
	}
}

// TestInlinerKeepsOnlyStyledClasses: after inlining, an element keeps the
// classes the <style> block still selects (media queries) and no other.
func TestInlinerKeepsOnlyStyledClasses(t *testing.T) {
	out, err := inlineCSS(`<html><head></head><body><p class="a b c" title="{{.}}">x</p><p class="c">y</p></body></html>`,
		".a{color:red} .c{margin:0} @media (prefers-color-scheme: dark){.b{color:blue}}")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `class="b"`) {
		t.Errorf("the class the media query selects was dropped:\n%s", out)
	}
	if strings.Contains(out, `class="a`) || strings.Contains(out, `class="c"`) || strings.Contains(out, " a b") {
		t.Errorf("classes only the inlined rules used were kept:\n%s", out)
	}
}
