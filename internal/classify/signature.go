package classify

import (
	"fmt"
	"slices"
	"strings"

	"bantin/internal/vntext"
)

// Clustering context: the places and primary topic of a story narrow what
// it can be a duplicate of. A story that names places gets one extra band
// per place and topic, so that stories on one topic in one place are always
// compared, however differently outlets word them.
const (
	ctxBandTag  = 0xFF
	maxPlaceBit = 64
)

// newCountryTrie indexes the country table; rule i is bit firstBit+i.
func newCountryTrie(voc vocab, firstBit int) (*trie, error) {
	if firstBit+len(countries) > maxPlaceBit {
		return nil, fmt.Errorf("%d provinces and %d countries exceed %d place bits",
			firstBit, len(countries), maxPlaceBit)
	}
	t := newTrie(voc)
	for i, names := range countries {
		for _, n := range strings.Split(names, "|") {
			if err := t.add(n, i, false); err != nil {
				return nil, err
			}
		}
	}
	return t, nil
}

// Signature returns the story signature of an article from its title and
// summary (see Signature, the type) with its clustering context: the
// provinces and countries they name, and the primary topic of r (the
// article's classification; may be empty). A news digest (isDigest: the
// roundups and the other digest openers) gets the empty signature: it
// stays a story of its own. ClassifySigned
// computes it with the classification, for less.
func (c *Classifier) Signature(title, summary string, r Result) Signature {
	sc := c.scratch.Get().(*scratch)
	defer c.scratch.Put(sc)
	sc.toks = sc.toks[:0]
	for f, s := range [...]string{title, summary} {
		sc.toks = c.fold.tokenizeInto(sc.toks, s, field(f), &sc.buf, c.voc)
	}
	defer sc.release()
	sc.lead = leadWork{n: len(sc.toks)}
	return c.sign(title, sc, r)
}

// sign returns the signature of the lead tokens sc.toks[:sc.lead.n] of an
// article titled title, classified r, reusing what sc.lead says was
// computed.
func (c *Classifier) sign(title string, sc *scratch, r Result) Signature {
	toks := sc.toks[:sc.lead.n]
	if isDigest(title) || isSchedule(title) || profileLead(toks) {
		return Signature{} // a digest's or a personal profile's: a story of its own
	}
	if !sc.lead.placed {
		sc.ms = c.prov.scan(toks, sc.ms[:0])
		c.leadPlaces(sc, sc.ms)
	}
	sig := Signature{places: sc.lead.places | c.markCountries(toks, sc.place), refused: sc.lead.places &^ c.taggedPlaces(r)}
	if !sc.lead.featured {
		sc.fs = features(toks, sc.fs[:0])
		if c.model != nil {
			c.model.lookup(sc.fs)
		}
	}
	sc.wf = c.weigh(toks, sc.fs, sc.place, sc.wf[:0])
	if !sig.keep(sc.wf) {
		return Signature{}
	}
	sig.nums = titleNumbers(title)
	low := lowTitle(title)
	sig.bulletin = dailyBulletin(low)
	sig.goods = bulletinGoods(low)
	sig.drawFollow = !sig.bulletin && lotteryFollow(low)
	sig.incident = titleIncidents(low)
	sig.names, sig.keys = storyNames(toks, c.words, sc.place, c.first)
	sports := len(r.Topics) > 0 && r.Topics[0].Topic == matchTopic
	if len(r.Topics) > 0 {
		sig.topic = uint8(c.topic.index[r.Topics[0].Topic] + 1)
		if sports {
			sig.match = storyMatch(toks)
			sig.match.id = sportIdentity(toks)
		}
	}
	if len(r.Topics) == 0 || !nameTopics[r.Topics[0].Topic] {
		sig.keys = 0 // the name rule's topics only (namelink.go)
	}
	if sig.day = titleDay(title, sports); sig.day == 0 { // an undated title may be a series' episode
		sig.day = episodeOf(toks)
	}
	if sig.day == 0 { // or a rubric's item
		sig.day = rubricEpisode(low)
	}
	if sig.day == 0 { // or a school's cut-off scores (cutoff.go)
		sig.day = cutoffEpisode(toks, low)
	}
	return sig
}

