package classify

import "strings"

// The seventh session's classes (issue 9, real news; s15 of the training
// days): spans that name the whole country by its ends.

// countrySpan refuses both ends of "từ X đến Y" (also "tới", "vào") when
// one end is Hà Nội or a province of the northern border or coast and the
// other the southern tip (Cà Mau, An Giang): the length of the country
// ("cao tốc Bắc - Nam từ Lạng Sơn đến Cà Mau", "21 tỉnh ven biển từ Quảng
// Ninh đến An Giang") is national news, not either end's. A province named
// elsewhere in the text is still tagged.
func countrySpan(toks []token, ms []mention) {
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		if a.dropped != "" || b.dropped != "" || a.field != b.field || a.start < 1 || b.start != a.end+1 ||
			!wordIs(toks, a.start-1, "tu", "từ") || !joinable(toks, a.start) || !joinable(toks, a.end) || !joinable(toks, b.start) {
			continue
		}
		if !keyEqual(toks, a.end, "đến") && !keyEqual(toks, a.end, "tới") && !keyEqual(toks, a.end, "vào") {
			continue
		}
		if !(northEnd(a.province) && southTip(b.province) || southTip(a.province) && northEnd(b.province)) {
			continue
		}
		why := "the length of the country (từ " + a.text + " " + toks[a.end].text + " " + b.text + ")"
		a.dropped, b.dropped = why, why
	}
}

// northEnd reports Hà Nội or a province of the northern border or coast,
// where spans of the whole country start.
func northEnd(slug string) bool {
	switch slug {
	case "ha-noi", "lang-son", "cao-bang", "tuyen-quang", "lao-cai", "lai-chau", "dien-bien", "quang-ninh":
		return true
	}
	return false
}

// southTip reports the provinces of the country's southern tip.
func southTip(slug string) bool { return slug == "ca-mau" || slug == "an-giang" }

// venueAddress reports a place in parentheses right after a venue's name
// ("Nhà thi đấu Tây Hồ (Hà Nội)", "sân Hàng Đẫy (Hà Nội)"): where the
// match was played, whichever club the story also names after the place.
func venueAddress(toks []token, i int) bool {
	if i < 2 || strings.TrimSpace(toks[i].gap) != "(" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if wordIs(toks, j, "san", "sân") || wordIs(toks, j, "dau", "đấu") && j > 0 && wordIs(toks, j-1, "thi", "thi") {
			return true
		}
		if j < i-1 && !joinable(toks, j+1) || toks[j].first {
			return false
		}
	}
	return false
}

// foreignNamesakes refuses a place followed by a foreign country in
// parentheses ("khu du lịch ở Hà Nam (Trung Quốc)", "Đại học Sư phạm Thủ
// đô (Trung Quốc)"), or after a comma when an administrative word names
// it ("tỉnh Hà Nam, Trung Quốc"): a namesake abroad.
func (m *provMatcher) foreignNamesakes(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.end >= len(toks) || toks[mt.end].field != mt.field {
			continue
		}
		g := strings.TrimSpace(toks[mt.end].gap)
		admin := mt.context == "tỉnh" || mt.context == "thành phố"
		if g != "(" && (g != "," || !admin) {
			continue
		}
		for _, p := range m.abroadHead.at(toks, mt.end) {
			ks := m.abroad[p]
			k := mt.end + len(ks)
			if !phraseAt(toks, mt.end, ks) || g == "(" && k < len(toks) && toks[k].field == mt.field && !strings.HasPrefix(strings.TrimSpace(toks[k].gap), ")") {
				continue
			}
			mt.dropped = "a namesake abroad (" + mt.text + ", " + spanText(toks, span{start: mt.end, end: k}) + ")"
			break
		}
	}
}

// chinaNamesakes are former provinces and districts of Việt Nam named like
// a Chinese province, city or canal: Hà Nam (Henan), Lạc Dương (Luoyang),
// Bình Lục (the Pinglu canal); and Gia Nghĩa, Lâm Đồng's ward, named like
// Taiwan's Chiayi and Chinese people ("Thiệu Gia Nghĩa", i10prov15).
var chinaNamesakes = []string{"Hà Nam", "Lạc Dương", "Bình Lục", "Gia Nghĩa", "thành phố Gia Nghĩa"}

