package classify

import "strings"

// A headline that opens with its province (issue 9, real news; i15prov24):
// "TP.HCM: Xóa sổ 'điểm đen' ô nhiễm ao Hải Hà, xã Long Hải", "Gia Lai:
// Hơn 500 tỉ đồng cải tạo nút giao … ngã năm Đống Đa - Hoa Lư", "Huế: Đại
// hội Đảng bộ xã Tân Cương …". The outlet names the story's province first;
// a landmark or unit of the tables that lies in another province and that
// the text never names as a province is a namesake there (a pond, a street,
// a commune of the same name), not a second place.

// headlineNamesakes refuses such places when the title opens with a
// province's name (or its nickname) followed by a colon: each kept mention
// of a landmark or unit (kindPlace) whose province is neither the head's
// nor named by a kept province name or nickname anywhere in the text.
func headlineNamesakes(toks []token, ms []mention) {
	if len(ms) < 2 {
		return
	}
	h := ms[0]
	if h.dropped != "" || h.field != fieldTitle || h.rule.Kind == kindPlace || adminBefore(toks, h.start) != 0 ||
		h.end >= len(toks) || toks[h.end].first || strings.TrimSpace(toks[h.end].gap) != ":" {
		return
	}
	named := map[string]bool{h.province: true}
	for _, o := range ms {
		if o.dropped == "" && o.rule.Kind != kindPlace {
			named[o.province] = true
		}
	}
	for i := 1; i < len(ms); i++ {
		if o := &ms[i]; o.dropped == "" && o.rule.Kind == kindPlace && !named[o.province] {
			o.dropped = "a namesake: the title's head puts the story in " + h.text + " (" + h.text + ": … " + o.text + ")"
		}
	}
}
