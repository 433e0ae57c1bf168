package classify

import (
	"fmt"
	"slices"
	"strings"

	"bantin/internal/model"
	"bantin/internal/vntext"
)

// placeRule is a placeEntry resolved against the catalog.
type placeRule struct {
	placeEntry
	Admin    int       // gazetteer: syllables of the administrative word that starts Text ("xã")
	Cands    []gazCand // gazetteer: the units Text may stand for
	province string    // current unit
	legacy   string    // dissolved unit named, if any
	upper    uint64    // bit k: syllable k of Text is capitalised
	dashes   uint64    // bit k: a dash stands before syllable k of Text
}

// provMatcher finds province mentions. It is immutable after newProvMatcher.
type provMatcher struct {
	places     *trie
	rules      []placeRule
	contexts   []wordSeq // keys of contextBefore words
	ctxLast    wordIndex // contexts by their last word
	voc        vocab
	surnames   map[string]bool
	given      map[string]bool     // keys of givenNames
	after      [][]string          // keys of legacyAfter
	wards      map[string][]string // ward name key → the units that have such a ward
	home       *trie               // homeCues
	schools    [][]string          // keys of institutions
	matchWords [][]string          // keys of matchWords
	sponsors   []wordSeq           // keys of clubSponsors
	results    []wordSeq           // keys of resultVerbs
	stages     []wordSeq           // keys of stageAfter
	outcomes   []wordSeq           // keys of resultAfter
	homeGround []wordSeq           // keys of homeGround
	journeys   []wordSeq           // keys of journeyVerbs
	cargo      []wordSeq           // keys of cargoVerbs
	carriers   []wordSeq           // keys of carriers
	accidents  []wordSeq           // keys of accidentWords
	roads      []wordSeq           // keys of roadWords
	ways       []wordSeq           // keys of wayWords
	works      []wordSeq           // keys of workWords
	worksLast  wordIndex           // works by their last word
	nationwide []wordSeq           // keys of nationwide
	partners   []wordSeq           // keys of partnerWords
	partnerEnd wordIndex           // partners by their last word
	allies     []wordSeq           // keys of allyWords
	affilInst  []wordSeq           // keys of affilInstitutions
	instFirst  wordIndex           // affilInst by their first word
	parents    []wordSeq           // keys of parentUniversities
	bodies     []wordSeq           // keys of nationalBodies
	meetings   []wordSeq           // keys of voterMeetings
	experts    []wordSeq           // keys of affilExperts
	students   []wordSeq           // keys of studentRoles
	patients   []wordSeq           // keys of patientWords
	athletes   []wordSeq           // keys of athleteRoles
	abroad     []wordSeq           // keys of the countries' names (countries)
	abroadHead wordIndex           // abroad by their first word
	chinaCues  []wordSeq           // keys of chinaCues
	visitors   []wordSeq           // keys of visitorWords
	homes      []wordSeq           // keys of homeWords
	groups     []wordSeq           // keys of groupWords
	missions   []wordSeq           // keys of missionWords
	deputies   []wordSeq           // keys of deputyRoles
	chinaNames []wordSeq           // keys of chinaNamesakes
	posts      []wordSeq           // keys of postHeads
	appoints   []wordSeq           // keys of appointWords
	goods      []wordSeq           // keys of goodsWords
	goodsLast  wordIndex           // goods by their last word
	legs       []wordSeq           // keys of legOpeners
	flows      []wordSeq           // keys of flowWords
	units      map[string]int      // gazetteer phrases of a word and a name → rule (unitIndex)
}

// newProvMatcher builds the matcher from the tables, checking every slug
// against the catalog.
func newProvMatcher(cat *model.Catalog, voc vocab) (*provMatcher, error) {
	m := &provMatcher{places: newTrie(voc), home: newTrie(voc), voc: voc, surnames: map[string]bool{}, given: map[string]bool{},
		wards: map[string][]string{}}
	entries, err := placeEntries(cat)
	if err != nil {
		return nil, err
	}
	for _, r := range entries {
		e := r.placeEntry
		if err := r.resolve(cat); err != nil {
			return nil, fmt.Errorf("place %q: %w", e.Text, err)
		}
		if err := m.places.add(e.Text, len(m.rules), e.Flags&flagNoFold == 0); err != nil {
			return nil, err
		}
		r.upper, r.dashes = upperMask(e.Text), dashMask(e.Text)
		m.rules = append(m.rules, r)
	}
	for i, h := range homeCues {
		if err := m.home.add(strings.TrimPrefix(h, "!"), i, true); err != nil {
			return nil, err
		}
	}
	m.units = unitIndex(m.rules)
	if err := m.addContexts(cat); err != nil {
		return nil, err
	}
	return m, nil
}

