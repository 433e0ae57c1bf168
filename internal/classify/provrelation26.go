package classify

import "strings"

// A place the lead names only as the far end of a relation (issue 9, real
// news; i16prov26): where people, planes or flights come from ("nghệ nhân
// nấu phở từ TP.HCM và Hà Nội có mặt ở … Hòa Thịnh", "Boeing 787 … từ Nội
// Bài đáp Tân Sơn Nhất"), what a place is compared with ("ngang tầm với Đà
// Lạt"). When the title or a place word puts the story in another
// province, such a place is not a second place of the story. The class was
// found by measuring precision by evidence (BENCHMARKS.md, the sixteenth
// session): a province named once, bare, in the lead, under a title that
// names another, was right in 11 of 40 fresh training-day tags; after
// "từ" or "với" it was right in none of the judged ones. "vào X" (where
// people or goods go) is left alone, as often the story's place as not;
// so are "cùng với X" (a peer of the subject), "nối A với X" (a link's
// two ends), "đối với X, …" (a topic: what the sentence tells of X; see
// withOpens), "hợp tác với X" (a party to the story), a range's first end
// ("từ X đến …", "từ X trở vào") and the origin of what is carried (see
// farEnds).

// withOpens are the words that, right before "với", make the place after
// it no far end (folded form, written form): a peer ("cùng với X"), a topic
// ("đối với X", "riêng với X", "còn với X": what the sentence goes on to
// tell of X). "Với X, …" opening a sentence is a topic too.
var withOpens = [][2]string{{"cung", "cùng"}, {"doi", "đối"}, {"rieng", "riêng"}, {"con", "còn"}}

// allyWords are the verbs that, right before "với", make the place after
// it a party to what the story reports ("hợp tác với X", "phối hợp với X",
// "ký kết với X", "kết nghĩa với X", "làm việc với X": a meeting's other
// side), not its far end.
var allyWords = []string{"hợp tác", "phối hợp", "ký kết", "kết nghĩa", "làm việc"}

// relationEnds refuses, among ms (the mentions of toks, in order), a
// province whose every kept mention is a relation's far end in the lead:
// a bare mention (no context word) right after a relation word, or listed
// right after such a mention ("từ TP.HCM và Hà Nội"), not followed by a
// range word or a dash. It is refused only when another province has a
// kept mention in the title or after a place word (tại, ở, tỉnh …), and
// only when it has no kept mention of another kind (the title's own
// places, a second mention, a place word) itself.
func (m *provMatcher) relationEnds(toks []token, ms []mention) {
	refuseMarked(ms, m.farEnds(toks, ms), func(i int) string {
		return "a relation's far end (" + toks[ms[i].start-1].text + " " + ms[i].text + "); the title or a place word puts the story in another province"
	})
}

// refuseMarked refuses, among ms, the marked mentions (marks: indices of
// ms) of a province that has no unmarked kept mention, when another
// province has an unmarked kept mention in the title or after a place
// word; why gives the refusal's reason for mention i. marks may be nil.
func refuseMarked(ms []mention, marks map[int]bool, why func(i int) string) {
	if len(marks) == 0 {
		return
	}
	other := map[string]bool{}  // provinces with a kept mention that is not marked
	placed := map[string]bool{} // provinces the title or a place word names
	for i := range ms {
		if ms[i].dropped == "" && !marks[i] {
			other[ms[i].province] = true
			if ms[i].field == fieldTitle || ms[i].effect == ctxStrong {
				placed[ms[i].province] = true
			}
		}
	}
	for i := range ms {
		p := ms[i].province
		if !marks[i] || other[p] || !elsewhere(placed, p) {
			continue
		}
		ms[i].dropped = why(i)
	}
}

// elsewhere reports a province other than p among placed.
func elsewhere(placed map[string]bool, p string) bool {
	for q := range placed {
		if q != p {
			return true
		}
	}
	return false
}

// farEnds marks the kept bare lead mentions of ms that are a relation's
// far end, and the mentions listed right after one. What is carried from
// a place and a road's end are not (carriedOrRoad, as for journeysOn):
// the tests' convention keeps them ("Trái tim được chuyển từ Cần Thơ về
// bệnh viện ở TP.HCM" is a story of both).
func (m *provMatcher) farEnds(toks []token, ms []mention) map[int]bool {
	var far map[int]bool // nil (no allocation) for nearly every article
	for i := 0; i < len(ms); i++ {
		mt := ms[i]
		if mt.dropped != "" || mt.effect != 0 || mt.field != fieldSummary || mt.start < 1 ||
			!joinable(toks, mt.start) || !m.relationBefore(toks, mt.start) || m.carriedOrRoad(toks, mt.start-1) {
			continue
		}
		last := i
		for last+1 < len(ms) && ms[last+1].dropped == "" && ms[last+1].effect == 0 && listed(toks, ms[last], ms[last+1].start) {
			last++
		}
		if rangeAfter(toks, ms[last].end) {
			i = last
			continue
		}
		if far == nil {
			far = map[int]bool{}
		}
		for j := i; j <= last; j++ {
			far[j] = true
		}
		i = last
	}
	return far
}

// relationBefore reports a relation word right before toks[i] (i ≥ 1):
// "từ", or "với" that is neither a peer's, a topic's or an ally's
// (withBefore) nor a link's other end ("kết nối A với X": linkBefore).
func (m *provMatcher) relationBefore(toks []token, i int) bool {
	if wordIs(toks, i-1, "voi", "với") {
		return !m.withBefore(toks, i-1) && !linkBefore(toks, i-1)
	}
	return wordIs(toks, i-1, "tu", "từ")
}

// withBefore reports, for "với" at toks[k], that it opens its sentence
// ("Với Đà Nẵng, …": a topic) or follows, in the sentence, a word of
// withOpens or a verb of allyWords.
func (m *provMatcher) withBefore(toks []token, k int) bool {
	if sentenceStart(toks, k) {
		return true
	}
	for _, w := range withOpens {
		if wordIs(toks, k-1, w[0], w[1]) {
			return true
		}
	}
	return m.phraseEndsAt(toks, k-1, m.allies)
}

// linkBefore reports "nối" (kết nối, nối) at most eight words before
// toks[k], in one sentence: "kết nối Thành Đô (Trung Quốc) với X".
func linkBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if toks[j].fold == "noi" && keyEqual(toks, j, "nối") {
			return true
		}
		if toks[j].first || strings.ContainsAny(toks[j].gap, ".;:!?") {
			return false
		}
	}
	return false
}

// rangeAfter reports "đến", "tới", a dash or "trở" and a direction ("trở
// vào", "trở ra", "trở lên", "trở xuống") right at toks[k]: the far end is
// a range's first end ("từ Quảng Trị đến Đà Nẵng", "các tỉnh từ Quảng Trị
// trở vào": a forecast's region), which this rule leaves to the
// conventions.
func rangeAfter(toks []token, k int) bool {
	if k >= len(toks) || toks[k].first {
		return false
	}
	if wordIs(toks, k, "tro", "trở") && k+1 < len(toks) && joinable(toks, k+1) {
		for _, w := range rangeDirections {
			if wordIs(toks, k+1, w[0], w[1]) {
				return true
			}
		}
	}
	return wordIs(toks, k, "den", "đến") || wordIs(toks, k, "toi", "tới") || strings.ContainsAny(toks[k].gap, "-–")
}

// rangeDirections are the directions after "trở" that make "từ X trở …" a
// range (folded form, written form).
var rangeDirections = [][2]string{{"vao", "vào"}, {"ra", "ra"}, {"len", "lên"}, {"xuong", "xuống"}}
