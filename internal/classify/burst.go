package classify

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The burst rule: the reports of a breaking incident (a fire, an
// explosion, a shooting, a raid, a crash, a murder) share its name and its
// kind and little else — "Không phận Venezuela vắng tanh giữa đòn tập kích"
// and "Mỹ đột kích Venezuela, tuyên bố bắt Tổng thống Maduro" are 0.06
// alike — so many of them reach no earlier report and start parallel
// stories. Two non-sports stories published within BurstSpan of each
// other whose titles name one kind of incident (Signature.incident) and
// that share a rare name which is bursting when the later one arrives
// need only BurstFactor times their pair threshold. A name bursts when at
// least burstMin indexed stories carrying it were published in the
// burstRecent before the newcomer, at least as many as in the
// ClusterWindow before those (MemIndex.burstNames): a name that has been
// in the news all week (a war, a storm, a trial) does not burst, so the
// next strike of a long war keeps its own story. Linkage (LinkFloor, the
// majority rule) is unchanged. Measured on the training days (i16burst,
// BENCHMARKS.md): 136 pairs joined, 33 split; 40 of 40 joins drawn one
// event, 1 of the 33 splits another event.
const (
	BurstSpan   = 24 * time.Hour
	BurstFactor = 0.6
	burstRecent = 12 * time.Hour
	burstMin    = 4
)

// The kinds of incident of Signature.incident: one bit each.
const (
	incidentFire uint8 = 1 << iota
	incidentBlast
	incidentShooting
	incidentAttack
	incidentCrash
	incidentCrime
	incidentAll uint8 = 1<<iota - 1
)

// incidentWords are the title words of each kind of incident, lower case.
// Storms, floods and death tolls are left out: they are long-running
// subjects whose day-to-day items are different stories (i16burst).
var incidentWords = [...]struct {
	kind uint8
	cues []string
}{
	{incidentFire, []string{"cháy", "hỏa hoạn", "hoả hoạn", "biển lửa"}},
	{incidentBlast, []string{"vụ nổ", "phát nổ", "tiếng nổ", "nổ lớn", "gây nổ", "nổ tung", "cháy nổ"}},
	{incidentShooting, []string{"nổ súng", "xả súng", "tay súng", "ám sát", "bắn chết", "trúng đạn", "vụ bắn"}},
	{incidentAttack, []string{"tấn công", "tập kích", "đột kích", "không kích", "pháo kích", "đánh bom", "ném bom", "khủng bố", "oanh tạc"}},
	{incidentCrash, []string{"sập", "tai nạn", "lật xe", "va chạm", "máy bay rơi", "rơi máy bay", "chìm", "trật bánh", "đắm"}},
	{incidentCrime, []string{"sát hại", "giết", "án mạng", "bắt cóc", "cướp", "đâm chết", "truy sát"}},
}

// incidentIdioms are phrases whose incident word names no incident —
// "cháy vé" (sold out), "Bãi Cháy" (a place), "phòng cháy chữa cháy" (fire
// prevention), "sập bẫy" (falls into a trap), "giết mổ" (slaughter),
// "oanh tạc cơ" (a bomber), "BTC sập" / "sập giá" / "sập sàn" (prices
// fall), "sập nguồn" (worn out), "hang Đá Sập" (a place), "nguy cơ tai
// nạn" (a risk, not the accident), "chìm trong" (sunk in water, cold,
// debt: "chìm trong nước", "chìm trong rét đậm") — blanked, whole words
// only, before the cues are looked for, unless the word right after the
// phrase is one of literal: then the phrase is the incident itself
// ("cháy hàng chục căn nhà", tens of houses burn; "cháy phòng trọ", a
// rented room burns; "chìm trong đêm", sinks at night). Lower case; a
// longer phrase before one it contains. moveAbroad reads them too
// (topicabroad.go).
var incidentIdioms = [...]struct {
	phrase  string
	literal []string
}{
	{"cháy vé", nil},
	{"cháy hàng", []string{"chục", "trăm", "nghìn", "ngàn", "loạt", "quán", "hóa", "hoá", "xóm"}},
	{"cháy phòng", []string{"trọ", "karaoke", "hát", "ngủ", "học", "khám", "bệnh", "máy", "kho", "làm"}},
	{"cháy tour", nil},
	{"cháy túi", nil},
	{"cháy nắng", nil},
	{"cháy máy", []string{"bay", "phát", "xúc", "cày", "gặt", "giặt", "lạnh", "bơm", "móc"}},
	{"cháy hết mình", nil},
	{"bãi cháy", nil},
	{"phòng cháy chữa cháy", nil},
	{"phòng cháy, chữa cháy", nil},
	{"phòng cháy nổ", nil},
	{"phòng cháy", []string{"rụi", "trụi", "đen", "sạch", "lớn", "dữ"}},
	{"sập bẫy", nil},
	{"giết mổ", nil},
	{"oanh tạc cơ", nil},
	{"btc sập", nil},
	{"bitcoin sập", nil},
	{"sập giá", nil},
	{"sập sàn", nil},
	{"sập nguồn", nil},
	{"đá sập", nil},
	{"nguy cơ tai nạn", nil},
	{"nguy cơ gây tai nạn", nil},
	{"nguy cơ cháy nổ", nil},
	{"nguy cơ cháy", nil},
	{"nguy cơ hỏa hoạn", nil},
	{"nguy cơ hoả hoạn", nil},
	{"nguy cơ đổ sập", nil},
	{"nguy cơ sập", nil},
	{"nguy cơ khủng bố", nil},
	{"chìm trong", []string{"hải", "tập", "vụ", "lúc", "khi", "đêm", "sáng", "chiều", "tối"}},
}

// titleIncidents returns the kinds of incident a lower-case title (lowTitle)
// names, each cue a whole word or phrase, idioms left out (blankIdioms),
// and a cue quoted on its own too, but for quotedLiteral's: "giá vàng
// 'sập' mạnh", "ruồi nhặng 'tấn công'", "'cháy' hết mình" use the word
// figuratively.
func titleIncidents(low string) uint8 {
	low = blankIdioms(low)
	var kinds uint8
	for _, k := range incidentWords {
		if slices.ContainsFunc(k.cues, func(w string) bool { return hasUnquoted(low, w) }) {
			kinds |= k.kind
		}
	}
	return kinds
}

// quotedLiteral are the cues that stay incidents quoted on their own: a
// title quotes "bắt cóc" as someone's word for an abduction and "đột
// kích" for a police raid.
var quotedLiteral = []string{"bắt cóc", "đột kích"}

// hasUnquoted reports whether w occurs in t as a whole word or phrase
// (phraseIndex) not quoted on its own (a quote mark right before it and
// right after it), or quoted if w is one of quotedLiteral.
func hasUnquoted(t, w string) bool {
	if slices.Contains(quotedLiteral, w) {
		return phraseIndex(t, w, 0) >= 0
	}
	for k := phraseIndex(t, w, 0); k >= 0; k = phraseIndex(t, w, k+1) {
		before, _ := utf8.DecodeLastRuneInString(t[:k])
		after, _ := utf8.DecodeRuneInString(t[k+len(w):])
		if !quoteMarks[before] || !quoteMarks[after] {
			return true
		}
	}
	return false
}

// quoteMarks are the quote marks titles put around a word used figuratively.
var quoteMarks = map[rune]bool{'\'': true, '"': true, '‘': true, '’': true, '“': true, '”': true}

// blankIdioms returns low with each whole-word occurrence of an
// incidentIdioms phrase not followed by one of its literal words replaced
// by as many spaces.
func blankIdioms(low string) string {
	for _, id := range incidentIdioms {
		for k := phraseIndex(low, id.phrase, 0); k >= 0; k = phraseIndex(low, id.phrase, k+1) {
			end := k + len(id.phrase)
			if !slices.Contains(id.literal, nextWord(low[end:])) {
				low = low[:k] + strings.Repeat(" ", len(id.phrase)) + low[end:]
			}
		}
	}
	return low
}

// nextWord returns the word that follows s's leading spaces, "" when s
// does not start with a space (a quote or a comma ends the phrase).
func nextWord(s string) string {
	t := strings.TrimLeft(s, " ")
	if len(t) == len(s) {
		return ""
	}
	if end := strings.IndexFunc(t, func(r rune) bool { return !wordRune(r) }); end >= 0 {
		return t[:end]
	}
	return t
}

// phraseIndex returns the index of the first occurrence of w in t at or
// after from (a byte offset) with no letter or digit right before or
// after it, or -1.
func phraseIndex(t, w string, from int) int {
	for i := from; i <= len(t); {
		k := strings.Index(t[i:], w)
		if k < 0 {
			return -1
		}
		k += i
		before, _ := utf8.DecodeLastRuneInString(t[:k])
		after, _ := utf8.DecodeRuneInString(t[k+len(w):])
		if (k == 0 || !wordRune(before)) && (k+len(w) == len(t) || !wordRune(after)) {
			return k
		}
		i = k + 1
	}
	return -1
}

// wordRune reports a letter or a digit.
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// anyBurst is the burst mask of a lookup, which does not yet know which
// names burst: every name may (walker), so that no pair the burst rule may
// join is left out of the hits.
const anyBurst uint8 = 1<<sigNames - 1

// burstThreshold is matchThreshold for a newcomer a published at pa and an
// indexed story b published at pb, when bit i of burst says a.names[i]
// is bursting: BurstFactor times the threshold for a pair that satisfies
// the burst rule (burstPair); vetoes stay.
func burstThreshold(a, b *Signature, pa, pb int64, burst uint8) float64 {
	t := matchThreshold(a, b, pa, pb)
	if t < clusterNever && burstPair(a, b, pa, pb, burst) {
		return t * BurstFactor
	}
	return t
}

// burstPair reports whether a (published at pa, bursting names burst) and
// b (at pb) satisfy the burst rule: neither a sports story, within
// BurstSpan, one kind of incident in both titles and a bursting name of a
// that b carries too.
func burstPair(a, b *Signature, pa, pb int64, burst uint8) bool {
	if burst == 0 || a.incident&b.incident == 0 || a.match.sports || b.match.sports {
		return false
	}
	if d := pa - pb; d > int64(BurstSpan) || d < -int64(BurstSpan) {
		return false
	}
	for i, h := range a.names {
		if h != 0 && burst&(1<<i) != 0 && slices.Contains(b.names[:], h) {
			return true
		}
	}
	return false
}

// burstNames returns which names of sig (bit i for sig.names[i]) are
// bursting at pub: carried by at least burstMin indexed stories published
// in the burstRecent before pub, and by no more in the ClusterWindow
// before that. It looks at the name's band chain (the members indexed
// under the name, newest insertion first; at most maxChainWalk of them,
// up to the first published chainSlack before the window, as walker
// does); 0 when sig names no incident, since the rule needs one. The
// caller holds x.mu.
func (x *MemIndex) burstNames(sig *Signature, pub int64) uint8 {
	if sig.incident == 0 || sig.match.sports {
		return 0
	}
	var out uint8
	from := pub - int64(burstRecent)
	since := from - int64(ClusterWindow)
	for i, h := range sig.names {
		e, ok := x.head[bandKey(nameBandTag, uint64(h))]
		if h == 0 || !ok {
			continue
		}
		recent, before := 0, 0
		for n := 0; e >= 0 && n < maxChainWalk; n++ {
			switch p := x.pub[x.chain[e].owner]; {
			case p < since-int64(chainSlack):
				n = maxChainWalk // older than the window, as walker stops
			case p > pub:
			case p >= from:
				recent++
			case p >= since:
				before++
			}
			e = x.chain[e].next
		}
		if recent >= burstMin && recent >= before {
			out |= 1 << i
		}
	}
	return out
}