// markCountries returns the place bits (countryBit) of the countries
// named in toks, each ending on a capitalised word, and marks their
// tokens in place (as long as toks).
func (c *Classifier) markCountries(toks []token, place []bool) uint64 {
	var bits uint64
	capital := func(sp span) bool { t := toks[sp.end-1]; return t.upper || t.caps }
	for i := 0; i < len(toks); i++ {
		if sp, ok := c.countries.longest(toks, i, capital); ok {
			bits |= countryBit(sp.p.rule)
			for k := sp.start; k < sp.end; k++ {
				place[k] = true
			}
			i = sp.end - 1
		}
	}
	return bits
}

// leadPlaces records the places of the lead's mentions ms in sc.lead
// (kept, not weak, not waiting for confirmation) and marks the lead's
// tokens inside any mention in sc.place.
func (c *Classifier) leadPlaces(sc *scratch, ms []mention) {
	n := sc.lead.n
	sc.place = slices.Grow(sc.place[:0], n)[:n]
	clear(sc.place)
	sc.lead.places, sc.lead.placed = 0, true
	for _, m := range ms {
		if isSchool(m.rule) {
			continue // a school's name stays a name (provschools.go)
		}
		if m.dropped == "" && m.effect != ctxWeak && !m.confirm {
			sc.lead.places |= 1 << c.provBit[m.province]
		}
		for k := m.start; k < m.end; k++ {
			sc.place[k] = true
		}
	}
}

// taggedPlaces returns the place bits of r's province tags: a lead place
// outside them is one the classification refused (Signature.refused).
func (c *Classifier) taggedPlaces(r Result) uint64 {
	var bits uint64
	for _, p := range r.Provinces {
		if b, ok := c.provBit[p.Province]; ok {
			bits |= 1 << b
		}
	}
	return bits
}

// countryBit returns the place bit of country i of the countries table:
// countries take the top bits, provinces the bottom ones.
func countryBit(i int) uint64 { return 1 << (maxPlaceBit - 1 - i) }

// countryMask returns the place bits of the countries.
func countryMask() uint64 { return ^uint64(0) << (maxPlaceBit - len(countries)) }

// contextBands returns one band key per place bit, qualified by the topic.
func (s *Signature) contextBands(out []uint64) []uint64 {
	if s.topic == 0 {
		return out
	}
	for b := uint64(0); b < maxPlaceBit; b++ {
		if s.places&(1<<b) != 0 {
			out = append(out, bandKey(ctxBandTag, b<<8|uint64(s.topic)))
		}
	}
	return out
}

// scheduleOpeners open a match schedule's title ("Lịch thi đấu …", "Lịch
// trực tiếp World Cup 2026 ngày 12-7: Na Uy gặp Anh, Argentina đấu Thụy
// Sĩ"). Lower case.
var scheduleOpeners = []string{"lịch thi đấu", "lịch trực tiếp", "lịch phát sóng"}

// isSchedule reports whether the title opens like a match schedule's: a
// list of a day's or a round's matches, an item of its own by the labelled
// sets' convention (no report of one match), whose words would join it to
// one of the matches' stories and bring them together. Like a digest, it
// gets the empty story signature (sign); its topics and places are
// classified as any item's. Measured on every training-day item (i10clus12,
// BENCHMARKS.md): 2,947 pairs split, 1,858 joined by the stories that form
// instead; of 100 read, 59 right, 12 doubtful, 29 wrong, which scales to
// about 1,350 fewer wrong pairs and about 100 more right ones.
func isSchedule(title string) bool {
	t := titleHead(title)
	for _, p := range scheduleOpeners {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// titleHead is the start of a title as digest openings are matched:
// trimmed, normalised and lower case.
func titleHead(title string) string {
	return strings.ToLower(vntext.Normalize(strings.TrimSpace(title[:min(len(title), 40)])))
}

// hourAhead reports s opening with an hour of the day, "17h" or "9h:":
// "Toàn cảnh 17h: A | B" is a digest, while "Toàn cảnh 9 khu đất …" and
// "Toàn cảnh 14,7km cầu cạn …" are one story's overview.
func hourAhead(s string) bool {
	n := 0
	for n < len(s) && n < 2 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n > 0 && n < len(s) && s[n] == 'h'
}

// roundupHead reports whether t, a titleHead, opens like a news digest's
// (roundups). "Toàn cảnh" opens a digest only before its hour ("Toàn cảnh
// 17h: A | B"); "Toàn cảnh nút giao An Phú: …" is one story's overview.
func roundupHead(t string) bool {
	if rest, ok := strings.CutPrefix(t, "toàn cảnh"); ok {
		return hourAhead(strings.TrimSpace(rest))
	}
	for _, p := range roundups {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}
