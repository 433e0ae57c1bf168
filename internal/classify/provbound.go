package classify

// Travellers merely bound for a place (issue 9, real news; i20provfp): a
// fugitive's flight ("rồi tẩu thoát vào TP.HCM", "trốn ra Hà Nội 'làm
// ăn'"), a traveller on the way ("bị bắt khi đang trên xe khách vào Kon
// Tum", "khai đang trên đường đến Tiền Giang thăm bạn") or a plan ("muốn
// có tiền đi Hà Nội làm ăn"). By the journeys convention (testdata/
// classify/real README, "Routes and journeys"), a traveller's far end
// counts when the story happens there — an arrival, what is done there, an
// arrest there — not when the traveller is only bound for it: such a lead
// mention is refused unless the province is named otherwise too. A flight
// that ends in an arrest ("bỏ trốn đến TP.HCM thì bị cảnh sát bắt giữ") or
// a stay ("trốn lên Lâm Đồng sinh sống") is there, and is left alone.

// boundKind says why a far end is only bound for.
type boundKind int

const (
	notBound boundKind = iota
	boundFlight
	boundOnWay
	boundPlan
)

var (
	// fleeWords end right before the motion word of a flight.
	fleeWords = []wordSeq{phraseKeys("trốn"), phraseKeys("tẩu thoát"), phraseKeys("đào tẩu"), phraseKeys("trốn chạy")}
	// wayHeads follow "trên" in "trên đường / xe / tàu / chuyến … vào X"
	// (a road only after "đang" or "khi": travelling).
	wayHeads = []wordSeq{phraseKeys("đường"), phraseKeys("xe"), phraseKeys("tàu"), phraseKeys("chuyến")}
	// planWords say the motion is intended: "muốn có tiền đi Hà Nội".
	// Not "định" alone ("quy định", "nhận định về …").
	planWords = []wordSeq{phraseKeys("muốn"), phraseKeys("dự định"), phraseKeys("dự tính"), phraseKeys("toan")}
	// caughtWords, after a flight's far end in its sentence, put the
	// arrest there: the flight arrived.
	caughtWords = []wordSeq{phraseKeys("bắt"), phraseKeys("sa lưới"), phraseKeys("khống chế"), phraseKeys("đầu thú"),
		phraseKeys("phát hiện"), phraseKeys("tóm gọn")}
	// stayWords, right after a far end, say the traveller lives or hides
	// there: "trốn lên Lâm Đồng sinh sống", "ra Hà Nội sinh sống".
	stayWords = []wordSeq{phraseKeys("sinh sống"), phraseKeys("ẩn náu"), phraseKeys("ẩn nấp"), phraseKeys("lẩn trốn"),
		phraseKeys("định cư"), phraseKeys("lập nghiệp"), phraseKeys("mua nhà"), phraseKeys("thuê nhà"), phraseKeys("thuê trọ")}
	// moveVerbs move someone "về" a place (folded form, written form).
	moveVerbs = [][2]string{{"chuyen", "chuyển"}, {"tro", "trở"}, {"quay", "quay"}, {"don", "dọn"}, {"di", "đi"},
		{"bay", "bay"}, {"chay", "chạy"}, {"dua", "đưa"}}
	// unitWords may stand between the motion word and the place: "sang
	// tỉnh Đồng Tháp".
	unitWords = []wordSeq{phraseKeys("tỉnh"), phraseKeys("thành phố"), phraseKeys("TP")}
)

const maxBoundGap = 4 // words between a flight's, a way's or a plan's word and the motion word

// boundFor refuses, among ms (the mentions of toks, in order), a bare lead
// mention that a traveller is only bound for (boundEnd), when no other kept
// mention names its province.
func boundFor(toks []token, ms []mention) {
	marks := markWhere(ms, func(mt *mention) bool {
		return mt.dropped == "" && mt.effect == 0 && mt.field == fieldSummary && mt.start >= 2 && boundEnd(toks, *mt) != notBound
	})
	refuseUnnamed(ms, marks, func(i int) string {
		return "a place a traveller is only bound for (" + ms[i].text + "): fled, on the way or planned, not arrived"
	})
}

