package classify

import "strings"

// A person's home set against where the sentence puts the event (issue 9,
// real news; i14prov22): "Một thanh niên ở Lâm Đồng điều khiển ô tô … trên
// đại lộ Võ Nguyên Giáp (Đắk Lắk)", "người đàn ông ở Đà Nẵng … câu cá tại
// vùng biển Vạn Tường (Quảng Ngãi)". See placedHomes.

// homeWords name a person whose "ở X" may be a home (see placedHomes);
// visitorWords are read by visitorHomes.
var homeWords = []string{"thanh niên", "nam thanh niên", "người đàn ông", "người phụ nữ", "phụ nữ",
	"cô gái", "chàng trai", "cụ ông", "cụ bà", "vợ chồng", "thiếu niên"}

// placedHomes makes "X ở Y", X one of homeWords, a person's home (as
// visitorHomes does for travellers) when the same sentence later places a
// place in another province by that province in parentheses: the story is
// there ("… vào khu rừng sâu ở xã Tu Mơ Rông (Quảng Ngãi)"). A person at
// home who meets someone from elsewhere ("một thanh niên ở Tây Ninh … lẩn
// trốn sang tỉnh Đồng Tháp", "chuyển tiền nhầm từ TP.HCM") keeps the home.
func (m *provMatcher) placedHomes(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		k := mt.start - 1
		if mt.dropped != "" || mt.effect != ctxStrong || k < 1 || !wordIs(toks, k, "o", "ở") ||
			!joinable(toks, mt.start) || !joinable(toks, k) || !m.phraseEndsAt(toks, k-1, m.homes) {
			continue
		}
		for j := i + 1; j < len(ms); j++ {
			o := ms[j]
			if o.field != mt.field || !sameSentence(toks, mt.end, o.start, 40) {
				break
			}
			if o.dropped == "" && o.province != mt.province && inParens(toks, o) {
				mt.effect, mt.context = ctxHome, toks[k-1].text+" ở"
				break
			}
		}
	}
}

// inParens reports a mention written alone in parentheses: "(Đắk Lắk)".
func inParens(toks []token, o mention) bool {
	return strings.Contains(toks[o.start].gap, "(") && (o.end >= len(toks) || strings.Contains(toks[o.end].gap, ")"))
}
