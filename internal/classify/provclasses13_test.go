package classify

import "testing"

// TestCarriersTrips covers a class of this round's samples (i9prov13): a
// vehicle's trip named "từ X đi Y", whose origin is not the story's place.
// The sentences are written for the test; the counter-cases hold what
// must stay.
func TestCarriersTrips(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a flight's origin", "Máy bay quay đầu vì hành khách ốm",
			"Chuyến bay của Vietjet từ Hà Nội đi Tokyo (Nhật Bản) phải quay đầu giữa chừng.", ""},
		{"a train's origin", "Sản phụ sinh con trên tàu",
			"Tổ tàu SE2 từ TP.HCM đi Hà Nội đỡ đẻ cho hành khách khi tàu qua tỉnh Quảng Ngãi.", "ha-noi quang-ngai"},
		{"a coach's origin", "Mất trộm trên xe khách",
			"Hai hành khách đi xe khách từ Cần Thơ đi Cà Mau bị mất túi tiền.", "ca-mau"},
		{"no carrier: a supply line", "Triệt phá đường dây",
			"Đường dây lừa đảo từ Hà Nội đi Lạng Sơn bị triệt phá.", "ha-noi lang-son"},
		{"no carrier: a race's stage", "Chặng 5 giải xe đạp",
			"Chặng 5 diễn ra từ Huế đi Quảng Trị dài 150 km.", "hue quang-tri"},
	}
	checkProvinces(t, c, cases, true)
}

// TestBordersInterchanges covers two more classes (i9prov13): a neighbour
// named after "giáp", and an interchange named "nút giao thông X" after a
// namesake. The sentences are written for the test.
func TestBordersInterchanges(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a neighbour city", "Khu công nghiệp mới giáp TP.HCM",
			"Tỉnh Tây Ninh vừa duyệt khu công nghiệp 500 ha giáp TP.HCM.", "tay-ninh"},
		{"a neighbour province", "Xã biên giới khánh thành trường học",
			"UBND xã Tân Thạnh (TP.HCM, giáp tỉnh Đồng Nai) khánh thành trường học mới.", "ho-chi-minh"},
		{"the boundary itself", "Chợ tự phát cản trở giao thông",
			"Chợ họp ở đoạn giáp ranh hai phường của TP.HCM gây ùn tắc.", "ho-chi-minh"},
		{"an interchange's namesake", "Thi tuyển thiết kế nút giao bốn tầng",
			"TP.HCM thi tuyển phương án kiến trúc nút giao thông Gò Công trên Vành đai 3.", "ho-chi-minh"},
		{"the town itself", "Lễ hội nghinh Ông ở Gò Công", "", "dong-thap tien-giang"},
	}
	checkProvinces(t, c, cases, true)
}

// TestGroupsFrom covers a family, a candidate and tourists named with
// where they come from (i9prov13): their home, the story's place only when
// no other place is named. The sentences are written for the test.
func TestGroupsFrom(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a family's home", "Khách sạn từ chối nhận phòng",
			"Một gia đình từ Bắc Ninh bị từ chối nhận phòng tại Đà Nẵng.", "da-nang"},
		{"tourists' city", "Mùa lễ đông khách",
			"Du khách từ Hà Nội chiếm phần lớn lượng khách ở Sa Pa dịp lễ.", "lao-cai"},
		{"a candidate alone", "Thủ khoa khối D", "Một thí sinh từ Nghệ An đạt điểm tuyệt đối.", "nghe-an"},
	}
	checkProvinces(t, c, cases, true)
}

// TestTouristsHomes covers tourists named with their city (i9prov13, from
// the unseen sample s1303, which is therefore no longer unseen): their
// home, the story's place only when no other place is named. The
// sentences are written for the test.
func TestTouristsHomes(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"tourists rescued at a beach", "Cứu 3 du khách Hải Phòng bị sóng cuốn ở biển Sầm Sơn", "", "thanh-hoa"},
		{"a group at a homestay", "Khách tố homestay",
			"Nhóm khách Cần Thơ đặt phòng trước nhưng đến nơi homestay ở Đà Lạt báo hết phòng.", "lam-dong"},
		{"tourists alone", "Du khách Hà Nội chia sẻ kinh nghiệm du lịch tiết kiệm", "", "ha-noi"},
		// The line itself is the story; an accident on it is not placed
		// at its ends (TestProvClasses18, like a road's: accidentRoutes).
		{"a passenger train's route", "Tàu chở khách Hà Nội - Hải Phòng chạy thêm chuyến dịp Tết", "", "ha-noi hai-phong"},
	}
	checkProvinces(t, c, cases, true)
}