// chinaCues say a story is set in China: the country, its provinces and
// cities the namesakes' stories name.
var chinaCues = []string{"Trung Quốc", "Trịnh Châu", "Thiếu Lâm", "Khai Phong", "Thượng Hải", "Bắc Kinh", "Quảng Tây",
	"Quảng Đông", "Hồ Nam", "Hồ Bắc", "Tứ Xuyên", "Chiết Giang", "Giang Tô", "Sơn Đông", "Vân Nam", "nhân dân tệ", "Đài Loan"}

// chineseNamesakes refuses a name of chinaNamesakes in a story whose title
// or summary names China or one of its places (chinaCues): "chủ tịch công ty cần trục ở Hà
// Nam" under "Ông chủ … Trung Quốc", "thai phụ tại thành phố Trịnh Châu,
// tỉnh Hà Nam". Not a former unit written as such ("Hà Nam (cũ)").
func (m *provMatcher) chineseNamesakes(toks []token, ms []mention) {
	china := -1 // unknown until a namesake asks
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || !m.chinaNamesake(toks, mt) || strings.Contains(mt.context, "cũ") {
			continue
		}
		if china < 0 {
			china = b2i(m.leadPhrase(toks, m.chinaCues))
		}
		if china == 0 {
			return
		}
		mt.dropped = "a Chinese namesake (" + mt.text + ") in a story set in China"
	}
}

// leadPhrase reports one of phrases in the title or the summary (not the
// body: a long text would be scanned for little).
func (m *provMatcher) leadPhrase(toks []token, phrases []wordSeq) bool {
	for i := range toks {
		if toks[i].field == fieldBody {
			break // the fields come in order: title, summary, body
		}
		for _, ks := range phrases {
			if toks[i].fold == ks[0].fold && phraseAt(toks, i, ks) {
				return true
			}
		}
	}
	return false
}

// chinaNamesake reports a mention whose words are one of chinaNamesakes.
func (m *provMatcher) chinaNamesake(toks []token, mt *mention) bool {
	for _, ks := range m.chinaNames {
		if mt.end-mt.start == len(ks) && phraseAt(toks, mt.start, ks) {
			return true
		}
	}
	return false
}

// visitorWords name people a story follows away from home: tourists,
// drivers, a family's members on a trip ("du khách ở Hà Nội", "nam tài xế
// ở Phú Thọ", "hai cha con ở Hà Nội"). Not "người đàn ông", "thanh niên",
// "gia đình": their story is as often at home ("gây thương tích cho một
// thanh niên ở Tây Ninh").
var visitorWords = []string{"du khách", "tài xế", "nam tài xế", "nữ tài xế", "cha con", "mẹ con", "anh em"}

// visitorHomes makes "X ở Y", X one of visitorWords, a person's home (as
// "ngụ Y" is): it counts only when the story names no other place, so that
// "Ba cha con du khách ở Hà Nội … tắm biển Mỹ Á (Quảng Ngãi)" is Quảng
// Ngãi's story, and "du khách ở Hà Nội bị lừa" alone still Hà Nội's.
func (m *provMatcher) visitorHomes(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		k := mt.start - 1
		if mt.dropped != "" || mt.effect != ctxStrong || k < 1 || !wordIs(toks, k, "o", "ở") || !joinable(toks, mt.start) || !joinable(toks, k) {
			continue
		}
		if m.phraseEndsAt(toks, k-1, m.visitors) {
			mt.effect, mt.context = ctxHome, toks[k-1].text+" ở"
		}
	}
}

// wishTitle reports a dating column's item whose title wishes for someone
// ("Mong gặp người có duyên …", "Mong tìm người chân thành …", "Cần tìm
// người xây dựng gia đình nhỏ") over a summary written in the first person
// within its first twenty words, or opening with the wish again: a profile (see datingTitle), whose places
// are the writer's home. "Mong có 'phép màu' đến với nạn nhân …" over a
// reporter's lead is none.
func wishTitle(toks []token) bool {
	if len(toks) < 3 || toks[0].field != fieldTitle || !toks[0].upper || toks[0].fold != "mong" && toks[0].fold != "can" {
		return false
	}
	k := 1
	if f := toks[k].fold; f != "gap" && f != "tim" && (f != "co" || toks[0].fold != "mong") {
		return false
	}
	k++
	if k < len(toks) && toks[k].fold == "duoc" {
		k++
	}
	if k >= len(toks) || toks[k].field != fieldTitle || !seekWords[toks[k].fold] && toks[k].fold != "dung" {
		return false
	}
	// "Anh chân thật, hiền lành", "Mong gặp người đàn ông …": the writer
	return firstPersonLead(toks, k, 20, "anh", "mong")
}
