package classify

import "testing"

// TestLandmarks19 covers the landmarks of provlandmarks19.go named alone,
// and the counter-cases of the names they share: the Hà Nội temple called
// Bạch Mã, the Quảng Ngãi commune and the typhoon called Ba Vì, Đà Nẵng's
// club called after the Hàn river, the bridge to Đồng Nai called Cát Lái.
// The sentences are written for the test.
func TestLandmarks19(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the river", "Lật đò trên sông Gianh, hai người mất tích", "", "quang-tri quang-binh"},
		{"the island", "Bầu cử sớm trên đảo Hòn Khoai", "", "ca-mau"},
		{"the pagoda complex", "Khai mạc lễ hội ở khu du lịch Tam Chúc", "", "ninh-binh ha-nam"},
		{"the pagoda", "Hàng vạn người dự lễ khai xuân ở chùa Ba Vàng", "", "quang-ninh"},
		{"the national park", "Du khách bẻ cành hoa ở Vườn quốc gia Ba Vì", "", "ha-noi"},
		{"the peak", "Sạt lở đường lên đỉnh Bạch Mã", "", "hue"},
		{"the temple of that name is not the park", "Thu phí tham quan đền Bạch Mã", "", ""},
		{"the typhoon of that name", "Siêu bão Ba Vì mạnh cấp 17", "", ""},
		{"the port", "Xe container cháy trên đường vào cảng Cát Lái", "", "ho-chi-minh"},
		{"beside the river", "Diễu hành áo dài ven sông Hàn", "", "da-nang"},
		{"the club called after the river", "Tiền đạo của đội bóng sông Hàn quyết đòi nợ", "", ""},
		{"the zoo", "Đám cưới cặp hươu cao cổ ở Thảo Cầm Viên", "", "ho-chi-minh"},
		{"the cathedral", "Biển người đổ về ngắm Nhà thờ Đức Bà lúc lên đèn", "", "ho-chi-minh"},
		{"a pass in one province", "Xe khách tông vách núi trên đèo Khánh Lê", "", "khanh-hoa"},
		{"the shrine", "Trung tâm hành hương Đức Mẹ La Vang đón khách đầu năm", "", "quang-tri"},
		{"the exhibition centre as a venue", "Triển lãm máy công cụ diễn ra tại SECC", "", "ho-chi-minh"},
		{"the exhibition centre's own name is no venue", "SECC tuyển nhân viên", "", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestSchoolVenue covers a university's ground named as a match's venue in
// a sports story ("trên sân Trường ĐH Nha Trang"): the place in its name says
// where the match is played; and the counter-cases: the team of that name,
// a venue that names no place.
func TestSchoolVenue(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the ground after trên sân", "Nảy lửa hai cặp đấu bán kết",
			"Hôm nay trên sân Trường ĐH Nha Trang diễn ra hai trận bán kết giải bóng đá sinh viên.", "khanh-hoa"},
		{"the ground after tại sân", "Khai mạc vòng chung kết giải bóng đá sinh viên",
			"Mười hai đội bóng tranh tài tại sân Trường ĐH Nha Trang.", "khanh-hoa"},
		{"the team of that name", "Trường ĐH Nha Trang 1-1 Trường ĐH Tôn Đức Thắng",
			"Trường ĐH Nha Trang để hòa ở lượt cuối vòng bảng giải bóng đá sinh viên.", ""},
		{"a ground that names no place", "Khai mạc giải bóng đá sinh viên",
			"Giải khai mạc trên sân Trường ĐH Tôn Đức Thắng chiều nay.", ""},
	}
	checkProvinces(t, c, cases, true)
}
