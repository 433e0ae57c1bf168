package classify

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"bantin/internal/model"
	"bantin/internal/vntext"
)

// Scores of structural evidence: what the outlet says the article is.
const (
	scoreSourceTopic = 6   // the source is a category feed
	scoreSectionLeaf = 5   // deepest section segment (/chinh-tri/xay-dung-dang → xay-dung-dang)
	scoreSection     = 3.5 // outer section segments
	scoreSectionDesk = 8   // a single-subject desk's section (deskSections), wherever it is in the path
	scoreCategory    = 4   // an upstream <category>
	cueRestated      = 0.5 // a cue of the title found again in the summary counts this share
	minSecondary     = 3   // a cue-only secondary topic needs at least this score...
	secondaryShare   = 0.35
	maxTopics        = 3
)

type cueRule struct {
	cue
	topic    int
	capFirst bool // a proper noun: capitalised in mixed-case text ("Pháp", not "giải pháp")
	acronym  bool // all capitals ("AI", not "ai")
	nation   bool // one of nationCues
	given    bool // one of givenCountries: adds nothing after an honorific
	negative int  // of cueNegatives: the words it consumes (0: a cue); it tags nothing
	// capWords has bit k set when the phrase's word k is capitalised and
	// must be so in the text too (officeNegatives: "Thủ tướng Ý", not "ý
	// kiến"); 0 for the other rules.
	capWords uint32
	office   bool // one of foreignOffices: adds nothing before a foreignName
	figure   bool // one of quotedFigures: adds nothing quoted alone
	field    bool // a field noun or its last words: see officeCue
}

// newCueRule returns the rule of cue c for topic index ti, with its case
// flags.
func newCueRule(c cue, ti int) cueRule {
	r := cueRule{cue: c, topic: ti}
	first := []rune(c.Text)[0]
	r.acronym = !strings.ContainsFunc(c.Text, unicode.IsLower)
	r.capFirst = unicode.IsUpper(first) && !r.acronym
	return r
}

// topicMatcher scores topics; immutable after newTopicMatcher.
type topicMatcher struct {
	topics   []model.Topic
	index    map[string]int
	cues     *trie
	rules    []cueRule
	sections map[string]int
	desks    map[string]bool
	// nationTopic is the topic of nationCues; yields has bit t set for the
	// yieldTopics (topicnations.go).
	nationTopic int
	yields      uint32
	// fieldNouns, officeHeads with schoolHeads, and fieldHouses as words
	// (topicoffices.go).
	fieldNouns  []fieldNoun
	officeHeads []nameHead
	fieldHouses []wordSeq
	// abroad: places abroad and at home (topicabroad.go).
	abroad *abroadTable
	// surnames open a personal name that a givenCountries word may end
	// (topicgiven.go).
	surnames map[string]bool
}

func newTopicMatcher(cat *model.Catalog, voc vocab) (*topicMatcher, error) {
	m := &topicMatcher{topics: cat.Topics(), index: map[string]int{}, cues: newTrie(voc),
		sections: map[string]int{}, desks: map[string]bool{}, surnames: surnameSet()}
	for i, t := range m.topics {
		m.index[t.Slug] = i
	}
	for sec, slug := range sectionTopics {
		ti, ok := m.index[slug]
		if !ok {
			return nil, fmt.Errorf("section %q: unknown topic %q", sec, slug)
		}
		m.sections[sec] = ti
	}
	for _, d := range deskSections {
		if _, ok := m.sections[d]; !ok {
			return nil, fmt.Errorf("desk section %q: not in sectionTopics", d)
		}
		m.desks[d] = true
	}
	for _, c := range cues {
		ti, ok := m.index[c.Topic]
		if !ok || c.W <= 0 {
			return nil, fmt.Errorf("cue %q: unknown topic %q or weight %v", c.Text, c.Topic, c.W)
		}
		if err := m.cues.add(c.Text, len(m.rules), true); err != nil {
			return nil, err
		}
		m.rules = append(m.rules, newCueRule(c, ti)) // c.Text is not empty: add refuses it
	}
	if err := m.addFieldNouns(); err != nil {
		return nil, err
	}
	if err := m.addNegatives(); err != nil {
		return nil, err
	}
	if err := m.markNations(); err != nil {
		return nil, err
	}
	var err error
	if m.abroad, err = newAbroadTable(voc); err != nil {
		return nil, err
	}
	return m, nil
}

// evidence is one reason a topic scored.
type evidence struct {
	label string // rendered lazily for cues and the model: empty, see cue/field or model
	topic int
	cue   int
	field field
	n     int
	model int     // 1 + the model's class index: the topic model's belief
	prob  float64 // the model's probability
	score float64
	// named: the cue names a field in an office's or a school's name
	// (officeCue); alone, such cues tag nothing (dropOfficeOnly).
	named bool
}

// catalogTopics is the most topics a catalog may have (New refuses more):
// an article's scores are a fixed array, and topic sets are bit masks.
const catalogTopics = 16

// topicScores accumulates the evidence of one article; it lives in the
// scratch space and is reset per article.
type topicScores struct {
	score  [catalogTopics]float64
	fixed  [catalogTopics]bool // structural evidence: always eligible as secondary
	ev     []evidence
	digest bool     // the article is a digest (isDigest): see leadOnly
	model  bool     // the topic model read the article: see dropOfficeOnly
	counts []uint16 // per cue rule and field, while scanning
	hit    []int32  // indexes of counts in use
	// explain renders the model's evidence (set while the article's
	// tokens are live).
	explain func(k int, p float64) string
}

