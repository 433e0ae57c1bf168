package classify

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Places read inside a longer name (issue 9, real news, training days):
// a bare place whose name goes on with another capitalised syllable is
// part of that name, a person's ("Trương Vinh Hiển", "Đồng Xuân Quỳnh"),
// a building's ("chung cư Tân Hồng Hà"), a newspaper's ("Như Thanh Niên
// đã đưa tin") or another place's ("khu Đông Hà Nội"); and a few former
// districts' names are far more often a person's or a brand's.

// nameSuffixes are the capitalised syllables that go on a place's own
// name without making it another's: a direction or a part ("Quy Nhơn
// Đông", "Thanh Xuân Bắc", "U Minh Hạ", "Trường Sa Lớn"), an age ("Nha
// Trang Xưa") and the season of an event ("đường hoa Nguyễn Huệ Tết").
// Keys, as vntext.Key gives.
var nameSuffixes = map[string]bool{"bắc": true, "nam": true, "đông": true, "tây": true, "trung": true,
	"thượng": true, "hạ": true, "lớn": true, "nhỏ": true, "mới": true, "xưa": true, "tết": true}

// asciiSyllables are Vietnamese syllables written without diacritics that
// go on a person's or a place's name ("Thanh", "Minh"); a foreign word
// after a place ("Nha Trang Center", "Bà Nà Hills") names something of
// that place.
var asciiSyllables = map[string]bool{"an": true, "anh": true, "long": true, "minh": true,
	"thanh": true, "kim": true, "lan": true, "linh": true, "mai": true, "giang": true, "hoa": true,
	"phong": true, "quang": true, "trang": true, "vinh": true, "ninh": true, "tam": true}

// nameGoesOn reports that the bare place at tokens [start, end) goes on
// with a capitalised Vietnamese syllable in the same name: a space and no
// punctuation between, not one of nameSuffixes, not a surname (a person's
// full name after a place: "Trung tâm Hải Hà Nguyễn Văn Hải") and not
// in capitals.
func (m *provMatcher) nameGoesOn(toks []token, start, end int) bool {
	if end >= len(toks) || toks[start].caps || toks[end].gap != " " || toks[end].first || !toks[end].upper {
		return false
	}
	t := toks[end]
	if !asciiSyllables[t.fold] && !nonASCII(t.text) {
		return false
	}
	k := keyOf(toks, end)
	return !nameSuffixes[k] && !m.fullNameAt(toks, end)
}

// fullNameAt reports a surname at toks[i] followed by a capitalised
// syllable of the same name: a person's full name ("Nguyễn Văn Hải").
func (m *provMatcher) fullNameAt(toks []token, i int) bool {
	_, ok := m.surnames[keyOf(toks, i)]
	return ok && i+1 < len(toks) && toks[i+1].gap == " " && toks[i+1].upper
}

// nonASCII reports a rune outside ASCII in s: a Vietnamese syllable with
// its diacritics.
func nonASCII(s string) bool {
	return utf8.RuneCountInString(s) != len(s)
}

// barePlace reports a place read without an administrative word: a
// gazetteer unit's bare name, a well-known place or one that is also a
// common word or name ("Vinh").
func barePlace(r *placeRule) bool {
	return r.Kind == kindPlace && r.Admin == 0
}

// longerAfter reports that the bare place matched at sp goes on into
// another place that starts at its last syllable and reaches further:
// "khu Đông Hà Nội" is Hà Nội, not Đông Hà; "Phú Bình Tân" is Bình Tân.
// The scan then reads from that syllable.
func (m *provMatcher) longerAfter(toks []token, sp span) bool {
	r := &m.rules[sp.p.rule]
	if !barePlace(r) || sp.end-sp.start < 2 || !m.nameGoesOn(toks, sp.start, sp.end) {
		return false
	}
	next, ok := m.places.longest(toks, sp.end-1, func(s span) bool { return m.caseOK(toks, s) })
	return ok && next.end > sp.end && m.rules[next.p.rule].Kind != kindNegative
}

