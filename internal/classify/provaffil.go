package classify

import "strings"

// Affiliations (issue 9, real news; testdata/classify/real/README.md,
// clarification of 2026-12-06): an expert cited with the institution they
// work for ("PGS.TS A, Trường ĐH Kinh tế TP.HCM, cho rằng…", "chuyên gia
// từ ĐH Công nghiệp Hà Nội nhận định…") lends the institution's city, not
// the story's place. The mention is refused; the province is still tagged
// when another mention names it (the story happens there too).

// affilInstitutions open the name of an institution a person works for.
var affilInstitutions = []string{"trường", "ĐH", "ĐHQG", "đại học", "học viện", "bệnh viện", "BV", "viện", "đoàn luật sư", "phân hiệu"}

// affilExperts introduce a person cited for what they know: an academic or
// medical title, a profession.
var affilExperts = []string{"chuyên gia", "giảng viên", "bác sĩ", "BS", "BSCKI", "BSCKII", "BSCK", "ThS", "TS", "PGS", "GS",
	"tiến sĩ", "thạc sĩ", "giáo sư", "luật sư", "LS", "nhà nghiên cứu", "dược sĩ", "nhà khoa học", "kiến trúc sư", "thầy", "cô"}

// affilLinks join an expert to the institution after them: "chuyên gia từ
// ĐH X", "giảng viên của Trường Y".
var affilLinks = []string{"từ", "của", "thuộc"}

// patientWords say a hospital's story is a patient's there: the doctor
// quoted about the case speaks where it happened.
var patientWords = []string{"bệnh nhân", "người bệnh", "nhập viện", "cấp cứu", "điều trị", "phẫu thuật", "mổ", "tiếp nhận",
	"sản phụ", "bé", "cứu sống", "ghép", "nạn nhân", "ca bệnh", "trẻ", "sinh non", "vượt cạn", "sinh con", "ca mổ"}

// affiliations refuses, among ms (the mentions of toks, in order), a place
// that ends the name of an institution an expert is cited with.
func (m *provMatcher) affiliations(toks []token, ms []mention) {
	patients := -1 // unknown until a hospital asks
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.field == fieldTitle {
			continue
		}
		k := m.institutionStart(toks, mt.start)
		if k < 0 {
			continue
		}
		if outer := m.memberSchool(toks, k); outer >= 0 {
			k = outer
		}
		origin := originBefore(toks, k)
		if !origin && !m.expertBefore(toks, k) && !m.studentBefore(toks, k, mt.start) && !graduateBefore(toks, k) {
			continue
		}
		if patients < 0 {
			patients = b2i(m.anyPhrase(toks, m.patients))
		}
		if patients == 1 {
			continue
		}
		if origin {
			mt.dropped = "where people come from (đến từ " + spanText(toks, span{start: k, end: mt.end}) + ")"
			continue
		}
		mt.dropped = "an expert's institution (" + spanText(toks, span{start: k, end: mt.end}) + ")"
	}
}

// originBefore reports "đến từ" right before toks[k], which opens an
// institution: "đội sinh viên đến từ Trường ĐH X (Hà Nội) giành giải"
// names where the team comes from, as "đến từ Hà Nội" does (ctxPassing).
func originBefore(toks []token, k int) bool {
	return k >= 2 && joinable(toks, k) && joinable(toks, k-1) && wordIs(toks, k-1, "tu", "từ") && wordIs(toks, k-2, "den", "đến")
}

// institutionStart returns where the name of an institution ending just
// before toks[i] starts ("Trường ĐH Công nghiệp TP.HCM", "Bệnh viện Mắt tỉnh
// Gia Lai", "Trường THPT Marie Curie (TP.HCM)", "Trường ĐH Y, TP.HCM"): the
// capitalised institution word (affilInst) farthest back within eight words
// joined by spaces; -1 if none. Only the institution words starting with a
// capitalised word's word are tried (instFirst).
func (m *provMatcher) institutionStart(toks []token, i int) int {
	if i == 0 || toks[i].first {
		return -1
	}
	if g := strings.TrimSpace(toks[i].gap); g != "" && g != "," && g != "(" && g != "-" && g != "–" && !joinable(toks, i) {
		return -1
	}
	start := -1
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		if toks[j].upper && m.instAt(toks, j, i) {
			start = j
		}
		if toks[j].first || !joinable(toks, j) {
			break
		}
	}
	return start
}