func (s *topicScores) reset() {
	s.score, s.fixed, s.ev, s.explain = [catalogTopics]float64{}, [catalogTopics]bool{}, s.ev[:0], nil
	s.digest, s.model = false, false
}

// structuralAny reports whether the outlet said what the article is.
func (s *topicScores) structuralAny() bool {
	for _, f := range s.fixed {
		if f {
			return true
		}
	}
	return false
}

func (s *topicScores) add(t int, e evidence, structural bool) {
	e.topic = t
	s.score[t] += e.score
	s.ev = append(s.ev, e)
	s.fixed[t] = s.fixed[t] || structural
}

// structural adds the evidence of source topics, sections and categories,
// and notes whether the article is a digest.
func (m *topicMatcher) structural(s *topicScores, in *Input) {
	head := titleHead(in.Title)
	s.digest = digestHead(head)
	for _, t := range in.SourceTopics {
		if ti, ok := m.index[strings.TrimSpace(t)]; ok {
			s.add(ti, evidence{label: "source topic " + t, score: scoreSourceTopic}, true)
		}
	}
	seen := map[int]bool{}
	for _, u := range []struct {
		raw  string
		feed bool
		name string
	}{{in.URL, false, "article URL"}, {in.SourceURL, true, "feed URL"}} {
		segs := sectionSegments(u.raw, u.feed)
		for i := len(segs) - 1; i >= 0; i-- {
			ti, ok := m.sections[segs[i]]
			if !ok || seen[ti] {
				continue
			}
			sc := scoreSection
			switch {
			case m.desks[segs[i]]:
				sc = scoreSectionDesk
			case len(seen) == 0:
				sc = scoreSectionLeaf
			}
			seen[ti] = true
			s.add(ti, evidence{label: fmt.Sprintf("section /%s/ of the %s", segs[i], u.name), score: sc}, true)
		}
	}
	for _, c := range in.Categories {
		if ti, ok := m.sections[vntext.Slug(c)]; ok {
			s.add(ti, evidence{label: fmt.Sprintf("upstream category %q", c), score: scoreCategory}, true)
		}
	}
	if ti, ok := m.index[roundupTopic]; ok && roundupHead(head) {
		s.add(ti, evidence{label: "a news digest (" + roundupTopic + ")", score: scoreCategory}, true)
	}
}

// scan adds the cue evidence found in toks: per cue and field, its weight
// times the field factor times the number of occurrences (at most cueCap),
// times cueRestated in the summary and body when the title has the cue too
// (a lead restating its title is one piece of evidence, not two). A cue in
// an office's or a school's name (officeCue) counts apart, marked named;
// a given name after an honorific (givenCountries) is no cue, nor, when
// the topic model reads the article too (withModel), one ending a
// personal name (personName): the rules alone — bantin-corpus train's
// labels — stay as they were, and the shipped model reproducible.
func (m *topicMatcher) scan(s *topicScores, toks []token, withModel bool) {
	half := len(m.rules) * int(numFields) // office cues count apart
	if len(s.counts) != 2*half {
		s.counts = make([]uint16, 2*half)
	}
	s.hit = s.hit[:0]
	for i := 0; i < len(toks); {
		if !m.cues.starts(toks, i) { // the common case, without a call
			i++
			continue
		}
		sp, ok := m.cues.longest(toks, i, func(sp span) bool { return m.caseOK(toks, sp) })
		if !ok {
			i++
			continue
		}
		if n := m.rules[sp.p.rule].negative; n > 0 {
			i += n
			continue
		}
		r := &m.rules[sp.p.rule]
		if r.office && foreignName(toks, sp.end) || r.figure && quotedAlone(toks, i, sp.end) ||
			r.given && (personBefore(toks, i) || withModel && personName(toks, i, m.surnames)) {
			i = sp.end
			continue
		}
		k := int32(sp.p.rule*int(numFields) + int(toks[i].field))
		if r.field && m.officeCue(toks, i, sp.end, r.topic) {
			k += int32(half)
		}
		if s.counts[k] == 0 {
			s.hit = append(s.hit, k)
		}
		s.counts[k]++
		i = sp.end
	}
	slices.Sort(s.hit) // a stable order of evidence
	lastTitle := -1
	for _, k := range s.hit {
		n := int(s.counts[k])
		s.counts[k] = 0
		named := int(k) >= half
		k %= int32(half)
		r, f := &m.rules[int(k)/int(numFields)], field(int(k)%int(numFields))
		sc := r.W * cueField[f] * float64(min(n, cueCap))
		if f == fieldTitle {
			lastTitle = int(k) / int(numFields)
		} else if lastTitle == int(k)/int(numFields) {
			sc *= cueRestated
		}
		s.add(r.topic, evidence{cue: int(k) / int(numFields), field: f, n: n, score: sc, named: named}, false)
	}
}

func (m *topicMatcher) caseOK(toks []token, sp span) bool {
	r := &m.rules[sp.p.rule]
	t := toks[sp.start]
	switch {
	case t.caps:
		return true
	case r.acronym:
		return !strings.ContainsFunc(t.text, unicode.IsLower)
	case r.capFirst && !t.upper:
		return false
	}
	for k := sp.start; k < sp.end; k++ {
		if r.capWords&(1<<(k-sp.start)) != 0 && !toks[k].upper {
			return false
		}
	}
	return true
}
