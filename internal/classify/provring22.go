package classify

// A road joining a city's ring road (issue 9, real news; i14prov22): "dự án
// đường kết nối cầu Mã Đà vào vành đai 4 TP.HCM", "Tỉnh lộ 25B nối Vành
// đai 3 TP HCM với sân bay Long Thành", "nối Quảng Ninh - Hải Phòng với
// vành đai 5 Hà Nội". The ring road is named after the city; the road that
// joins it is built where the story says (Đồng Nai, Quảng Ninh).

// ringJoins makes the city of "vành đai N X" a route's end (ctxRoute:
// counted only when the story names no other place) when a verb of joining
// ("nối", "kết nối") stands at most eight words before "vành đai" in its
// clause. The ring road's own story ("Vành đai 4 TP.HCM chậm tiến độ",
// "vành đai 3 TP.HCM qua Tây Ninh") is left alone.
func ringJoins(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		v := mt.start - 3 // "vành", "đai", the number
		if mt.dropped != "" || mt.effect == ctxStrong || v < 1 || !joinable(toks, mt.start) ||
			!isDigits(toks[mt.start-1].text) || !wordIs(toks, v+1, "dai", "đai") || !wordIs(toks, v, "vanh", "vành") {
			continue
		}
		for j := v - 1; j >= 0 && j >= v-8 && joinable(toks, j+1); j-- {
			if wordIs(toks, j, "noi", "nối") {
				mt.effect, mt.context = ctxRoute, "vành đai "+toks[mt.start-1].text
				break
			}
		}
	}
}
