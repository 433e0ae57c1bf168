package classify

// Participants named with their home (issue 9, real news; i20provhome):
// "Chuyên gia Hà Nội khảo sát vết nứt … (Lâm Đồng)", "đại biểu sinh viên
// TP.HCM … tại mảnh đất Nghệ An và Hà Tĩnh", "các vận động viên từ TP.HCM
// về Cần Thơ tranh tài". The experts, students or athletes come from the
// place; the story happens where they work, meet or compete. Such a
// mention is a home (ctxHome: counted only when no other place is named),
// as a tourist's city is ("du khách Hà Nội", provrules.go) and a group's
// origin after "từ" is (groupOrigins). Only the noun right before the place
// ("sinh viên TP.HCM") or before "từ"/"đến từ" and the place counts: "sinh
// viên ở Hà Nội, Đà Nẵng, Huế" and "học sinh tại Lào Cai" say where the
// people are, which is the story's place.

// participantWords name people who take part in something away from home.
// A capital that does not open its field or sentence opens a name ("Hội
// Sinh viên TP.HCM", an organisation acting), so the noun is lower case
// there.
var participantWords = []wordSeq{phraseKeys("chuyên gia"), phraseKeys("học sinh"), phraseKeys("sinh viên"),
	phraseKeys("vận động viên"), phraseKeys("VĐV"), phraseKeys("cổ động viên"), phraseKeys("người hâm mộ"),
	phraseKeys("phật tử"), phraseKeys("khán giả")}

// participantHomes makes a kept mention right after a participant's noun
// (participantAt) a home, and the places listed right after it ("từ TP
// HCM, Đồng Nai").
func participantHomes(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.effect == ctxHome || mt.effect == ctxRoute || !participantAt(toks, mt.start) {
			continue
		}
		mt.effect, mt.context = ctxHome, "a participant's home"
		for j := i + 1; j < len(ms) && ms[j].dropped == "" && listed(toks, ms[j-1], ms[j].start); j++ {
			ms[j].effect, ms[j].context = ctxHome, "a participant's home, listed with "+mt.text
		}
	}
}

// participantAt reports a participant's noun right before toks[i], in one
// clause: right before the place or its unit word ("sinh viên TP.HCM",
// "học sinh tỉnh Tây Ninh"), or before "từ" or "đến từ" and the place
// ("chuyên gia từ Hà Nội"), unless they are carried from it (carriedAt).
// A noun in capitals that opens no sentence opens a name.
func participantAt(toks []token, i int) bool {
	k := i - 1
	if at := listEndAt(toks, k, unitWords); at >= 0 {
		k = at - 1
	}
	if k < 0 || !joinable(toks, k+1) {
		return false
	}
	from := wordIs(toks, k, "tu", "từ")
	if from {
		k--
		if k >= 0 && joinable(toks, k+1) && wordIs(toks, k, "den", "đến") {
			k--
		}
		if k < 0 || !joinable(toks, k+1) {
			return false
		}
	}
	at := listEndAt(toks, k, participantWords)
	if at < 0 || toks[at].upper && !sentenceStart(toks, at) {
		return false
	}
	return !from || !carriedAt(toks, at)
}

// carriedAt reports a verb of carrying at most three words before the
// participant's noun at toks[at], in one clause: "xe đưa 1.000 sinh viên
// từ TP HCM về quê" is a journey that starts there, not people who came.
func carriedAt(toks []token, at int) bool {
	for j := at - 1; j >= 0 && j >= at-3 && joinable(toks, j+1); j-- {
		if wordIs(toks, j, "dua", "đưa") || wordIs(toks, j, "cho", "chở") || wordIs(toks, j, "don", "đón") {
			return true
		}
	}
	return false
}
