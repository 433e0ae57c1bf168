package classify

import (
	"slices"
	"strings"
	"time"
)

// The name rule: the reports of one case or incident worded apart share
// little but its actors' names — a suspect's, a company's, a victim's —
// and stay under every pair threshold ("Bắt chủ đầu tư dự án khu đô thị
// Ruby City…" and "Giám đốc Bất động sản Kiên Cường Phát bị bắt" are
// under 0.25 alike). Two stories of one primary topic among nameTopics
// published within NameSpan of each other that share a key name (keyName)
// need only NameThreshold; vetoes and linkage stay. A key name is no key
// at a newcomer's publication when more than nameMaxItems indexed stories
// carried it in the NameSpan before, or any in the NameNovelSpan before
// that (MemIndex.nameKeys): a name in the news for days is a subject (a
// minister, a company, a film), not one event's. Measured on the training
// days (i17namelink, BENCHMARKS.md): 82 pairs joined, 5 split.
const (
	NameSpan      = 12 * time.Hour
	NameNovelSpan = 144 * time.Hour
	NameThreshold = 0.05
	nameMaxItems  = 12
	keyRarity     = sigNameRarity + 1 // above sigRarityBase
	keyMinWords   = 2
)

// nameTopics are the primary topics whose stories carry key names: news,
// law, security and the world, where a name is an event's actor. Elsewhere
// (culture, business, sports, science, politics) the same names recur in
// different stories: a singer's, a carmaker's, a minister's.
var nameTopics = map[string]bool{"xa-hoi": true, "phap-luat": true, "quoc-phong-an-ninh": true, "the-gioi": true}

// keyHeads are the first syllables (capitalised, as names are written)
// of names that stand for an institution, an office or an occasion rather
// than one event's actor ("Bộ Ngoại giao", "Cục An toàn thực phẩm",
// "Quốc hội", "Nhà Trắng", "Tết Nguyên đán", "Giáng sinh"): such a name is
// no key name.
var keyHeads = map[string]bool{
	"Bộ": true, "Sở": true, "Cục": true, "Viện": true, "Ban": true, "Ủy": true, "Uỷ": true, "Tòa": true, "Toà": true,
	"Hội": true, "Đại": true, "Trường": true, "Học": true, "Thủ": true, "Tổng": true, "Chủ": true, "Phó": true,
	"Tập": true, "Công": true, "Ngân": true, "Quốc": true, "Đảng": true, "Chánh": true, "Nhà": true, "Liên": true,
	"Tết": true, "Lễ": true, "Giải": true, "Giáng": true, "Năm": true, "Ngày": true, "Đêm": true, "Mùa": true,
}

// keyPlaces are foreign cities and regions that world news names as
// Vietnamese news names its provinces (folded syllables): the setting of
// many events, not one event's name.
var keyPlaces = map[string]bool{
	"new york": true, "los angeles": true, "san francisco": true, "washington dc": true, "phnom penh": true,
	"bac kinh": true, "thuong hai": true, "dai bac": true, "hong kong": true, "kuala lumpur": true, "tel aviv": true,
	"new delhi": true, "buenos aires": true, "thai binh duong": true, "dai tay duong": true, "trung dong": true,
	"chau au": true, "chau a": true, "chau phi": true, "dong nam a": true, "bien dong": true, "nha trang": true,
}

// keyName reports whether the name toks[i:j], of rarity r above
// sigRarityBase, is a key name: r at least keyRarity, at least keyMinWords
// syllables besides its qualifiers, none inside a place name (place), not
// opening with one of keyHeads, not one of keyPlaces.
func keyName(toks []token, i, j int, place []bool, r float64) bool {
	if r < keyRarity {
		return false
	}
	words := 0
	for k := i; k < j; k++ {
		if k < len(place) && place[k] {
			return false
		}
		if nameQualifiers[toks[k].fold] || inAgeGroup(toks, k) {
			continue
		}
		if words == 0 && keyHeads[toks[k].text] {
			return false
		}
		words++
	}
	return words >= keyMinWords && !keyPlaces[foldedName(toks, i, j)]
}

// foldedName returns the folded syllables of toks[i:j], joined by spaces.
func foldedName(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].fold)
	}
	return b.String()
}

// anyKey is the key mask of a lookup, which does not yet know which key
// names are keys at the newcomer's publication: every one may be (walker).
const anyKey uint8 = 1<<sigNames - 1

// pairThreshold is burstThreshold for a newcomer a published at pa and an
// indexed story b published at pb, lowered to NameThreshold when they
// share a key name (sharedKey; keys: the key names of a that are keys at
// pa), else to IncidentThreshold under the incident rule (sharedIncident),
// or to IncidentContextThreshold when the pair already needed no more than
// IncidentThreshold (incidentInContext), else to KindFactor of itself
// under the kind rule (kindThreshold). Vetoes stay.
func pairThreshold(a, b *Signature, pa, pb int64, burst, keys uint8) float64 {
	t := burstThreshold(a, b, pa, pb, burst)
	if t < clusterNever && NameThreshold < t && sharedKey(a, b, pa, pb, keys) {
		return NameThreshold
	}
	if t < clusterNever && IncidentThreshold < t && sharedIncident(a, b, pa, pb) { // incidentlink.go
		return IncidentThreshold
	}
	if incidentInContext(a, b, pa, pb, t) { // incidentcontext.go
		return IncidentContextThreshold
	}
	return kindThreshold(a, b, pa, pb, t) // kindjoin.go
}

// sharedKey reports whether b carries as a key name one of a's key names
// that keys marks, a and b being of one primary topic (keys are only
// signed for nameTopics) and published within NameSpan of each other.
func sharedKey(a, b *Signature, pa, pb int64, keys uint8) bool {
	keys &= a.keys
	if keys == 0 || b.keys == 0 || a.topic == 0 || a.topic != b.topic {
		return false
	}
	if d := pa - pb; d > int64(NameSpan) || d < -int64(NameSpan) {
		return false
	}
	for i, h := range a.names {
		if keys&(1<<i) == 0 {
			continue
		}
		if k := slices.Index(b.names[:], h); k >= 0 && b.keys&(1<<k) != 0 {
			return true
		}
	}
	return false
}

// nameKeys returns which key names of sig (bit i for sig.names[i]) are
// keys at pub: carried by at most nameMaxItems indexed stories published
// in the NameSpan before pub and by none in the NameNovelSpan before that.
// It walks the name's band chain (newest insertion first, at most
// maxChainWalk entries, up to the first published chainSlack before the
// spans), as burstNames does. The caller holds x.mu.
func (x *MemIndex) nameKeys(sig *Signature, pub int64) uint8 {
	var out uint8
	since := pub - int64(NameSpan)
	novel := since - int64(NameNovelSpan)
	for i, h := range sig.names {
		if sig.keys&(1<<i) == 0 {
			continue
		}
		e, ok := x.head[bandKey(nameBandTag, uint64(h))]
		recent, old := 0, 0
		for n := 0; ok && e >= 0 && n < maxChainWalk && recent <= nameMaxItems && old == 0; n++ {
			switch p := x.pub[x.chain[e].owner]; {
			case p < novel-int64(chainSlack):
				n = maxChainWalk // older than the spans
			case p > pub:
			case p >= since:
				recent++
			case p >= novel:
				old++
			}
			e = x.chain[e].next
		}
		if recent <= nameMaxItems && old == 0 {
			out |= 1 << i
		}
	}
	return out
}