// instAt reports an institution word (affilInst) starting at toks[j] and
// ending before toks[i].
func (m *provMatcher) instAt(toks []token, j, i int) bool {
	for _, p := range m.instFirst.at(toks, j) {
		if ks := m.affilInst[p]; j+len(ks) <= i && phraseAt(toks, j, ks) {
			return true
		}
	}
	return false
}

// expertBefore reports an expert (affilExperts) the institution starting
// at toks[k] belongs to: right before it, after a link word ("chuyên gia
// từ ĐH X"), or earlier in the sentence before a comma, a dash or a
// parenthesis that opens the institution ("PGS.TS Nguyễn Văn A, Trường ĐH
// X", "luật sư B (Đoàn Luật sư TP.HCM)"), with no word of place between.
// Not experts: a group ("các bác sĩ Bệnh viện X", "35 bác sĩ"), whose
// institution's news it is, and an institution's head ("Thầy A, Hiệu
// trưởng Trường B", "Giám đốc Bệnh viện C"), who speaks for it.
func (m *provMatcher) expertBefore(toks []token, k int) bool {
	if k == 0 || toks[k].first {
		return false
	}
	j := k - 1
	if joinable(toks, k) && strings.TrimSpace(toks[k].gap) == "" {
		for _, w := range affilLinks {
			if keyEqual(toks, j, w) && j > 0 && joinable(toks, j) {
				j--
				break
			}
		}
		if m.expertEndsAt(toks, j) {
			return true
		}
		k = roleStart(toks, k) // "TS A, Trưởng phòng Đào tạo Trường ĐH B"
		if k < 0 {
			return false
		}
		j = k - 1
	}
	if g := strings.TrimSpace(toks[k].gap); g != "," && g != "(" && g != "-" && g != "–" {
		return false
	}
	for ; j >= 0 && j >= k-14; j-- {
		if m.expertEndsAt(toks, j) {
			return true
		}
		if wordIs(toks, j, "tai", "tại") || wordIs(toks, j, "o", "ở") || toks[j].first || headRole(toks, j) {
			return false
		}
		if g := toks[j].gap; strings.ContainsAny(g, ";:!?") || strings.Contains(g, ".") && strings.ContainsAny(g, " \u00a0") {
			return false
		}
	}
	return false
}

// roleStart returns where a person's role starts that ends just before the
// institution at toks[k] ("…, Trưởng phòng Đào tạo Trường ĐH B"): the word
// after a comma, a dash or a parenthesis at most six words back,
// capitalised, the words between joined by spaces and holding no head's
// role; -1 if none.
func roleStart(toks []token, k int) int {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if headRole(toks, j) || toks[j].first {
			return -1
		}
		if g := strings.TrimSpace(toks[j].gap); g == "," || g == "(" || g == "-" || g == "–" {
			if !toks[j].upper {
				return -1 // a role is capitalised; "…, minh chứng cho Bệnh viện X" is none
			}
			return j
		}
		if !joinable(toks, j) {
			return -1
		}
	}
	return -1
}

// expertEndsAt reports one expert, not a group of them, named by words
// ending at toks[j].
func (m *provMatcher) expertEndsAt(toks []token, j int) bool {
	if j < 0 || headRole(toks, j) {
		return false
	}
	for _, ks := range m.experts {
		at := j - len(ks) + 1
		if at < 0 || !phraseAt(toks, at, ks) {
			continue
		}
		if at == 0 || toks[at].first || !joinable(toks, at) {
			return true
		}
		p := toks[at-1]
		return !isDigits(p.text) && p.fold != "cac" && p.fold != "nhung"
	}
	return false
}

// headRole reports "trưởng" of "hiệu trưởng" or "đốc" of "giám đốc" at
// toks[j].
func headRole(toks []token, j int) bool {
	return j > 0 && (wordIs(toks, j, "truong", "trưởng") && wordIs(toks, j-1, "hieu", "hiệu") ||
		wordIs(toks, j, "doc", "đốc") && wordIs(toks, j-1, "giam", "giám"))
}
