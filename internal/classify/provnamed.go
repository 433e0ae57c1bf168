package classify

// Places inside the names of firms, hotels, plants and zones that the
// firm rules (orgBefore: four words, or a capitalised name) let through
// (issue 9, real news; i19prov2): "Công ty cổ phần Kim Long Motor Huế"
// (the legal form in lower case), "Công ty cổ phần Khu công nghiệp Sài
// Gòn - Bắc Giang" (longer than a firm's name may run), "các khách sạn
// Samdi và Mường Thanh" (the second of two names), "Nhà máy điện mặt trời
// Dầu Tiếng 5", "khu công nghiệp Đồng Văn I", "Phú Thọ Tourist", "chủ
// đầu tư Prodezi Long An", "đường Hòa Lạc - Hòa Bình", "nút giao Bình
// Triệu và Bình Phước". By the README's convention for names that hold a
// place (testdata/classify/real), such a place is not the story's; a plant
// or a zone gets the province it lies in, not a namesake's. All are
// refused only when the title or a place word puts the story in another
// province and the name's province has no other kept mention
// (refuseMarked).

// nameHeads open a name a place may end: a firm's, a hotel's, a brand's, a
// road's or a junction's (works false: only capitalised words, legal forms
// and numbers may follow before the place) or a plant's or a zone's (works
// true: up to maxWorksLower lower-case words too, "Nhà máy điện mặt trời
// Dầu Tiếng 5"). Not "dự án": a road project named by its ends is a route
// that is the story ("dự án cao tốc Vân Phong - Nha Trang").
var nameHeads = []struct {
	words wordSeq
	works bool
}{
	{phraseKeys("công ty"), false}, {phraseKeys("tập đoàn"), false}, {phraseKeys("khách sạn"), false},
	{phraseKeys("nhà máy"), true}, {phraseKeys("khu công nghiệp"), true}, {phraseKeys("cụm công nghiệp"), true},
	{phraseKeys("KCN"), true}, {phraseKeys("CCN"), true}, {phraseKeys("khu đô thị"), true}, {phraseKeys("kho cảng"), true},
	{phraseKeys("giàn khoan"), true},
	{phraseKeys("chủ đầu tư"), false}, {phraseKeys("thương hiệu"), false},
	{phraseKeys("đường"), false}, {phraseKeys("phố"), false}, {phraseKeys("nút giao"), false}, {phraseKeys("kênh"), false},
}

// brandWords follow a place in a firm's trading name: "Phú Thọ Tourist".
var brandWords = map[string]bool{"Tourist": true, "Group": true, "Motor": true, "Motors": true, "Land": true,
	"Resort": true, "Hotel": true, "Corp": true, "Properties": true, "Travel": true, "Holdings": true, "Shoes": true}

const (
	maxNameWords  = 10 // words between a name's head and the place
	maxWorksLower = 4  // lower-case words a plant's or a zone's name may hold
)

// namedPlaces refuses, among ms (the mentions of toks, in order), a bare
// lead mention that ends a name opened by one of nameHeads (inFirmName) or is
// followed by a word of brandWords, when another province has a kept
// mention in the title or after a place word (refuseMarked).
func namedPlaces(toks []token, ms []mention) {
	marks := markWhere(ms, func(mt *mention) bool {
		return mt.dropped == "" && mt.effect == 0 && mt.field == fieldSummary && mt.start >= 1 &&
			(inFirmName(toks, mt.start) || brandAfter(toks, mt.end))
	})
	refuseMarked(ms, marks, func(i int) string {
		return "part of a firm's, a hotel's, a plant's or a zone's name (" + ms[i].text + "); the title or a place word puts the story in another province"
	})
}

// inFirmName reports a head of nameHeads at most maxNameWords words before
// toks[s], in one clause, with only the words its kind allows between: for
// every head capitalised words, numbers, a firm's legal form ("cổ phần",
// "TNHH", "MTV") and one "và" joining two names; for a plant's or zone's
// also up to maxWorksLower other lower-case words. A place word ("tại",
// "ở", "tỉnh") between ends the search: "nhà máy ở Bình Dương" is there.
func inFirmName(toks []token, s int) bool {
	lower, and := 0, 0
	for j, n := s-1, 0; j >= 0 && n < maxNameWords && joinable(toks, j+1); j, n = j-1, n+1 {
		for _, h := range nameHeads {
			if at := j - len(h.words) + 1; at >= 0 && phraseAt(toks, at, h.words) && (h.works || lower == 0) {
				return lower <= maxWorksLower
			}
		}
		t := toks[j]
		switch {
		case t.upper || isDigits(t.text) || firmForm(toks, j):
		case wordIs(toks, j, "va", "và") && and == 0:
			and++
		case wordIs(toks, j, "tai", "tại") || wordIs(toks, j, "o", "ở") || wordIs(toks, j, "tinh", "tỉnh"):
			return false
		default:
			lower++
		}
	}
	return false
}

// firmForm reports a word of a firm's legal form at toks[j], in any case:
// "cổ phần", "TNHH", "MTV", "CP".
func firmForm(toks []token, j int) bool {
	switch toks[j].fold {
	case "co": // "cổ" only before "phần": "phố cổ Hà Nội" is the old quarter
		return keyEqual(toks, j, "cổ") && j+1 < len(toks) && wordIs(toks, j+1, "phan", "phần")
	case "phan":
		return keyEqual(toks, j, "phần") && j > 0 && wordIs(toks, j-1, "co", "cổ")
	case "tnhh", "mtv", "cp", "ctcp":
		return true
	}
	return false
}

// brandAfter reports a word of brandWords right after the place that
// ends before toks[e].
func brandAfter(toks []token, e int) bool {
	return e < len(toks) && joinable(toks, e) && brandWords[toks[e].text]
}
