package classify

import "testing"

// TestRecallPlaces20 covers the places of provrecall20.go named alone and
// the counter-cases kept out: the mausoleum's visit, a park another
// province shares the name of, a lake on three provinces, a bare district
// name two provinces share. The sentences are written for the test; each
// want a recallPlaces20 entry gives fails on main.
func TestRecallPlaces20(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a park named alone", "Khai quật rãnh mộ ở công viên Lê Thị Riêng", "Lực lượng chức năng làm việc xuyên đêm.", "ho-chi-minh"},
		{"the park, capitalised", "Lễ tưởng niệm", "Người dân thắp hương tại Công viên Lê Thị Riêng tối qua.", "ho-chi-minh"},
		{"the park's old name", "Ký ức về nghĩa trang Đô Thành", "", "ho-chi-minh"},
		{"a sports complex's area", "Khởi công khu liên hợp thể thao Rạch Chiếc", "", "ho-chi-minh"},
		{"a traffic police team named after it", "CSGT Rạch Chiếc xử lý xe quá tải", "", "ho-chi-minh"},
		{"a coach station in lower case", "Đông nghịt khách ở Bến xe miền Tây", "Hành khách chờ xe về quê.", "ho-chi-minh"},
		{"the other coach station", "Bến xe miền Đông mới tăng chuyến dịp lễ", "", "ho-chi-minh"},
		{"a lake after hồ", "Xe khách lật gần hồ Bàu Trắng", "Ba người bị thương.", "lam-dong binh-thuan"},
		{"an expressway named after the capital", "Ngập sâu trên xa lộ Hà Nội", "Nhiều xe máy chết máy giữa đường.", "ho-chi-minh"},
		{"the national fair centre", "Hội chợ mùa thu khai mạc", "Hội chợ diễn ra tại Trung tâm Hội chợ Triển lãm Quốc gia.", "ha-noi"},
		{"a nature reserve", "Phát hiện voọc quý ở Khu bảo tồn thiên nhiên Phong Điền", "", "hue thua-thien-hue"},
		{"a stadium named alone", "Giải chạy xuất phát từ sân vận động Gia Định", "", "ho-chi-minh"},
		{"a statue", "Du khách chụp ảnh bên tượng đài Lý Thái Tổ", "", "ha-noi"},
		{"a city's alleys", "Hẻm Sài Gòn rộn ràng đón Trung thu", "", "ho-chi-minh"},
		{"the mausoleum's visit is kept out", "Đoàn đại biểu vào Lăng viếng Chủ tịch Hồ Chí Minh", "", ""},
		{"a bare district name two provinces share", "Mưa lớn ở Phong Điền", "", ""},
		{"a lake on three provinces", "Hồ Dầu Tiếng xả lũ", "", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestRecall20Verdicts re-classifies i20provrec's judged training-day items:
// every tag recallPlaces20 adds and the sample of 200 untagged items
// (checkRecallVerdicts).
func TestRecall20Verdicts(t *testing.T) {
	checkRecallVerdicts(t, "prov_i20provrec.jsonl")
}
