package classify

import "testing"

// TestNamesInNames covers the sixth session's first class (s13): a bare
// place whose name goes on into a longer one, a person's, a building's, a
// newspaper's or another place's, and former districts' names that are
// more often a person's or a brand's. The sentences are written for the
// test.
func TestNamesInNames(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a player's given name", "Vinh Tùng vào chung kết giải quần vợt", "", ""},
		{"the city of Vinh stays", "Vinh mưa lớn, nhiều tuyến phố ngập", "", "nghe-an"},
		{"a building's name", "Cháy căn hộ chung cư", "Lửa bùng lên ở tầng 9 chung cư Tân Hồng Hà, phường Khương Đình.", "ha-noi"},
		{"a newspaper after a place", "Đội tuyển lên đường", "Như Thanh Niên đã đưa tin, đội tuyển bay sang Doha sáng nay.", ""},
		{"another place goes on", "Hạ tầng mới cho khu Đông Hà Nội", "", "ha-noi"},
		{"a person's full name", "Bắt nghi phạm Châu Phú Lộc", "", ""},
		{"a direction goes on a place's name", "Pháo hoa ở phường Quy Nhơn Đông", "Bầu trời Quy Nhơn Đông rực sáng đêm qua.", "gia-lai binh-dinh"},
		{"a foreign word names the place's venue", "Khai trương Nha Trang Center mới", "", "khanh-hoa"},
		{"a name after a place", "Khởi tố giám đốc", "Công an khởi tố giám đốc Trung tâm Hải Hà Nguyễn Văn Hòa.", "quang-ninh"},
		{"a reader's name", "Có nên uống sữa mỗi ngày?", "Tôi bị mỡ máu cao, có nên uống sữa? (Thanh Hà, Tuyên Quang)", ""},
		{"a beauty queen", "Hoa hậu Thanh Hà dự lễ hội", "", ""},
		{"a brand", "Minh Long ra mắt bộ ấm chén mới", "", ""},
		{"a market of Hà Nội", "Tiểu thương chợ Đồng Xuân bán hàng trực tuyến", "", ""},
		{"the district with its context", "Mưa lớn ở Thanh Hà", "", "hai-phong hai-duong"},
		{"the district's produce", "Vải thiều Thanh Hà vào vụ", "", "hai-phong hai-duong"},
	}
	checkProvinces(t, c, cases, true)
}