// resolve sets the current and legacy unit of a rule that names one, and
// checks every slug it names against the catalog.
func (r *placeRule) resolve(cat *model.Catalog) error {
	if r.Kind == kindNegative {
		return nil
	}
	if slugs := strings.Fields(r.Slug); len(slugs) > 1 { // a landmark two units share
		for _, slug := range slugs {
			cur, leg, err := resolve(cat, slug)
			if err != nil {
				return err
			}
			r.Cands = append(r.Cands, gazCand{province: cur, legacy: leg})
		}
	}
	if len(r.Cands) == 0 {
		var err error
		r.province, r.legacy, err = resolve(cat, r.Slug)
		return err
	}
	for _, c := range r.Cands {
		if p, ok := cat.Province(c.province); !ok || p.Legacy() {
			return fmt.Errorf("gazetteer: %q is not a current unit", c.province)
		}
		if p, ok := cat.Province(c.legacy); c.legacy != "" && (!ok || p.Successor != c.province) {
			return fmt.Errorf("gazetteer: %q is not a former unit of %s", c.legacy, c.province)
		}
	}
	if len(r.Cands) == 1 {
		r.province, r.legacy = r.Cands[0].province, r.Cands[0].legacy
	}
	return nil
}

// placeEntries lists the catalog's names (unless the tables spell the same
// name with flags), the spellings, the curated places, the gazetteer of
// communes, wards and former districts, and the negatives.
func placeEntries(cat *model.Catalog) ([]placeRule, error) {
	listed := map[string]bool{}
	for _, e := range provinceNames {
		listed[vntext.Key(e.Text)] = true
	}
	var entries []placeEntry
	for _, p := range cat.Provinces() {
		if !listed[vntext.Key(p.Name)] {
			entries = append(entries, placeEntry{Text: p.Name, Slug: p.Slug, Kind: kindName})
		}
	}
	entries = append(entries, provinceNames...)
	entries = append(entries, gazetteer...)
	entries = append(entries, moreLandmarks...)
	entries = append(entries, landmarks19...)
	entries = append(entries, landmarks21...)
	entries = append(entries, landmarks23...)
	entries = append(entries, landmarks25...)
	entries = append(entries, recallPlaces20...)
	entries = append(entries, recallPlaces21...)
	entries = append(entries, passes23...)
	entries = append(entries, formerLandmarks...)
	entries = append(entries, formerLandmarks19...)
	entries = append(entries, formerLandmarks21...)
	entries = append(entries, formerLandmarks22...)
	entries = append(entries, schools...)
	for _, n := range slices.Concat(negatives, moreNegatives) {
		entries = append(entries, placeEntry{Text: n, Kind: kindNegative})
	}
	known := map[string]bool{}
	for _, e := range entries {
		known[vntext.Key(e.Text)] = true
	}
	gaz, err := gazetteerEntries(known)
	if err != nil {
		return nil, err
	}
	rules := make([]placeRule, 0, len(entries)+len(gaz))
	for _, e := range entries {
		rules = append(rules, placeRule{placeEntry: e})
	}
	return append(rules, gaz...), nil
}

// addContexts loads the context words, surnames, legacy markers and wards.
func (m *provMatcher) addContexts(cat *model.Catalog) error {
	for _, c := range contextBefore {
		var ws wordSeq
		for _, k := range keys(c.Words) {
			ws = append(ws, phraseWord{key: k, fold: vntext.Fold(k)})
		}
		m.contexts = append(m.contexts, ws)
	}
	m.ctxLast = indexLast(m.voc, m.contexts)
	for _, s := range surnames {
		m.surnames[vntext.Key(s.Name)] = s.InCaps
	}
	for _, g := range givenNames {
		m.given[vntext.Key(g)] = true
	}
	for _, w := range institutions {
		m.schools = append(m.schools, keys(w))
	}
	for _, w := range matchWords {
		m.matchWords = append(m.matchWords, keys(w))
	}
	m.addPhraseLists()
	for _, a := range legacyAfter {
		m.after = append(m.after, keys(a))
	}
	for _, w := range wardHomes {
		k := joinKeys(keys(w.Name))
		m.wards[k] = []string{}
		for _, slug := range strings.Fields(w.Slugs) {
			if _, _, err := resolve(cat, slug); err != nil {
				return fmt.Errorf("ward %q: %w", w.Name, err)
			}
			m.wards[k] = append(m.wards[k], slug)
		}
	}
	return nil
}

