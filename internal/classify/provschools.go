package classify

import (
	"slices"
	"strings"

	"bantin/internal/model"
)

// schools are universities, academies and gifted high schools whose name
// names one school of one province, named without it (i15school, issue 9
// recall; testdata/classify/real/README.md, the final4–final6 entries: "a
// school, university or theatre named without its province gets the
// province it lies in when only one of that name exists"). A school's own
// news — its admissions, its campus, its events — happens where it is.
//
// What such a name does not say (schoolMentions refuses it, as
// sportsTeams, affiliations and studentBefore refuse a province ending a
// school's name): a team's name in a sports story (university football,
// school basketball: the older dev sets' convention, "ĐH Công nghệ Đồng
// Nai" as a team gets no province), unless the school is the match's venue
// ("trên sân Trường ĐH …"); an expert's, an officer's, a student's or a
// graduate's school ("PGS.TS A, Trường ĐH X", "Phó giám đốc ĐH X", "nữ
// sinh Học viện Y", "tốt nghiệp Học viện Y"); students' prize; one of a
// counted list of schools; a school whose story the text places in
// another province. "Đại học" is written in lower case, so that "Trường
// đại học X" matches as "Đại học X" does. A school's name stays a name in
// the story signature (leadPlaces skips it).
//
// A name goes in only when one school bears it and all its campuses lie in
// one province (former provinces as slugs: they tag their successor).
// Left out: names several provinces' schools share ("Đại học Văn hóa",
// "Đại học Sư phạm", "THPT chuyên Lê Quý Đôn", "chuyên Hùng Vương",
// "chuyên Lê Hồng Phong", "chuyên Nguyễn Bỉnh Khiêm", "chuyên Nguyễn Tất
// Thành", "chuyên Chu Văn An", "Đại học Hùng Vương"); schools with a branch
// campus in another province ("Đại học Tôn Đức Thắng", "Đại học Ngoại
// thương", "Đại học Thủy lợi", "Đại học Lâm nghiệp", "Đại học Mỏ - Địa
// chất", "Học viện Ngân hàng", "Học viện Công nghệ Bưu chính Viễn thông",
// "Học viện Phụ nữ Việt Nam", "Học viện Kỹ thuật Mật mã", "Học viện Tài
// chính" (new branches in TP.HCM and Hưng Yên), "Đại học Tài chính -
// Marketing", "Đại học CMC"); "THPT Kim Liên" (Nghệ An's Kim Liên
// has one too); and names that hold their province already ("Đại học Bách
// khoa Hà Nội", "THPT chuyên Hạ Long"). "Học viện Nông nghiệp Việt Nam"
// is left out for the fresh dev set's label (its club rule: no province).
// Every entry is refused before a capitalised word ("Học viện Lục quân
// Mỹ", "Đại học Quốc phòng Trung Quốc"). Names are facts of public record:
// the Ministry of Education and Training's list of higher-education
// institutions (moet.gov.vn), Wikipedia's "Danh sách trường đại học, học
// viện và cao đẳng tại Việt Nam" and "Danh sách trường trung học phổ thông
// chuyên tại Việt Nam", and the schools' own sites, written from them as
// known (not fetched when the list was made).
var schools = []placeEntry{
	// Hà Nội.
	{"đại học Kinh tế Quốc dân", "ha-noi", kindPlace, flagNoProperAfter},
	{"ĐH Kinh tế Quốc dân", "ha-noi", kindPlace, flagNoProperAfter},
	{"Học viện Ngoại giao", "ha-noi", kindPlace, flagNoProperAfter},
	{"Học viện Báo chí và Tuyên truyền", "ha-noi", kindPlace, flagNoProperAfter},
	{"đại học Phenikaa", "ha-noi", kindPlace, flagNoProperAfter},
	{"ĐH Phenikaa", "ha-noi", kindPlace, flagNoProperAfter},
	{"đại học Thăng Long", "ha-noi", kindPlace, flagNoProperAfter},
	{"đại học Đại Nam", "ha-noi", kindPlace, flagNoProperAfter},
	{"ĐH Đại Nam", "ha-noi", kindPlace, flagNoProperAfter},
	{"đại học Thành Đô", "ha-noi", kindPlace, flagNoProperAfter},
	{"đại học Công đoàn", "ha-noi", kindPlace, flagNoProperAfter},
	{"đại học Điện lực", "ha-noi", kindPlace, flagNoProperAfter},
	{"Học viện An ninh nhân dân", "ha-noi", kindPlace, flagNoProperAfter},
	{"Học viện Cảnh sát nhân dân", "ha-noi", kindPlace, flagNoProperAfter},
	{"Học viện Kỹ thuật quân sự", "ha-noi", kindPlace, flagNoProperAfter},
	{"Học viện Quân y", "ha-noi", kindPlace, flagNoProperAfter},
	{"Học viện Hậu cần", "ha-noi", kindPlace, flagNoProperAfter},
	{"Học viện Quốc phòng", "ha-noi", kindPlace, flagNoProperAfter},
	{"Học viện Phòng không - Không quân", "ha-noi", kindPlace, flagNoProperAfter},
	{"THPT chuyên Khoa học Tự nhiên", "ha-noi", kindPlace, flagNoProperAfter},
	{"THPT Việt Đức", "ha-noi", kindPlace, flagNoProperAfter},
	// TP.HCM (and the former Bình Dương).
	{"đại học Văn Lang", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"ĐH Văn Lang", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"đại học Hoa Sen", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"ĐH Hoa Sen", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"đại học Nguyễn Tất Thành", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"ĐH Nguyễn Tất Thành", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"đại học Văn Hiến", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"ĐH Văn Hiến", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"đại học Hồng Bàng", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"đại học Quốc tế Hồng Bàng", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"đại học Gia Định", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"đại học Kinh tế - Tài chính", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"đại học Y khoa Phạm Ngọc Thạch", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"đại học Kinh tế - Luật", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"ĐH Kinh tế - Luật", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"đại học Fulbright", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"Học viện Hàng không Việt Nam", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"đại học Cảnh sát nhân dân", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"đại học An ninh nhân dân", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"chuyên Trần Đại Nghĩa", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"Phổ thông Năng khiếu", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"THPT Gia Định", "ho-chi-minh", kindPlace, flagNoProperAfter},
	{"đại học Quốc tế Miền Đông", "binh-duong", kindPlace, flagNoProperAfter},
	// Đà Nẵng and Huế.
	{"đại học Duy Tân", "da-nang", kindPlace, flagNoProperAfter},
	{"ĐH Duy Tân", "da-nang", kindPlace, flagNoProperAfter},
	{"đại học Đông Á", "da-nang", kindPlace, flagNoProperAfter},
	{"ĐH Đông Á", "da-nang", kindPlace, flagNoProperAfter},
	{"đại học Phú Xuân", "hue", kindPlace, flagNoProperAfter},
	// Other provinces' universities and military schools.
	{"đại học Tây Nguyên", "dak-lak", kindPlace, flagNoProperAfter},
	{"ĐH Tây Nguyên", "dak-lak", kindPlace, flagNoProperAfter},
	{"đại học Lạc Hồng", "dong-nai", kindPlace, flagNoProperAfter},
	{"ĐH Lạc Hồng", "dong-nai", kindPlace, flagNoProperAfter},
	{"đại học Hồng Đức", "thanh-hoa", kindPlace, flagNoProperAfter},
	{"ĐH Hồng Đức", "thanh-hoa", kindPlace, flagNoProperAfter},
	{"đại học Tây Bắc", "son-la", kindPlace, flagNoProperAfter},
	{"đại học Hàng hải Việt Nam", "hai-phong", kindPlace, flagNoProperAfter},
	{"ĐH Hàng hải Việt Nam", "hai-phong", kindPlace, flagNoProperAfter},
	{"đại học Tân Tạo", "long-an", kindPlace, flagNoProperAfter},
	{"đại học Tây Đô", "can-tho", kindPlace, flagNoProperAfter},
	{"đại học Cửu Long", "vinh-long", kindPlace, flagNoProperAfter},
	{"đại học Xây dựng Miền Tây", "vinh-long", kindPlace, flagNoProperAfter},
	{"đại học Võ Trường Toản", "hau-giang", kindPlace, flagNoProperAfter},
	{"đại học Thành Đông", "hai-duong", kindPlace, flagNoProperAfter},
	{"đại học Sao Đỏ", "hai-duong", kindPlace, flagNoProperAfter},
	{"đại học Phạm Văn Đồng", "quang-ngai", kindPlace, flagNoProperAfter},
	{"đại học Quang Trung", "binh-dinh", kindPlace, flagNoProperAfter},
	{"đại học Yersin", "lam-dong", kindPlace, flagNoProperAfter},
	{"đại học Tân Trào", "tuyen-quang", kindPlace, flagNoProperAfter},
	{"đại học Trưng Vương", "vinh-phuc", kindPlace, flagNoProperAfter},
	{"Học viện Hải quân", "khanh-hoa", kindPlace, flagNoProperAfter},
	{"Học viện Lục quân", "lam-dong", kindPlace, flagNoProperAfter},
	{"Trường Sĩ quan Thông tin", "khanh-hoa", kindPlace, flagNoProperAfter},
	{"Trường Sĩ quan Không quân", "khanh-hoa", kindPlace, flagNoProperAfter},
	// Gifted high schools ("THPT chuyên X", "trường chuyên X").
	{"chuyên Lương Thế Vinh", "dong-nai", kindPlace, flagNoProperAfter},
	{"chuyên Trần Phú", "hai-phong", kindPlace, flagNoProperAfter},
	{"chuyên Lam Sơn", "thanh-hoa", kindPlace, flagNoProperAfter},
	{"chuyên Phan Bội Châu", "nghe-an", kindPlace, flagNoProperAfter},
	{"chuyên Võ Nguyên Giáp", "quang-binh", kindPlace, flagNoProperAfter},
	{"chuyên Lê Khiết", "quang-ngai", kindPlace, flagNoProperAfter},
	{"chuyên Lê Thánh Tông", "quang-nam", kindPlace, flagNoProperAfter},
	{"chuyên Nguyễn Trãi", "hai-duong", kindPlace, flagNoProperAfter},
	{"chuyên Trần Hưng Đạo", "binh-thuan", kindPlace, flagNoProperAfter},
	{"chuyên Lương Văn Tụy", "ninh-binh", kindPlace, flagNoProperAfter},
	{"chuyên Lương Văn Chánh", "phu-yen", kindPlace, flagNoProperAfter},
	{"chuyên Thăng Long", "lam-dong", kindPlace, flagNoProperAfter},
	{"chuyên Nguyễn Du", "dak-lak", kindPlace, flagNoProperAfter},
	{"chuyên Lý Tự Trọng", "can-tho", kindPlace, flagNoProperAfter},
	{"chuyên Huỳnh Mẫn Đạt", "kien-giang", kindPlace, flagNoProperAfter},
	{"chuyên Thoại Ngọc Hầu", "an-giang", kindPlace, flagNoProperAfter},
	{"chuyên Thủ Khoa Nghĩa", "an-giang", kindPlace, flagNoProperAfter},
	{"chuyên Nguyễn Quang Diêu", "dong-thap", kindPlace, flagNoProperAfter},
	{"chuyên Phan Ngọc Hiển", "ca-mau", kindPlace, flagNoProperAfter},
	{"chuyên Nguyễn Thị Minh Khai", "soc-trang", kindPlace, flagNoProperAfter},
	{"chuyên Hoàng Văn Thụ", "hoa-binh", kindPlace, flagNoProperAfter},
	{"chuyên Quang Trung", "binh-phuoc", kindPlace, flagNoProperAfter},
	{"chuyên Nguyễn Chí Thanh", "dak-nong", kindPlace, flagNoProperAfter},
}

// schoolNameHeads open every name of schools; schoolMentions knows a school's
// mention by them (no other place entry starts so).
var schoolNameHeads = []string{"đại học ", "ĐH ", "Học viện ", "THPT ", "chuyên ", "Trường Sĩ quan ", "Phổ thông Năng khiếu"}

// isSchool reports a rule of schools.
func isSchool(r *placeRule) bool {
	if r == nil || r.Kind != kindPlace || r.Admin != 0 {
		return false
	}
	for _, h := range schoolNameHeads {
		if strings.HasPrefix(r.Text, h) {
			return true
		}
	}
	return false
}

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
