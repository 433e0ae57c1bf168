package classify

import (
	"slices"
	"testing"

	"bantin/internal/model"
)

// TestQuotedFigures: 'bão' and 'cháy' quoted alone, "đi bão" and "gieo
// gió gặt bão" are figures and tag no weather or fire, while the bare
// words, a quotation that goes on past them and a word at the end of its
// field still do. The rules alone; sentences written for the test.
func TestQuotedFigures(t *testing.T) {
	c, err := NewWithModel(model.NewCatalog(), nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		title, topic string
		want         bool
	}{
		{"Nữ ca sĩ nhận 'bão' chỉ trích sau phát ngôn", "moi-truong", false},
		{"Nhiều nhà hàng “cháy” bàn dịp cuối tuần", "xa-hoi", false},
		{"Cổ động viên đi bão mừng chiến thắng", "moi-truong", false},
		{"Kẻ gieo gió gặt bão", "moi-truong", false},
		{"Bão số 5 đổ bộ vào đất liền", "moi-truong", true},
		{"Cháy lớn tại xưởng gỗ trong đêm", "xa-hoi", true},
		{"Người dân gọi đó là 'bão lớn nhất mười năm'", "moi-truong", true},
		{"Ngư dân khẩn trương về bờ tránh 'bão'", "moi-truong", true},
	}
	for _, tc := range cases {
		t.Run(tc.title+"/"+tc.topic, func(t *testing.T) {
			got := topicSlugs(c.Classify(Input{Title: tc.title}))
			if slices.Contains(got, tc.topic) != tc.want {
				t.Errorf("topics %v: %s among them is %v, want %v", got, tc.topic, !tc.want, tc.want)
			}
		})
	}
}
