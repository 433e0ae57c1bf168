package classify

import (
	"reflect"
	"testing"

	"bantin/internal/model"
)

// FuzzClassifySigned is the whole classifier with the story signature over
// any title and lead: it never panics, and ClassifySigned returns what
// Classify and Signature return apart. Its seeds reach the rules of the
// twenty-second session (a match's previews, "hạ", a birthplace, listed
// units, a coast or border, a multiple, a common first word, a word
// written in lower case elsewhere).
func FuzzClassifySigned(f *testing.F) {
	for _, s := range [][2]string{
		{"Trực tuyến Việt Nam - Thái Lan (19h): chờ bàn thắng", "Việt Nam cần thắng 2-1 ở lượt đi, tối nay 15-12"},
		{"Anh và Pháp đều không muốn tranh giải ba World Cup", "đội hình 4-3-2-1 hôm qua 24-11"},
		{"Việt Nam hạ màn, triệt hạ Thái Lan", "hạ"},
		{"Bác sĩ Ghi Võ", "Sinh ra trong gia đình nông dân ở Quảng Trị, Huế, Đà Nẵng"},
		{"Lũ ở các xã Long Hưng, Long Định và Tân Phước", "phường Tây Nha Trang, Bắc Nha Trang và"},
		{"Ngư dân Gia Lai", "ven biển của tỉnh An Giang, xã biên giới thuộc tỉnh Lâm Đồng, vùng biển Gia Lai - Khánh Hòa"},
		{"Rộng gấp 2,5 lần sân vận động Mỹ Đình", "gấp đôi sân bay Tân Sơn Nhất"},
		{"Bão Kalmaegi đổ bộ", "Đặng Văn Lâm. Thủ môn đang bắt chính"},
		{"Sinh ra", "ra"}, {"", "Sinh ra ở"}, {"xã", "xã Long Hưng,"}, {"biển", "tỉnh"},
	} {
		f.Add(s[0], s[1])
	}
	c, err := New(model.NewCatalog())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, title, lead string) {
		in := Input{Title: title, Summary: lead}
		r, sig := c.ClassifySigned(in)
		if want := c.Classify(in); !reflect.DeepEqual(r, want) {
			t.Fatalf("ClassifySigned %+v, Classify %+v", r, want)
		}
		if ws := c.Signature(title, lead, r); sig != ws {
			t.Fatalf("ClassifySigned signature %+v, Signature %+v", sig, ws)
		}
	})
}