// personNamesakes are former districts' bare names that are far more
// often a person's given name or a brand: "Hoa hậu Thanh Hà", "(Thanh
// Hà, Thái Nguyên)" signing a reader's question, the actress Lệ Thủy,
// "gốm sứ Minh Long", "chợ Đồng Xuân" of Hà Nội. They count only with a
// strong context ("tại", "huyện", "(cũ)", a dateline) or after the
// produce they name ("vải thiều Thanh Hà").
// So are the districts named after a battle, a dynasty or a hero, names
// that schools, streets and festivals carry everywhere: "Trường tiểu học
// Đống Đa (TP.HCM)", "Lễ hội Đống Đa" of Gia Lai, "khởi nghĩa Hai Bà
// Trưng", "giao lộ Hồng Bàng - An Dương Vương" (TP.HCM).
var personNamesakes = newKeySet("thanh hà", "minh long", "đồng xuân", "lệ thủy",
	"đống đa", "hai bà trưng", "hồng bàng", "ngô quyền", "lê chân")

// brandAliases are a province's other names that open many firms' and
// projects' names: "Phòng khám Sài Gòn Tâm Đức" (in Cà Mau), "dự án Sài
// Gòn Đại Ninh" (in Lâm Đồng), "Ngân hàng Sài Gòn Tài Lộc". Followed by a
// capitalised Vietnamese syllable (nameGoesOn) they name that firm.
var brandAliases = newKeySet("sài gòn")

// produceWords name a district's produce before its name (keys).
var produceWords = map[string]bool{"vải": true, "thiều": true}

// namesInNames refuses the bare places of ms that go on into a longer
// name (nameGoesOn), and those of personNamesakes without a strong
// context. A mention with a strong context stays ("đặc khu Côn Đảo").
func (m *provMatcher) namesInNames(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.rule.Admin > 0 || mt.weight >= strongWeight {
			continue
		}
		if !barePlace(mt.rule) {
			switch {
			case signatureName(toks, ms, i):
				mt.dropped = "a reader's name opening a signature (" + mt.text + ", …)"
			case brandAliases.spans(toks, mt.start, mt.end) && m.nameGoesOn(toks, mt.start, mt.end):
				mt.dropped = "a firm's or a project's name (" + mt.text + " " + toks[mt.end].text + " …)"
			}
			continue
		}
		switch {
		case toks[mt.start].fold == "thu" && !toks[mt.start].upper && mt.start > 0 && joinable(toks, mt.start):
			mt.dropped = "the end of a word in thủ (" + toks[mt.start-1].text + " " + mt.text + ")" // "cầu thủ Đức Huy"
		case m.nameGoesOn(toks, mt.start, mt.end):
			mt.dropped = "part of a longer name (" + mt.text + " " + toks[mt.end].text + ")"
		case signatureName(toks, ms, i):
			mt.dropped = "a reader's name opening a signature (" + mt.text + ", …)"
		case personNamesakes.spans(toks, mt.start, mt.end) &&
			!(mt.start > 0 && joinable(toks, mt.start) && produceWords[keyOf(toks, mt.start-1)]):
			mt.dropped = "a name more often a person's or a brand's (" + mt.text + ")"
		}
	}
}

// arenaBefore reports "thi" right before the match word at toks[k]: "nhà
// thi đấu Ninh Bình" is the province's arena, where the match is, and
// "lịch thi đấu" is no fixture between two sides.
func arenaBefore(toks []token, k int) bool {
	return k > 0 && joinable(toks, k) && toks[k].fold == "dau" && wordIs(toks, k-1, "thi", "thi")
}

// notSponsors are capitals before a province's name in a sports story
// that name no club's sponsor: an authority, a federation, a tour.
var notSponsors = map[string]bool{"UBND": true, "CLB": true, "VFF": true, "AFF": true, "AFC": true, "FIFA": true,
	"PPA": true, "SEA": true, "THPT": true, "THCS": true, "TDTT": true, "TNSV": true, "VTV": true, "HTV": true}

// sponsorAbbrev reports a sponsor's abbreviation right before toks[i] in
// a sports story, opening a club's name or a player's ("cựu sao HAGL Đông
// Triều"; "HLV Đông Triều" is the coach): "XMLS Thanh Hóa" (volleyball),
// "SHB Đà Nẵng"; not the club's ground ("sân …"), nor the home side,
// nor in a story that says a side played at home ("SHB Đà Nẵng thất bại
// trên sân nhà": the match was in its province).
func (m *provMatcher) sponsorAbbrev(toks []token, i int) bool {
	if i == 0 || !joinable(toks, i) || !isAbbrev(toks[i-1]) || notSponsors[toks[i-1].text] {
		return false
	}
	return !groundBefore(toks, i-1) && !hostBefore(toks, i-1) && (!m.anyPhrase(toks, m.homeGround) || m.homeBefore(toks, i-1))
}

