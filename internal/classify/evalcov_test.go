package classify

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"bantin/internal/model"
)

// setCounts summarises a labelled set for the coverage checks.
type setCounts struct {
	prov, topic, tags, groups map[string]int
	groupSources              map[string]map[string]bool
	noProv, caps              int
}

func countSet(arts []evalArticle) setCounts {
	c := setCounts{prov: map[string]int{}, topic: map[string]int{}, tags: map[string]int{},
		groups: map[string]int{}, groupSources: map[string]map[string]bool{}}
	for _, a := range arts {
		for _, p := range a.Provinces {
			c.prov[p]++
		}
		if len(a.Provinces) == 0 {
			c.noProv++
		}
		c.topic[a.Topics[0]]++
		for _, tg := range a.Tags {
			c.tags[tg]++
		}
		if a.Group != "" {
			c.groups[a.Group]++
			if c.groupSources[a.Group] == nil {
				c.groupSources[a.Group] = map[string]bool{}
			}
			c.groupSources[a.Group][a.Source] = true
		}
		if !strings.ContainsFunc(a.Title, unicode.IsLower) {
			c.caps++
		}
	}
	return c
}

// groupsSized counts the groups of lo to hi articles.
func (c setCounts) groupsSized(lo, hi int) int {
	n := 0
	for _, k := range c.groups {
		if k >= lo && k <= hi {
			n++
		}
	}
	return n
}

// TestEvalCoverage checks the template set against the issue: size, every
// unit three times, every topic ten times, traps twice, groups of 2–6.
func TestEvalCoverage(t *testing.T) {
	arts := loadEval(t)
	if len(arts) < 400 {
		t.Errorf("%d articles, want at least 400", len(arts))
	}
	c := countSet(arts)
	cat := model.NewCatalog()
	for _, p := range cat.Provinces() {
		if c.prov[p.Slug] < 3 {
			t.Errorf("province %s labelled %d times, want ≥3", p.Slug, c.prov[p.Slug])
		}
	}
	for _, tp := range cat.Topics() {
		if c.topic[tp.Slug] < 10 {
			t.Errorf("topic %s primary %d times, want ≥10", tp.Slug, c.topic[tp.Slug])
		}
	}
	for tg, n := range c.tags {
		if strings.HasPrefix(tg, "trap:") && n < 2 {
			t.Errorf("%s appears %d times, want ≥2", tg, n)
		}
	}
	if g := c.groupsSized(2, 6); g < 40 || c.noProv == 0 {
		t.Errorf("%d groups of 2–6 (want ≥40), %d articles without province", g, c.noProv)
	}
	t.Logf("%d articles, %d groups, %d without province, traps %v", len(arts), c.groupsSized(2, 6), c.noProv, c.tags)
}

// handTraps are the traps of reference §2 the hand-written set must show
// at least three times each, in natural sentences.
var handTraps = []string{"trap:dien-bien", "trap:dien-bien-phu", "trap:tham-gia-lai",
	"trap:thai-binh-duong", "trap:hoa-binh", "trap:hue-person", "trap:given-name",
	"trap:saigon", "trap:bao-x", "trap:diem-cau", "trap:caps"}

// TestHandwrittenCoverage checks the hand-written set: at least 200
// articles with ids h0001…, every current and legacy unit named, every topic
// primary eight times, 40 without province, every trap three times, ALL-CAPS
// headlines, and 20 groups of 2–5 articles each from different outlets.
func TestHandwrittenCoverage(t *testing.T) {
	arts := loadSet(t, handwrittenFile)
	if len(arts) < 200 {
		t.Errorf("%d articles, want at least 200", len(arts))
	}
	id := regexp.MustCompile(`^h\d{4}$`)
	cat := model.NewCatalog()
	for _, a := range arts {
		if !id.MatchString(a.ID) || len(a.Topics) == 0 || a.Published.IsZero() || a.URL == "" || a.SourceURL == "" {
			t.Errorf("%s: bad id, topics, date or URLs", a.ID)
		}
		for _, p := range a.Provinces {
			if _, ok := cat.Province(p); !ok {
				t.Errorf("%s: unknown province %q", a.ID, p)
			}
		}
	}
	c := countSet(arts)
	for _, p := range cat.Provinces() {
		if c.prov[p.Slug] < 1 {
			t.Errorf("province %s never labelled", p.Slug)
		}
	}
	for _, tp := range cat.Topics() {
		if c.topic[tp.Slug] < 8 {
			t.Errorf("topic %s primary %d times, want ≥8", tp.Slug, c.topic[tp.Slug])
		}
	}
	for _, tg := range handTraps {
		if c.tags[tg] < 3 {
			t.Errorf("%s appears %d times, want ≥3", tg, c.tags[tg])
		}
	}
	for g, srcs := range c.groupSources {
		if len(srcs) != c.groups[g] {
			t.Errorf("group %s: %d articles from %d outlets", g, c.groups[g], len(srcs))
		}
	}
	if g := c.groupsSized(2, 5); g < 20 || len(c.groups) != g || c.noProv < 40 || c.caps < 3 {
		t.Errorf("%d groups of 2–5 of %d (want ≥20, all), %d without province (want ≥40), %d ALL-CAPS titles (want ≥3)",
			g, len(c.groups), c.noProv, c.caps)
	}
	t.Logf("%d articles, %d groups, %d without province, %d ALL-CAPS, tags %v",
		len(arts), c.groupsSized(2, 5), c.noProv, c.caps, c.tags)
}
