package classify

import (
	"testing"
)

// TestQuotedFigures: 'bão' and 'cháy' quoted alone, "đi bão" and "gieo
// gió gặt bão" are figures and tag no weather or fire, while the bare
// words, a quotation that goes on past them and a word at the end of its
// field still do. The rules alone; sentences written for the test.
func TestQuotedFigures(t *testing.T) {
	checkRuleTopics(t, []topicCase{
		{"Nữ ca sĩ nhận 'bão' chỉ trích sau phát ngôn", "moi-truong", false},
		{"Nhiều nhà hàng “cháy” bàn dịp cuối tuần", "xa-hoi", false},
		{"Cổ động viên đi bão mừng chiến thắng", "moi-truong", false},
		{"Kẻ gieo gió gặt bão", "moi-truong", false},
		{"Bão số 5 đổ bộ vào đất liền", "moi-truong", true},
		{"Cháy lớn tại xưởng gỗ trong đêm", "xa-hoi", true},
		{"Người dân gọi đó là 'bão lớn nhất mười năm'", "moi-truong", true},
		{"Ngư dân khẩn trương về bờ tránh 'bão'", "moi-truong", true},
	})
}