// boundEnd reports why the mention mt is the far end of a journey the text
// does not complete: a motion word (motionWords) right before it, or before
// a unit word before it, and before that, in one clause and at most
// maxBoundGap words back, a flight's word right before the motion word
// (fleeWords: the flight must not end in an arrest), "trên" with a way's
// head ("trên xe khách vào Kon Tum") or a plan's word (planAt; before
// "về" only with a verb of moving, moveBefore: "về" is also "about"). A stay
// right after the place ("ra Hà Nội sinh sống") makes it the story's.
func boundEnd(toks []token, mt mention) boundKind {
	k := mt.start - 1
	if at := listEndAt(toks, k, unitWords); at >= 0 {
		k = at - 1
	}
	if k < 1 || !motionAt(toks, k) || !joinable(toks, k+1) {
		return notBound
	}
	if listStartsAt(toks, mt.end, stayWords) {
		return notBound
	}
	if listEndAt(toks, k-1, fleeWords) >= 0 && joinable(toks, k) {
		if caughtAfter(toks, mt.end) {
			return notBound
		}
		return boundFlight
	}
	for j, n := k-1, 0; j >= 0 && n < maxBoundGap && joinable(toks, j+1); j, n = j-1, n+1 {
		if wordIs(toks, j, "tren", "trên") && listStartsAt(toks, j+1, wayHeads) && travelling(toks, j) {
			return boundOnWay
		}
		if planAt(toks, j) && (!wordIs(toks, k, "ve", "về") || moveBefore(toks, k)) {
			return boundPlan
		}
	}
	return notBound
}

// moveBefore reports a verb of moving at most three words before "về" at
// toks[k], in one clause ("chuyển công việc về TP HCM" moves; "tìm hiểu
// thêm về Hà Nội" is about it).
func moveBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && joinable(toks, j+1); j-- {
		for _, w := range moveVerbs {
			if wordIs(toks, j, w[0], w[1]) {
				return true
			}
		}
	}
	return false
}

// planAt reports a plan's word (planWords) ending at toks[j], in lower
// case (a capital opens a name).
func planAt(toks []token, j int) bool {
	at := listEndAt(toks, j, planWords)
	return at >= 0 && !(toks[at].upper && !toks[at].first)
}

// travelling reports that "trên" at toks[j] puts a traveller on the way:
// after "đang" or "khi" when a road follows ("khi đang trên đường đến
// Tiền Giang"), always before a vehicle ("trên xe khách vào Kon Tum"). A
// road alone may be where a flow is seen ("ùn tắc trên đường vào
// TP.HCM": the city's gates).
func travelling(toks []token, j int) bool {
	if !wordIs(toks, j+1, "duong", "đường") {
		return true
	}
	return j > 0 && joinable(toks, j) && (wordIs(toks, j-1, "dang", "đang") || wordIs(toks, j-1, "khi", "khi"))
}

// caughtAfter reports a word of caughtWords after toks[e] in its sentence.
func caughtAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && !(k > e && sentenceBreak(toks, k-1, k)) && !toks[k].first; k++ {
		if listStartsAt(toks, k, caughtWords) {
			return true
		}
	}
	return false
}

// listEndAt returns where a phrase of phrases that ends at toks[j] starts,
// or -1 (the lists here are a handful of phrases: a walk is cheap).
func listEndAt(toks []token, j int, phrases []wordSeq) int {
	for _, p := range phrases {
		if at := j - len(p) + 1; at >= 0 && j < len(toks) && phraseAt(toks, at, p) {
			return at
		}
	}
	return -1
}

// listStartsAt reports a phrase of phrases starting at toks[i], joined to the
// word before it.
func listStartsAt(toks []token, i int, phrases []wordSeq) bool {
	if i <= 0 || i >= len(toks) || !joinable(toks, i) {
		return false
	}
	for _, p := range phrases {
		if phraseAt(toks, i, p) {
			return true
		}
	}
	return false
}
