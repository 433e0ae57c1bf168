package classify

import "testing"

// TestProfiles covers a dating column's profile, whose places are the
// writer's home (the development labels give it no province), against
// leads that only look like one. The sentences are written for the test.
func TestProfiles(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a profile's age", "Tìm người cùng đi đường dài", "Em 29 tuổi, sống và làm việc tại Hà Nội, thích nấu ăn.", ""},
		{"a profile's birth year, the city in the title", "Tìm bạn gái hiền lành ở Đà Nẵng",
			"Mình sinh năm 1990, quê Quảng Nam, làm kỹ sư tại Đà Nẵng.", ""},
		{"a profile's generation", "Tìm anh hiền lành", "Em là cô gái 9x, sống và làm việc ở Đà Lạt.", ""},
		{"a profile's 'là nam'", "Mong gặp người chân thành", "Tôi là nam, 41 tuổi, đang ở Cần Thơ.", ""},
		{"a third person with an age", "Cứu người đuối nước", "Anh Tuấn, 38 tuổi, bơi ra cứu hai em nhỏ ở Hội An.", "da-nang quang-nam"},
		{"a child", "Xe tải cán bé trai", "Em bé 9 tuổi bị xe tải cán ở Long Xuyên, được đưa đi cấp cứu.", "an-giang"},
		{"an interview in the first person", "Lần đầu chạy marathon", "Tôi chạy 42 km ở Đà Lạt và về đích sau 5 giờ.", "lam-dong"},
	}
	checkProvinces(t, c, cases, true)
}
