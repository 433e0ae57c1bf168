package classify

import (
	"slices"
	"testing"

	"bantin/internal/model"
)

// TestCueNegatives: a cue read inside another word tags nothing (a drill,
// a flood, a bridge, an aircraft carrier, a café, a Vietnamese place or singer, a
// sensation, a sell-out, explosives, a pickleball tour, a university, the
// international financial centre), while the same cue standing alone, a
// longer cue holding the negative ("Mặt trận Tổ quốc") and a cue after a
// barred negative ("trận mưa lớn") still tag. The rules alone, so that
// each case shows what the cues do; the sentences are written for the test.
func TestCueNegatives(t *testing.T) {
	checkRuleTopics(t, []topicCase{
		{"Trung Quốc tập trận quy mô lớn gần Đài Loan", "the-thao", false},
		{"Trận lũ lịch sử cuốn trôi hàng trăm ngôi nhà", "the-thao", false},
		{"Trận động đất mạnh làm rung chuyển thủ đô", "the-thao", false},
		{"Trận động đất mạnh làm rung chuyển thủ đô", "moi-truong", true},
		{"Trận mưa lớn gây ngập nhiều tuyến phố", "moi-truong", true},
		{"Trận mưa lớn gây ngập nhiều tuyến phố", "the-thao", false},
		{"Pháo hoa được đưa lên trận địa trước giờ giao thừa", "the-thao", false},
		{"Tìm số 69 trong ma trận ký tự", "the-thao", false},
		{"Hà Nội FC thắng trận thứ ba liên tiếp", "the-thao", true},
		{"Mặt trận Tổ quốc tỉnh lấy ý kiến cử tri", "chinh-tri", true},
		{"Mặt trận Tổ quốc tỉnh lấy ý kiến cử tri", "the-thao", false},
		{"Khởi công cầu Thủ Thiêm 4 vào cuối năm", "the-thao", false},
		{"Cầu thủ Thủ Thiêm ghi bàn ở phút cuối", "the-thao", true},
		{"Tàu sân bay tiến vào vùng biển phía nam", "giao-thong", false},
		{"Sân bay Long Thành đón chuyến bay đầu tiên", "giao-thong", true},
		{"Quán cà phê ven hồ đông khách dịp cuối tuần", "nong-nghiep", false},
		{"Giá cà phê xuất khẩu tăng mạnh", "nong-nghiep", true},
		{"Cà phê sữa đá có hại cho gan không?", "nong-nghiep", false},
		{"Cữ cà phê buổi chiều làm mất ngủ", "nong-nghiep", false},
		{"Đường hoa Phú Mỹ Hưng mở cửa đón khách", "the-gioi", false},
		{"Ca sĩ Mỹ Tâm mở bán vé đêm nhạc", "the-gioi", false},
		{"Mỹ áp thuế mới với hàng nhập khẩu", "the-gioi", true},
		{"Bộ phim mới gây bão mạng xã hội", "moi-truong", false},
		{"Bão số 3 đổ bộ vào đất liền", "moi-truong", true},
		{"Điện thoại mới cháy hàng ngay ngày mở bán", "xa-hoi", false},
		{"Cháy lớn tại chung cư, nhiều người mắc kẹt", "xa-hoi", true},
		{"Bắt nhóm người tàng trữ thuốc nổ", "y-te", false},
		{"Tay vợt Việt Nam vô địch PPA Tour", "doi-song", false},
		{"Trường ĐH Công nghệ công bố điểm chuẩn", "khoa-hoc-cong-nghe", false},
		{"Trung tâm tài chính quốc tế thu hút nhà đầu tư", "the-gioi", false},
		{"Ông A làm Giám đốc Sở Nông nghiệp và Môi trường", "nong-nghiep", false},
		{"Ông A làm Giám đốc Sở Nông nghiệp và Môi trường", "moi-truong", false},
		{"Bổ nhiệm Thứ trưởng Bộ Nông nghiệp và Môi trường", "nong-nghiep", false},
		{"Sở Nông nghiệp và Môi trường hỗ trợ nông dân trồng lúa", "nong-nghiep", true},
		{"Ngân hàng Nông nghiệp và Phát triển nông thôn tăng vốn", "nong-nghiep", false},
		{"Xuất khẩu nông nghiệp tăng mạnh", "nong-nghiep", true},
		{"Bệnh viện diễn tập chữa cháy ban đêm", "quoc-phong-an-ninh", false},
		{"Quân khu 7 diễn tập phòng thủ", "quoc-phong-an-ninh", true},
	})
}

// TestEmptyCueRefused: a cue or a cue negative without words makes New
// fail, as its contract says, rather than panic.
func TestEmptyCueRefused(t *testing.T) {
	savedCues, savedNegatives := cues, cueNegatives
	defer func() { cues, cueNegatives = savedCues, savedNegatives }()
	for _, text := range []string{"", "…"} {
		cues = append(slices.Clone(savedCues), cue{Text: text, Topic: "the-thao", W: 1})
		if _, err := NewWithModel(model.NewCatalog(), nil); err == nil {
			t.Errorf("cue %q accepted", text)
		}
		cues, cueNegatives = savedCues, append(slices.Clone(savedNegatives), text)
		if _, err := NewWithModel(model.NewCatalog(), nil); err == nil {
			t.Errorf("cue negative %q accepted", text)
		}
		cueNegatives = savedNegatives
	}
}
