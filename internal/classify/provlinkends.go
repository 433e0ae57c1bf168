package classify

// A link's far end (issue 9, real news; i20provhome): "Đường ven biển
// Đồng Tháp …: đoạn qua địa phận tỉnh Đồng Tháp, kết nối liên vùng với
// tỉnh Tây Ninh và Vĩnh Long", "Đồng Nai phát triển đại lộ ven sông và cầu
// kết nối TP.HCM", "Đồng Tháp … tăng cường kết nối với TP.HCM". The road,
// the bridge or the plan is the titled province's; the place it connects
// to is where it leads, not where the story happens (the journeys
// convention: a far end merely reached for gets no tag). A flight route's
// ends ("đường bay thẳng kết nối TP HCM với Điện Biên") are its story and
// are left alone, as are a title's links ("cầu kết nối Đồng Nai với
// TP.HCM": a border bridge's two ends), a lead whose title names no
// province and a lead whose title names a way (wayTitle: "Đường ven biển
// Đồng Tháp …", "Thông xe đường nối sân bay Long Thành": the road is the
// story, and a route that is the story keeps its ends).

var (
	// connectWords open the connection: "kết nối", with an optional kind
	// ("kết nối giao thông", "kết nối liên vùng") and "với".
	connectWords = []wordSeq{phraseKeys("kết nối"), phraseKeys("kết nối với"), phraseKeys("kết nối giao thông với"),
		phraseKeys("kết nối liên vùng với"), phraseKeys("kết nối trực tiếp với"), phraseKeys("kết nối giao thông"),
		phraseKeys("kết nối trực tiếp")}
	// flightWords before "kết nối" make it a flight route's.
	flightWords = []wordSeq{phraseKeys("đường bay"), phraseKeys("chuyến bay")}
	// titleWays in a title make a way the story.
	titleWays = []wordSeq{phraseKeys("đường"), phraseKeys("cao tốc"), phraseKeys("cầu"), phraseKeys("tuyến"),
		phraseKeys("quốc lộ"), phraseKeys("vành đai"), phraseKeys("metro"), phraseKeys("đại lộ"), phraseKeys("nút giao"),
		phraseKeys("hầm")}
)

const maxFlightGap = 6 // words between a flight's word and "kết nối"

// linkEnds refuses, among ms (the mentions of toks, in order), a lead
// mention right after a link's words (linkAt) and the places listed right
// after it, when a kept title mention names another province and no other
// kept mention names its own.
func linkEnds(toks []token, ms []mention) {
	var marks map[int]bool // nil (no allocation) for nearly every article
	for i := range ms {
		if ms[i].dropped != "" || ms[i].field != fieldSummary || !linkAt(toks, ms[i].start) {
			continue
		}
		if marks == nil {
			marks = map[int]bool{}
		}
		marks[i] = true
		for j := i + 1; j < len(ms) && ms[j].dropped == "" && listed(toks, ms[j-1], ms[j].start); j++ {
			marks[j] = true
		}
	}
	if marks == nil || wayTitle(toks) {
		return
	}
	named, titled := map[string]bool{}, map[string]bool{}
	for i := range ms {
		if ms[i].dropped == "" && !marks[i] {
			named[ms[i].province] = true
			if ms[i].field == fieldTitle {
				titled[ms[i].province] = true
			}
		}
	}
	for i := range marks {
		if p := ms[i].province; !named[p] && len(titled) > 0 {
			ms[i].dropped = "a link's far end (kết nối … " + ms[i].text + "); the title places the story elsewhere"
		}
	}
}

// linkAt reports a link's words (connectWords) right before toks[i], or
// before a unit word before it, in one clause, with no flight's word
// (flightWords) at most maxFlightGap words before them.
func linkAt(toks []token, i int) bool {
	k := i - 1
	if at := listEndAt(toks, k, unitWords); at >= 0 {
		k = at - 1
	}
	if k < 1 || !joinable(toks, k+1) {
		return false
	}
	at := listEndAt(toks, k, connectWords)
	if at < 0 {
		return false
	}
	for j, n := at-1, 0; j >= 0 && n < maxFlightGap && joinable(toks, j+1); j, n = j-1, n+1 {
		if listEndAt(toks, j, flightWords) >= 0 {
			return false
		}
	}
	return true
}

// wayTitle reports a way's word (titleWays) in the title.
func wayTitle(toks []token) bool {
	for i := 0; i < len(toks) && toks[i].field == fieldTitle; i++ {
		for _, w := range titleWays {
			if phraseAt(toks, i, w) {
				return true
			}
		}
	}
	return false
}
