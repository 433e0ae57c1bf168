package vntext

import "testing"

func TestCentralTitle(t *testing.T) {
	for _, tt := range []struct {
		name   string
		titles []string
		want   int
	}{
		{"empty", nil, 0},
		{"two titles: the earliest", []string{"Đội tuyển trở lại tập luyện", "Đội tuyển thắng 2-0, giành vé dự giải châu Á"}, 0},
		{"a preview first", []string{
			"Đội tuyển trở lại tập luyện trước trận quyết định",
			"Thắng Lào 2-0, đội tuyển giành vé dự giải châu Á",
			"Đội tuyển giành vé dự giải châu Á sau trận thắng Lào",
			"Báo Lào khen đội tuyển Việt Nam",
		}, 2},
		{"a side angle first", []string{
			"Hai thập niên ca hát của nữ ca sĩ",
			"Khởi tố nữ ca sĩ vì sử dụng ma túy",
			"Nữ ca sĩ bị khởi tố vì sử dụng ma túy ở Cát Bà",
			"Khởi tố thêm 3 người trong vụ nữ ca sĩ sử dụng ma túy",
		}, 1},
		{"the same words without diacritics or in capitals count as the same", []string{
			"Bão số 3 suy yếu",
			"BÃO SỐ 3 ĐỔ BỘ QUẢNG NINH",
			"Bao so 3 do bo Quang Ninh, gio giat cap 12",
		}, 1},
		{"a tie goes to the earliest", []string{"Tin một", "Tin một", "Tin một"}, 0},
		{"a title of punctuation only never wins", []string{"…", "Giá vàng tăng", "Giá vàng tăng mạnh"}, 1},
	} {
		if got := CentralTitle(tt.titles); got != tt.want {
			t.Errorf("%s: CentralTitle = %d (%q), want %d", tt.name, got, at(tt.titles, got), tt.want)
		}
	}
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return ""
}

func TestCentralOrder(t *testing.T) {
	titles := []string{
		"Đội tuyển trở lại tập luyện trước trận quyết định",
		"Thắng Lào 2-0, đội tuyển giành vé dự giải châu Á",
		"Đội tuyển giành vé dự giải châu Á sau trận thắng Lào",
		"Báo Lào khen đội tuyển Việt Nam",
	}
	if got := CentralOrder(titles); len(got) != 4 || got[0] != 2 || got[1] != 1 {
		t.Errorf("CentralOrder = %v, want the two reports of the win first (2, 1, …)", got)
	}
	if got := CentralOrder(titles[:2]); got[0] != 0 || got[1] != 1 {
		t.Errorf("two titles: %v, want publication order", got)
	}
	for _, tt := range []struct {
		preferred []bool
		want      int
	}{
		{[]bool{false, false, false, false}, 2}, // none preferred: the most central
		{[]bool{true, true, false, true}, 1},    // the most central preferred one
		{[]bool{true, false, false, false}, 0},
	} {
		if got := CentralPreferred(titles, tt.preferred); got != tt.want {
			t.Errorf("CentralPreferred(%v) = %d, want %d", tt.preferred, got, tt.want)
		}
	}
	if got := CentralPreferred(nil, nil); got != -1 {
		t.Errorf("CentralPreferred of nothing = %d, want -1", got)
	}
}
