package classify

import "strings"

// schools are universities, academies and gifted high schools whose name
// names one school of one province, named without it (i15school, issue 9
// recall; testdata/classify/real/README.md, the final4–final6 entries: "a
// school, university or theatre named without its province gets the
// province it lies in when only one of that name exists"). A school's own
// news — its admissions, its campus, its events — happens where it is.
//
// What such a name does not say (schoolMentions, provschoolrefusals.go,
// refuses it, as sportsTeams, affiliations and studentBefore refuse a
// province ending a school's name): a team's name in a sports story (university football,
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
	// Lê Trực upper secondary school, xã Tuyên Hóa (i23former; provformer23.go).
	{"THPT Lê Trực", "quang-binh", kindPlace, flagNoProperAfter},
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
