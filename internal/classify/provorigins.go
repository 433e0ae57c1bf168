package classify

// Groups named with where they come from (issue 9, real news): "đoàn
// thiện nguyện từ TP.HCM tổ chức khám bệnh … tại xã Diên Điền", "các nghệ
// sĩ từ Hà Nội đến diễn tại Pác Bó", "Y, bác sĩ từ TP.HCM, Đồng Nai đến
// với bà con vùng lũ Phú Yên". The group's city is its home, the story's
// place only when no other place is named (ctxHome), as a person's home
// is: "Đoàn cứu trợ từ Thái Nguyên đến Lạng Sơn" and "nhóm cứu trợ từ Thái
// Nguyên ăn sáng ở Quảng Trị" are stories of the places they went to.

// groupWords name a group of people that comes from a place ("thợ": the
// tradesmen who travel to a flooded province to mend its people's things).
// A family, a candidate and tourists too (i9prov13): "một gia đình từ
// Quảng Ninh bị từ chối nhận phòng tại Hà Tĩnh", "du khách chủ yếu từ Sài
// Gòn" in a story of Đà Lạt (over the training days 2 items, 2 tags
// removed, both right); not "khách", which "xe khách" ends (a coach's
// trip: 1 doubtful).
var groupWords = []string{"đoàn", "nhóm", "nghệ sĩ", "bác sĩ", "y bác sĩ", "tình nguyện viên", "thiện nguyện", "cứu trợ",
	"thợ", "gia đình", "thí sinh", "du khách"}

// groupOrigins makes the place after "từ" a home when a group word ends
// at most four words before "từ" in the same clause ("đoàn khách du lịch
// từ Hà Nội", "nhóm cứu trợ từ Thái Nguyên"), and the places listed right
// after it ("từ TP.HCM, Đồng Nai").
func (m *provMatcher) groupOrigins(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.effect == ctxStrong || !m.groupFrom(toks, mt.start) {
			continue
		}
		mt.effect, mt.context = ctxHome, "… từ"
		for j := i + 1; j < len(ms) && ms[j].effect != ctxStrong && listed(toks, ms[j-1], ms[j].start); j++ {
			ms[j].effect, ms[j].context = ctxHome, "… từ "+mt.text+", listed with it"
		}
	}
}

// groupFrom reports "từ" right before toks[i] with a group word ending at
// most four words before it, the words between joined by spaces.
func (m *provMatcher) groupFrom(toks []token, i int) bool {
	k := i - 1
	if k < 1 || !joinable(toks, i) || !wordIs(toks, k, "tu", "từ") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if m.phraseEndsAt(toks, j, m.groups) {
			return true
		}
		if !joinable(toks, j) {
			return false
		}
	}
	return false
}

// missionWords name a foreign mission, whose seat follows "tại": "Đại sứ
// quán Ấn Độ tại Hà Nội lưu ý công dân du lịch Phú Quốc" is a story of
// Phú Quốc, "Tổng lãnh sự quán Úc tại TP.HCM tổ chức …" one of TP.HCM.
var missionWords = []string{"đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán", "tổng lãnh sự", "đại sứ", "văn phòng đại diện"}

// missionSeats makes the place after "tại" a home (ctxHome: counted only
// when no other place is named) when a mission word starts at most six
// words before "tại" in the same clause, capitalised ("Đại sứ quán Ấn Độ
// tại Hà Nội"), the words between joined by spaces.
func (m *provMatcher) missionSeats(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		k := mt.start - 1
		if mt.dropped != "" || mt.effect != ctxStrong || k < 1 || !joinable(toks, mt.start) || !wordIs(toks, k, "tai", "tại") {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-7; j-- {
			if toks[j].upper && m.phraseStartsAt(toks, j, m.missions) {
				mt.effect, mt.context = ctxHome, toks[j].text+" … tại"
				break
			}
			if !joinable(toks, j) {
				break
			}
		}
	}
}

// phraseStartsAt reports one of phrases starting at toks[j].
func (m *provMatcher) phraseStartsAt(toks []token, j int, phrases []wordSeq) bool {
	for _, ks := range phrases {
		if phraseAt(toks, j, ks) {
			return true
		}
	}
	return false
}
