package classify

import "strings"

// A cadre's former post (i11prov16, issue 9): a reshuffle names the post a
// person leaves beside the one they take — "ông A, Bí thư Tỉnh ủy Cao
// Bằng, giữ chức Bí thư Tỉnh ủy Quảng Ninh", "đại tá B, Phó giám đốc Công
// an TP Đà Nẵng, được điều động, bổ nhiệm giữ chức Phó giám đốc Công an
// tỉnh Quảng Ngãi". The story is the new post's province; the old one is
// where the person comes from, as a traveller's origin is. The old
// province is still tagged when the text names it otherwise (a farewell
// held there: "Tỉnh ủy Cao Bằng công bố quyết định …").

// postHeads name a post in a province's party committee, government,
// police, army command, procuracy or court, right before the body's name.
var postHeads = []string{"bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc",
	"viện trưởng", "phó viện trưởng", "chủ nhiệm", "phó chủ nhiệm", "chỉ huy trưởng", "phó chỉ huy trưởng",
	"chính ủy", "trưởng ban", "phó trưởng ban", "chánh án", "phó chánh án"}

// appointWords move the person to the new post.
var appointWords = []string{"giữ chức", "điều động làm", "bổ nhiệm làm", "chỉ định làm", "bầu làm"}

// Reach of formerPosts, in tokens: from the post's head to the place (the
// body's name between, "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Cà Mau"),
// from the place to the appointment (the decision between, "đã được Ban
// Bí thư điều động, chỉ định giữ chức"), and from the appointment to the
// new post's place.
const (
	postReach    = 10
	appointReach = 12
	newPostReach = 14
)

// formerPosts refuses, among ms (the mentions of toks, in order), a place
// that ends a person's post (postHeads) and is followed in its sentence by
// an appointment (appointWords) to a post in another province, which the
// text names: the post the person leaves.
//
// Only the title and summary are read (what the rule was measured on):
// in a body, a reshuffle's old posts are background the aggregate weighs
// little, and searching a body's every mention cost a tenth of the
// classifier's time.
func (m *provMatcher) formerPosts(toks []token, ms []mention) {
	if len(ms) < 2 || !m.anyAppointment(toks) {
		return // most texts: no appointment, or no second place to move to
	}
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.province == "" || mt.field == fieldBody {
			continue
		}
		// The appointment first: it is rare, and the post's heads are many.
		k := m.appointAfter(toks, mt.end)
		if k < 0 || !m.postBefore(toks, mt.start) {
			continue
		}
		for j := i + 1; j < len(ms); j++ {
			nx := ms[j]
			if nx.start >= k+newPostReach || nx.field != mt.field || sentenceBreak(toks, k, nx.start) {
				break
			}
			if nx.start > k && nx.dropped == "" && nx.province != "" && nx.province != mt.province {
				mt.dropped = "a cadre's former post (… " + mt.text + ", " + toks[k].text + " " + toks[k+1].text + " … " + nx.text + ")"
				break
			}
		}
	}
}

// postBefore reports a post's head (postHeads) at most postReach words
// before toks[i], in the same clause: the words between join by spaces.
func (m *provMatcher) postBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-postReach; j-- {
		if !joinable(toks, j+1) {
			return false
		}
		for _, ks := range m.posts {
			if phraseAt(toks, j, ks) && j+len(ks) <= i {
				return true
			}
		}
	}
	return false
}

// anyAppointment reports whether the title or summary of toks holds an
// appointment (appointWords): one pass that spares most texts
// formerPosts' per-mention search.
func (m *provMatcher) anyAppointment(toks []token) bool {
	for k := range toks {
		if toks[k].field == fieldBody {
			return false // the body follows the title and summary
		}
		for _, ks := range m.appoints {
			if toks[k].fold == ks[0].fold && phraseAt(toks, k, ks) {
				return true
			}
		}
	}
	return false
}

// appointAfter returns where an appointment (appointWords) starts at most
// appointReach words after toks[i] in the same sentence, -1 if none. An
// appointment is two words or more (formerPosts names the first two).
func (m *provMatcher) appointAfter(toks []token, i int) int {
	for k := i; k < len(toks) && k < i+appointReach; k++ {
		if k > i && (toks[k].first || sentenceBreak(toks, k-1, k)) {
			return -1
		}
		for _, ks := range m.appoints {
			if len(ks) >= 2 && phraseAt(toks, k, ks) && !(k+2 < len(toks) && toks[k+2].fold == "nang" && joinable(toks, k+2)) {
				return k // not "giữ chức năng": to keep a function
			}
		}
	}
	return -1
}

// sentenceBreak reports a sentence's end between toks[a] and toks[b]: a
// full stop followed by a space, or ";", "!", "?".
func sentenceBreak(toks []token, a, b int) bool {
	for k := a + 1; k <= b && k < len(toks); k++ {
		g := toks[k].gap
		if toks[k].first || strings.ContainsAny(g, ";!?") || strings.Contains(g, ".") && strings.ContainsAny(g, " \u00a0") {
			return true
		}
	}
	return false
}
