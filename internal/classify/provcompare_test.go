package classify

import "testing"

// TestComparedPlaces covers a class of the judged training-day samples
// (issue 9, fifth pass): a place set beside the story's for comparison or
// as the city the story's places are near. The sentences are written for
// the test.
func TestComparedPlaces(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"instead of", "Mẹo du lịch tiết kiệm", "Du khách nên bay đến Đà Nẵng thay vì Hà Nội để có vé rẻ hơn.", "da-nang"},
		{"ahead even of", "Bắc Ninh dẫn đầu điểm thi môn toán", "Bắc Ninh vượt cả TP.HCM về điểm trung bình.", "bac-ninh"},
		{"ahead of two", "Khánh Hòa vượt Hà Nội, TP.HCM về lượng khách quốc tế", "", "khanh-hoa"},
		{"more than", "Hải Phòng nắng nóng hơn TP.HCM", "", "hai-phong"},
		{"an overpass's name", "Thông xe cầu vượt Thủ Đức", "", "ho-chi-minh"},
		{"compared with", "Tỉnh có giá thuê nhà thấp nhất", "Giá thuê nhà ở Cần Thơ chỉ bằng một nửa so với TP.HCM.", "can-tho"},
		{"near a city", "Ba khu cắm trại gần Hà Nội cho cuối tuần", "Ba Vì là lựa chọn quen thuộc.", ""},
		{"near a city, the places named", "Năm bãi biển gần TP.HCM", "Vũng Tàu và Phan Thiết là hai điểm đến quen thuộc.", "ho-chi-minh ba-ria-vung-tau lam-dong binh-thuan"},
		{"a road linking to a city counts", "Thông xe đường nối sân bay Long Thành", "Tuyến đường kết nối với TP.HCM được hoàn thiện.", "dong-nai ho-chi-minh"},
		{"near a landmark places it", "Cháy nhà gần chợ Bến Thành", "Lửa bùng lên lúc rạng sáng.", "ho-chi-minh"},
		{"the compared place named again", "Hà Nội đông dân hơn so với TP.HCM", "Dân số TP.HCM tăng chậm lại.", "ha-noi ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}
