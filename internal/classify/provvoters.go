package classify

// Voters' petitions (issue 9, real news; i12prov18): "Cử tri Đắk Lắk đề
// nghị Chính phủ …", "Bộ Tài chính phản hồi khi cử tri TP.HCM kiến nghị
// …", "NHNN trả lời cử tri Hà Nội …". A province's voters put a question
// to the government through their deputies; the answer is national
// policy, as a deputy's delegation ("đoàn Vĩnh Long") is no story of its
// province (testdata/classify/real/README.md). A meeting with the voters
// ("tiếp xúc cử tri TP.HCM") is held there and stays; so does a petition
// that no national body answers (the city's own leaders do).

// nationalBodies answer voters' petitions; "Bộ" followed by a capitalised
// word (Bộ Tài chính, Bộ Y tế) is one too (ministryAt).
var nationalBodies = []string{"Chính phủ", "Ngân hàng Nhà nước", "NHNN", "Ban Dân nguyện"}

// voterMeetings before "cử tri" say the voters were met where they live.
var voterMeetings = []string{"tiếp xúc", "gặp gỡ", "gặp", "đối thoại với", "đối thoại"}

// votersPetition refuses, among ms, a place right after "cử tri" outside
// the title when a national body answers in the text and no meeting word
// stands before it. A headline that names the voters' province keeps it.
func (m *provMatcher) votersPetition(toks []token, ms []mention) {
	national := -1 // unknown until a voters' place asks
	for i := range ms {
		mt := &ms[i]
		k := mt.start - 2
		if mt.dropped != "" || mt.field == fieldTitle || k < 0 || !joinable(toks, mt.start) || !joinable(toks, k+1) ||
			!wordIs(toks, k, "cu", "cử") || !wordIs(toks, k+1, "tri", "tri") || k > 0 && joinable(toks, k) && m.phraseEndsAt(toks, k-1, m.meetings) {
			continue
		}
		if national < 0 {
			national = b2i(m.anyPhrase(toks, m.bodies) || ministryIn(toks))
		}
		if national == 1 {
			mt.dropped = "voters' petition to the government (cử tri " + mt.text + ")"
		}
	}
}

// ministryIn reports "Bộ" followed by a capitalised word: a ministry.
func ministryIn(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].text == "Bộ" && toks[i+1].upper && joinable(toks, i+1) {
			return true
		}
	}
	return false
}
