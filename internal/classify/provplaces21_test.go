package classify

import "testing"

// TestRecallPlaces21 covers the landmarks of provplaces21.go named alone,
// the route landmarks read as routes' ends (routeLandmarkOut), a school's
// ground written "sân vận động" or "SVĐ" (schoolVenue), and the
// counter-cases kept out: a name before another place's capital, a
// school's team away from its ground, a hospital named without its city. The sentences are written for the test; each
// want a change gives fails on main.
func TestRecallPlaces21(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"an expressway with both ends in one city", "Xe khách lao khỏi cao tốc Pháp Vân - Cầu Giẽ, 4 người chết", "", "ha-noi"},
		{"the expressway written the other way", "Cứu người mắc kẹt trong ôtô", "Ôtô bẹp dúm trên cao tốc Cầu Giẽ - Pháp Vân.", "ha-noi"},
		{"an expressway inside one former province", "Xe tải tông xe container trên cao tốc Trung Lương - Mỹ Thuận", "", "dong-thap tien-giang"},
		{"a bridge", "Hoãn tuyên án vụ tai nạn liên hoàn trên cầu Phú Mỹ", "", "ho-chi-minh"},
		{"a river", "Nạo vét sông Tô Lịch trước mùa mưa", "", "ha-noi"},
		{"a metro line", "Đường sắt Cát Linh - Hà Đông chở khách miễn phí dịp Tết", "", "ha-noi"},
		{"a pagoda on a state visit", "Hoàng hậu Bhutan lễ Phật tại chùa Trấn Quốc", "", "ha-noi"},
		{"a pagoda of another province", "Chùa Bái Đính đông nghịt khách đầu năm", "", "ninh-binh"},
		{"a border gate", "Xe hàng ùn ở cửa khẩu Lao Bảo", "", "quang-tri"},
		{"a port", "Tàu container lớn nhất cập cảng Lạch Huyện", "", "hai-phong"},
		{"a national park", "Phát hiện loài ếch mới ở vườn quốc gia Pù Mát", "", "nghe-an"},
		{"a zoo", "Vườn thú Thủ Lệ đón hai hổ con", "", "ha-noi"},
		{"a museum", "Trưng bày áo dài xưa tại Bảo tàng Phụ nữ Việt Nam", "", "ha-noi"},
		{"a market", "Tiểu thương chợ Hàn bày hàng Tết", "", "da-nang"},
		{"a relic", "Cựu chiến binh thăm Địa đạo Vịnh Mốc", "", "quang-tri"},
		{"a school's ground written whole", "Khai mạc giải bóng đá sinh viên quốc tế",
			"Hàng ngàn cổ động viên tới sân vận động Trường ĐH Nha Trang xem trận mở màn.", "khanh-hoa"},
		{"a school's ground abbreviated", "Những bóng hồng trên khán đài SVĐ Trường ĐH Nha Trang", "", "khanh-hoa"},
		{"a name before another country's name", "Chợ Hàn Quốc ở Los Angeles mở cửa lại", "", ""},
		{"a longer route keeps its own reading", "Đề xuất mở rộng cao tốc TP.HCM - Trung Lương - Mỹ Thuận", "", "ho-chi-minh"},
		{"a route landmark where the text names the place", "Xe tải gây tai nạn trên cao tốc",
			"Xe tải đâm xe đang dừng trên cao tốc Pháp Vân - Cầu Giẽ, Duy Tiên.", "ninh-binh ha-nam"},
		{"a route landmark beside two routes' ends", "2 cao tốc cấm xe tải chạy làn 1",
			"Xe tải không được chạy làn 1 trên cao tốc Pháp Vân - Cầu Giẽ và cao tốc Hà Nội - Hải Phòng.", "ha-noi hai-phong"},
		{"a school's team away from its ground", "Trường ĐH Nha Trang thắng 2-0 trên sân vận động Quy Nhơn", "", "gia-lai binh-dinh"},
		{"a hospital named without its city", "Bệnh viện Chợ Rẫy cứu sống bệnh nhân", "", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestRecallPlaces21Verdicts re-classifies i21provrec's judged training-day
// items: every tag its change adds (checkRecallVerdicts).
func TestRecallPlaces21Verdicts(t *testing.T) {
	checkRecallVerdicts(t, "prov_i21provrec.jsonl")
}
