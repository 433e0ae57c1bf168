package classify

import "testing"

// TestQuotedStatements covers places in someone's words: a title that is
// wholly a quotation, and a quotation after a colon, place the story; a
// work's title or a nickname in quotes still does not. The sentences are
// written for the test.
func TestQuotedStatements(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a title that is a reader's view", "'Phí gửi xe ở Đà Nẵng nên tính theo giờ'", "Tôi thấy mức thu theo lượt chưa hợp lý.", "da-nang"},
		{"an official's words after a colon", "Giám đốc sở: 'Nước sạch về tới mọi xã Cà Mau trong năm nay'", "", "ca-mau"},
		{"a song's title", "Ca sĩ trẻ hát lại 'Mùa thu Hà Nội trong mắt em'", "Bản phối mới ra mắt tối qua.", ""},
		{"a nickname after a colon", "Giải sinh viên ngày 5: 'Messi xứ Nghệ' tỏa sáng", "", ""},
		{"a short quotation opening the title", "'Biển Nha Trang' giữa phố nhếch nhác", "", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestSuperlatives covers "nhất" before a place: the most of its kind
// there, not a firm's name or a title; a league's rank is no superlative.
// The sentences are written for the test.
func TestSuperlatives(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the biggest firm of a province", "Công ty nộp thuế nhiều nhất Hải Phòng công bố lãi quý", "", "hai-phong"},
		{"the finest building in quotes", "Xử lý 'ngôi nhà đẹp nhất Bạc Liêu' xây trái phép", "", "ca-mau bac-lieu"},
		{"a firm's own name", "Công ty Sao Mai Hải Phòng công bố lãi quý", "", ""},
		{"a first-division club", "Hạng nhất: đội hạng nhất Bắc Ninh thắng đậm", "", ""},
	}
	checkProvinces(t, c, cases, true)
}