// teamAfterName reports a province alone in parentheses right after a
// person's full name in a sports story: "Nguyễn Xuân Son (Nam Định)" is
// the player's club, as "VĐV … (Gia Lai)" is the athlete's team.
func (m *provMatcher) teamAfterName(toks []token, i, j int) bool {
	if i < 3 || toks[i].first || !strings.HasSuffix(strings.TrimSpace(toks[i].gap), "(") ||
		j < len(toks) && !toks[j].first && !strings.HasPrefix(strings.TrimSpace(toks[j].gap), ")") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if !toks[k+1].upper || !toks[k].upper || toks[k+1].gap != " " {
			return false
		}
		if _, ok := m.surnames[keyOf(toks, k)]; ok {
			return true
		}
	}
	return false
}

// signatureName reports that ms[i] opens a parenthesis as the first item
// of a signature: a reader's or a quoted person's name, followed by an
// age ("(Vinh, 33 tuổi, Đồng Tháp)", "(Thủy Nguyên, 42 tuổi, Gia Lai)") or
// by a province alone where no place of that name lies ("(Hà Giang, Hưng
// Yên)"). "(Bến Lức, Tây Ninh)" is an address and stays.
func signatureName(toks []token, ms []mention, i int) bool {
	mt := ms[i]
	if mt.start == 0 || toks[mt.start].first || !strings.HasSuffix(strings.TrimSpace(toks[mt.start].gap), "(") ||
		mt.end+1 >= len(toks) || toks[mt.end].first || strings.TrimSpace(toks[mt.end].gap) != "," {
		return false
	}
	if isDigits(toks[mt.end].text) && toks[mt.end+1].fold == "tuoi" {
		return true
	}
	if i+1 >= len(ms) {
		return false
	}
	p := ms[i+1]
	if p.start != mt.end || p.rule.Kind != kindName && p.rule.Kind != kindAlias || p.province == "" ||
		p.end < len(toks) && (toks[p.end].first || !strings.HasPrefix(strings.TrimSpace(toks[p.end].gap), ")")) {
		return false
	}
	if len(mt.rule.Cands) == 0 {
		return mt.province != "" && mt.province != p.province
	}
	for _, c := range mt.rule.Cands {
		if c.province == p.province {
			return false
		}
	}
	return true
}

// seekWords follow "Tìm" in a dating column's title: whom the writer seeks
// ("Tìm người đàn ông chân thành", "Em tìm anh giữa lòng thủ đô", "Tìm bạn
// gái tử tế"), folded.
var seekWords = map[string]bool{"nguoi": true, "ban": true, "anh": true, "em": true, "chong": true, "vo": true,
	"co": true, "chang": true, "tri": true, "mot": true, "nua": true}

// datingTitle reports a dating column's item that profileLead misses (no
// age in the lead): a title that opens "Tìm …" (after "Em", "Anh" or
// "Mình", maybe "tìm kiếm") with whom the writer seeks, and a summary
// written in the first person within its first ten words ("Sau giờ làm
// mình thích trồng cây"). "Tìm người mất tích" has no first person.
func datingTitle(toks []token) bool {
	k := 0
	if len(toks) > 0 && toks[0].field == fieldTitle && profilePronouns[toks[0].text] {
		k++
	}
	if k+1 >= len(toks) || toks[k].field != fieldTitle || toks[k].fold != "tim" || k == 0 && !toks[k].upper {
		return false
	}
	k++
	if toks[k].fold == "kiem" {
		k++
	}
	if k >= len(toks) || toks[k].field != fieldTitle || !seekWords[toks[k].fold] {
		return false
	}
	return firstPersonLead(toks, k, 10, "anh") // "Anh sinh ra và lớn lên ở Hà Nội": the writer
}

// firstPersonLead reports a summary, after the title that toks[k] is part
// of, written in the first person within its first n words: "em", "mình",
// "tôi" or "chào" among them, or one of openers as its first word.
func firstPersonLead(toks []token, k, n int, openers ...string) bool {
	for k < len(toks) && toks[k].field == fieldTitle {
		k++
	}
	for j := k; j < len(toks) && j < k+n && toks[j].field == fieldSummary; j++ {
		switch f := toks[j].fold; f {
		case "em", "minh", "toi", "chao":
			return true
		default:
			if j == k && slices.Contains(openers, f) {
				return true
			}
		}
	}
	return false
}