// addPhraseLists loads the phrase lists the province rules read (keys of
// each list's phrases) and the indexes of those checked by one word
// (wordIndex).
func (m *provMatcher) addPhraseLists() {
	for _, t := range []struct {
		to    *[]wordSeq
		words []string
	}{{&m.results, resultVerbs}, {&m.stages, stageAfter}, {&m.outcomes, resultAfter}, {&m.homeGround, homeGround}, {&m.journeys, journeyVerbs}, {&m.cargo, cargoVerbs}, {&m.carriers, carriers}, {&m.accidents, accidentWords}, {&m.roads, roadWords}, {&m.ways, wayWords}, {&m.works, workWords}, {&m.nationwide, nationwide}, {&m.sponsors, clubSponsors}, {&m.partners, partnerWords}, {&m.allies, allyWords},
		{&m.affilInst, affilInstitutions}, {&m.parents, parentUniversities}, {&m.bodies, nationalBodies}, {&m.meetings, voterMeetings}, {&m.experts, affilExperts}, {&m.students, studentRoles}, {&m.patients, patientWords}, {&m.athletes, athleteRoles},
		{&m.chinaNames, chinaNamesakes}, {&m.deputies, deputyRoles}, {&m.visitors, visitorWords}, {&m.homes, homeWords}, {&m.groups, groupWords}, {&m.missions, missionWords}, {&m.chinaCues, chinaCues},
		{&m.posts, postHeads}, {&m.appoints, appointWords}, {&m.goods, goodsWords}, {&m.legs, legOpeners}, {&m.flows, flowWords}} {
		for _, w := range t.words {
			*t.to = append(*t.to, phraseKeys(w))
		}
	}
	for _, c := range countries {
		for _, n := range strings.Split(c, "|") {
			m.abroad = append(m.abroad, phraseKeys(n))
		}
	}
	m.goodsLast, m.worksLast, m.partnerEnd = indexLast(m.voc, m.goods), indexLast(m.voc, m.works), indexLast(m.voc, m.partners)
	m.instFirst, m.abroadHead = indexFirst(m.voc, m.affilInst), indexFirst(m.voc, m.abroad)
}

// scan appends the place mentions of toks to ms.
func (m *provMatcher) scan(toks []token, ms []mention) []mention {
	first := len(ms)
	for i := 0; i < len(toks); {
		if !m.places.starts(toks, i) { // the common case, without a call
			i++
			continue
		}
		sp, ok := m.places.longest(toks, i, func(sp span) bool {
			return m.caseOK(toks, sp) && dashesOK(toks, sp, m.rules[sp.p.rule].dashes) && !m.afterDirection(toks, sp.start)
		})
		if !ok {
			i++
			continue
		}
		if m.longerAfter(toks, sp) {
			i = sp.end - 1 // "khu Đông Hà Nội": read Hà Nội
			continue
		}
		r := &m.rules[sp.p.rule]
		if r.Kind != kindNegative {
			mt := m.judge(toks, sp, r)
			if mt.dropped == "" && len(ms) > 0 && listedAfter(toks, ms[len(ms)-1], sp.start, r.Kind != kindPlace || r.Admin > 0) {
				prev := &ms[len(ms)-1]
				mt.dropped, mt.effect = strings.TrimSuffix(prev.dropped, ", listed with it")+", listed with it", prev.effect
			}
			if mt.dropped == "" && mt.effect == 0 {
				if c := m.routeContext(toks, sp.start, lastOf(ms[first:])); c != "" {
					mt.effect, mt.context = ctxRoute, c
				}
			}
			mt.start, mt.end = sp.start, sp.end
			ms = append(ms, mt)
		}
		i = sp.end
	}
	m.passing(toks, ms[first:])
	m.namesInNames(toks, ms[first:])
	otherProvinceUnits(toks, ms[first:])
	formerWards(toks, ms[first:])
	return ms
}
