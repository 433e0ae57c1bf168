package classify

import (
	"slices"
	"strings"
	"time"
)

// The incident rule: the reports of one incident written by different
// outlets share its kind and its actors' or site's names and little of
// their wording — "Chân dung nghi phạm nổ súng tại khách sạn ông Trump dự
// tiệc" and "Nóng: Có nổ súng, Mật vụ Mỹ sơ tán Tổng thống Trump" are 0.13
// alike, under the 0.26 their places ask — so they start parallel stories.
// Two stories that are not sports, published within IncidentSpan of each
// other, whose titles name one kind of incident (Signature.incident) and
// that share a rare name (storyNames) other than a foreign city
// (cityNames), need only IncidentThreshold; vetoes and linkage stay. The
// name must be rare, not new: the burst rule (burst.go) wants it bursting,
// the name rule (namelink.go) new and of one topic; here the incident kind
// in both titles, within hours, is the rest of the evidence. Measured on
// the training days (i18event, BENCHMARKS.md): 217 pairs joined, 29 split.
const (
	IncidentSpan      = 12 * time.Hour
	IncidentThreshold = 0.10
)

// cityNames are the name hashes (nameRun's) of keyPlaces, the foreign
// cities and regions that are the setting of many incidents ("Hong Kong":
// a fire's reports and an award night's that mourns its victims). "Nha
// Trang" is left out: it folds as "Nhà Trắng", the White House, and the
// Vietnamese city is a place (never a name) for the gazetteer.
var cityNames = func() map[uint16]bool {
	m := map[uint16]bool{}
	for p := range keyPlaces {
		if p == "nha trang" {
			continue
		}
		var h keyHash
		for _, w := range strings.Fields(p) {
			h.add(w)
		}
		m[uint16(h.x)|1] = true
	}
	return m
}()

// sharedIncident reports whether a (published at pa) and b (at pb)
// satisfy the incident rule, their similarity aside.
func sharedIncident(a, b *Signature, pa, pb int64) bool {
	if a.incident&b.incident == 0 || a.match.sports || b.match.sports {
		return false
	}
	if d := pa - pb; d > int64(IncidentSpan) || d < -int64(IncidentSpan) {
		return false
	}
	for _, h := range a.names {
		if h != 0 && !cityNames[h] && slices.Contains(b.names[:], h) {
			return true
		}
	}
	return false
}
