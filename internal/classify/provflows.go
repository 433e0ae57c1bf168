package classify

import "strings"

// The far ends of a flow of traffic, a trip or a journey with an incident
// (issue 9, real news; i19route): "Dòng xe từ TP HCM đi Đồng Nai, Vũng
// Tàu, Phan Thiết tăng cao khiến cao tốc … ùn ứ", "nhiều đoạn cao tốc từ
// thành phố ra Nha Trang ùn tắc", "di chuyển từ TP.HCM tới Cần Thơ chỉ mất
// hai tiếng rưỡi". By the journeys convention (testdata/classify/real
// README, "Routes and journeys"), the ends of a journey are not places of
// the story when the story is the flow, the trip's time or an incident on
// the way and the title or a place word puts it in another province; the
// ends of a route that is itself the story (opened, built, priced) are
// left alone: a sentence names them without a word of flowWords.

// flowWords, in the sentence of a journey's ends, make the sentence tell a
// flow of traffic, a trip's length or an incident on the way (with
// accidentWords), not a route's own news. Not "chặng bay" or "chuyến":
// a new flight or train is a route that is the story.
var flowWords = []string{"dòng xe", "xe cộ", "lượng xe", "lưu lượng", "ùn tắc", "ùn ứ", "kẹt xe", "kẹt cứng", "ách tắc",
	"quá tải", "rút ngắn", "di chuyển", "đi lại", "dòng người", "nườm nượp", "trên đường", "lạc đường", "tiêu thụ"}

// motionWords take a journey to its far end (folded form, written form):
// "từ X đi Y", "từ X ra Y", "đổ về Y".
var motionWords = [][2]string{{"di", "đi"}, {"ra", "ra"}, {"vao", "vào"}, {"len", "lên"}, {"ve", "về"}, {"xuong", "xuống"},
	{"toi", "tới"}, {"den", "đến"}, {"sang", "sang"}}

// flowEnds refuses, among ms (the mentions of toks, in order), a province
// whose every kept mention is an end of a journey in the lead (a bare
// mention at journeyEnd, the mentions listed with it and the journey's
// other end, whatever its context word: "từ TP Huế vào Đà Nẵng" names both
// ends alike) in a sentence that holds a word of flowWords or
// accidentWords, when another province has a kept mention in the title or
// after a place word (refuseMarked).
func (m *provMatcher) flowEnds(toks []token, ms []mention) {
	var marks map[int]bool // nil (no allocation) for nearly every article
	for i := range ms {
		mt := ms[i]
		if mt.dropped != "" || mt.effect != 0 || mt.field != fieldSummary || mt.start < 1 || marks[i] {
			continue
		}
		a, b := journeyEnd(toks, ms, i)
		if a < 0 || !m.flowSentence(toks, mt.start) {
			continue
		}
		if marks == nil {
			marks = map[int]bool{}
		}
		for j := range ms { // this end, the other end, and the places listed with either
			if ms[j].dropped == "" && ms[j].field == mt.field && (j == i || ms[j].start >= a && ms[j].start < b) {
				marks[j] = true
				for k := j; k+1 < len(ms) && ms[k+1].dropped == "" && listed(toks, ms[k], ms[k+1].start); k++ {
					marks[k+1] = true
				}
			}
		}
	}
	refuseMarked(ms, marks, func(i int) string {
		return "a journey's end in a flow, a trip's time or an incident on the way (" + ms[i].text + "); the title or a place word puts the story in another province"
	})
}

// journeyEnd reports whether ms[i] is an end of a journey, and where the
// journey's other end starts: tokens [a, b), a < 0 when it is none. The
// origin has "từ" right before it and a motion word right after it (or
// after the mentions listed with it); its other end starts right after
// the motion word. The far end has a motion word right before it and
// "từ" at most eight words before that, in one clause ("từ TP HCM đi Phan
// Thiết", "từ quốc lộ 51 và 1A đi về TP HCM"); its other end lies between.
// Two places joined by "đi" alone are both ends ("thời gian TP HCM đi Đà
// Lạt").
// A flow poured into a place ("đổ về TP HCM", "đổ vào …") arrives there:
// the place is the story's, and no far end.
func journeyEnd(toks []token, ms []mention, i int) (a, b int) {
	mt := ms[i]
	if !joinable(toks, mt.start) {
		return -1, -1
	}
	if wordIs(toks, mt.start-1, "tu", "từ") {
		last := i
		for last+1 < len(ms) && ms[last+1].dropped == "" && listed(toks, ms[last], ms[last+1].start) {
			last++
		}
		k := ms[last].end
		if k+1 < len(toks) && joinable(toks, k) && motionAt(toks, k) && joinable(toks, k+1) {
			return k + 1, k + 2
		}
		return -1, -1
	}
	if next := i + 1; next < len(ms) && ms[next].start == mt.end+1 && ms[next].field == mt.field && wordIs(toks, mt.end, "di", "đi") &&
		joinable(toks, mt.end) && joinable(toks, mt.end+1) {
		return ms[next].start, ms[next].start + 1 // X đi Y: X's other end
	}
	if !motionAt(toks, mt.start-1) || mt.start >= 2 && toks[mt.start-2].fold == "do" && keyEqual(toks, mt.start-2, "đổ") {
		return -1, -1
	}
	if i > 0 && ms[i-1].end == mt.start-1 && ms[i-1].field == mt.field && wordIs(toks, mt.start-1, "di", "đi") && joinable(toks, mt.start-1) {
		return ms[i-1].start, ms[i-1].start + 1 // "thời gian TP HCM đi Đà Lạt": X đi Y
	}
	for k := mt.start - 2; k >= 0 && k >= mt.start-10; k-- {
		if !joinable(toks, k+1) || strings.ContainsAny(toks[k+1].gap, ",;") {
			return -1, -1
		}
		if wordIs(toks, k, "tu", "từ") {
			return k + 1, mt.start - 1
		}
	}
	return -1, -1
}

// motionAt reports a word of motionWords at toks[k].
func motionAt(toks []token, k int) bool {
	for _, w := range motionWords {
		if wordIs(toks, k, w[0], w[1]) {
			return true
		}
	}
	return false
}

// flowSentence reports a word of flowWords or accidentWords in the
// sentence that holds toks[i] (a dot inside a word, "TP.HCM", ends none).
func (m *provMatcher) flowSentence(toks []token, i int) bool {
	s := i
	for s > 0 && !sentenceBreak(toks, s-1, s) {
		s--
	}
	for k := s; k < len(toks) && (k == s || !sentenceBreak(toks, k-1, k)); k++ {
		if m.phraseEndsAt(toks, k, m.flows) || m.phraseEndsAt(toks, k, m.accidents) {
			return true
		}
	}
	return false
}
