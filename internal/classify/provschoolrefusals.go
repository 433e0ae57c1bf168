package classify

import (
	"slices"
	"strings"

	"bantin/internal/model"
)

// What a school named alone does not say: the refusals of schoolMentions
// (the schools and their contract: provschools.go).

// schoolMentions refuses, among ms, a school of schools named as a team in
// a sports story (not as the match's venue); as the school of an expert,
// an officer, a student or a graduate, or that people come from ("đến từ
// ĐH X"); as the school of students whose prize is the story ("nhóm sinh
// viên Trường ĐH X giành giải …"); outside the title, as one of a counted
// list of schools ("8 trường công an tuyển …, Học viện X tuyển nhiều nhất");
// as a student's named before "sinh viên"; and when the text places the
// story in another province (otherProvince). The prize and the count are
// read in the title and lead only.
// A school's club ("CLB Đại học Văn Hiến") is no club named after a
// province: schoolMentions runs before sportsTeams and clears the mark, so
// that the city's other mentions ("derby … với TP.HCM") are not taken for
// that club's.
func (m *provMatcher) schoolMentions(toks []token, ms []mention, topics []model.TopicTag) {
	sports := len(topics) > 0 && topics[0].Topic == "the-thao"
	prize, counted := -1, -1 // unknown until a school asks
	for i := range ms {
		mt := &ms[i]
		if !isSchool(mt.rule) {
			continue
		}
		mt.team = false // "CLB Đại học X": the school's club, not one named after its province
		if mt.dropped != "" {
			continue
		}
		k := mt.start // "Trường ĐH X": the name starts at "Trường"
		if k > 0 && !toks[k].first && joinable(toks, k) && wordIs(toks, k-1, "truong", "trường") {
			k--
		}
		before := foldsBefore(toks, k, 8)
		if prize < 0 {
			prize, counted = b2i(prizeStory(toks)), b2i(countedSchools(toks))
		}
		switch {
		case sports && !schoolVenue(toks, mt.start+1):
			mt.dropped = "a school's team in a sports story (" + mt.text + ")"
		case originBefore(toks, k):
			mt.dropped = "where people come from (đến từ " + mt.text + ")"
		case m.expertBefore(toks, k) || m.studentBefore(toks, k, mt.start) || graduateBefore(toks, k) || endsWithAny(before, schoolPersons):
			mt.dropped = "a person's school (" + mt.text + ")"
		case prize == 1 && containsAny(before, schoolStudents):
			mt.dropped = "students' prize, not the school's place (" + mt.text + ")"
		case counted == 1 && mt.field != fieldTitle:
			mt.dropped = "one of a counted list of schools (" + mt.text + ")"
		case k >= 3 && strings.HasSuffix(before, " sinh vien") && toks[k-3].upper && !toks[k-2].first && !toks[k-3].first:
			mt.dropped = "a student named with the school (" + mt.text + ")" // "Nguyễn Văn A sinh viên Trường …"
		case otherProvince(ms, mt):
			mt.dropped = "the school of a story placed elsewhere (" + mt.text + ")"
		}
	}
}

// schoolPersons, folded, right before a school's name make it one
// person's school: their post there ("Phó giám đốc thường trực ĐH X",
// "Chính ủy Học viện Y", "người dẫn dắt Trường ĐH Z"), one student ("nữ sinh", "thủ khoa"), one who
// will study there ("ước mơ trở thành sinh viên Học viện Z").
var schoolPersons = []string{"giam doc", "giam doc thuong truc", "hieu truong", "chinh uy", "vien truong", "truong khoa", "dan dat",
	"nu sinh", "nam sinh", "thu khoa", "tro thanh sinh vien", "tro thanh tan sinh vien"}

// schoolStudents, folded, a few words before a school's name name its
// students ("nhóm sinh viên, giảng viên trẻ của Trường ĐH X", "đội tuyển
// Trường ĐH Y", "thủ khoa A được Học viện Z giữ lại").
var schoolStudents = []string{"sinh vien", "hoc sinh", "thu khoa", "doi tuyen"}

// foldsBefore returns the folded words of up to n tokens joined to the
// one at toks[k], in order, space-separated and with a leading space.
func foldsBefore(toks []token, k, n int) string {
	j := k
	for j > 0 && k-j < n && !toks[j].first && joinable(toks, j) {
		j--
	}
	var b strings.Builder
	for ; j < k; j++ {
		b.WriteString(" " + toks[j].fold)
	}
	return b.String()
}

// endsWithAny reports s ends with " "+w for a w of ws.
func endsWithAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, " "+w) {
			return true
		}
	}
	return false
}

// containsAny reports s holds " "+w for a w of ws.
func containsAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(s, " "+w) {
			return true
		}
	}
	return false
}

// prizeWords, folded, say the story is a prize won.
var prizeWords = []string{"gianh giai", "dat giai", "thang giai", "doat giai", "giai nhat", "giai bac", "giai vang",
	"vo dich", "huy chuong"}

// prizeStory reports a prize won in toks' title and lead (not the body's
// past prizes).
func prizeStory(toks []token) bool {
	for i := 0; i+1 < len(toks) && toks[i+1].field != fieldBody; i++ {
		if toks[i+1].first {
			continue
		}
		if two := toks[i].fold + " " + toks[i+1].fold; slices.Contains(prizeWords, two) {
			return true
		}
	}
	return false
}

// countedSchools reports a number right before "trường", "đại học" or
// "học viện" in toks' title or lead: the story counts schools ("6 trường
// quân đội", "Hơn 70 đại học").
func countedSchools(toks []token) bool {
	for i := 0; i+1 < len(toks) && toks[i+1].field != fieldBody; i++ {
		if !isDigits(toks[i].text) || toks[i+1].first || !joinable(toks, i+1) || i > 0 && toks[i-1].fold == "lop" { // not "lớp 10 trường chuyên"
			continue
		}
		switch toks[i+1].fold {
		case "truong":
			return true
		case "dai", "hoc": // "đại học", "học viện"; not "2 đại biểu", "3 học sinh": read on
			if i+2 < len(toks) && (toks[i+2].fold == "hoc" || toks[i+2].fold == "vien") {
				return true
			}
		}
	}
	return false
}

// otherProvince reports a kept mention of another province than mt's
// (no school's): the text places the story there ("Nghiên cứu của Học
// viện X … tại Quảng Trị", "học viên Học viện Y … vùng lũ Mường Than (Lai
// Châu)"), and the school is only who comes.
func otherProvince(ms []mention, mt *mention) bool {
	for j := range ms {
		o := &ms[j]
		if o != mt && o.dropped == "" && o.province != "" && o.province != mt.province && !isSchool(o.rule) {
			return true
		}
	}
	return false
}
