package classify

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"bantin/internal/vntext"
)

// cueNegatives are phrases that hold a topic cue inside other words: "tập
// trận" (a military drill) holds the sports cue "trận", "tàu sân bay" (an
// aircraft carrier) the transport cue "sân bay", "Phú Mỹ" (a Vietnamese
// place) the world cue "Mỹ". Matched longest first with the cues, a
// negative consumes its words and adds to no topic; a longer cue holding it
// still wins ("Mặt trận Tổ quốc"). A negative written "trận|mưa" consumes
// only the words before the bar: the words after it are read again, so "trận
// mưa lớn" keeps the weather cue "mưa lớn". Each entry was found among the training
// days' items whose tag the inner cue alone decided (BENCHMARKS.md,
// "Eleventh session: i11topic4").
var cueNegatives = []string{
	// "trận" (the-thao): battles, drills, fronts, floods, fires, a matrix.
	"tập trận", "mặt trận", "ma trận", "trận địa", "tử trận", "trận đánh", "chịu trận",
	"trận|lũ", "trận|lụt", "trận|mưa", "trận|bão", "trận|động đất", "trận|cháy", "trận|hỏa hoạn",
	"trận|đòn", "trận|tuyết", "trận|giông", "trận|lốc", "trận|Trân Châu Cảng",
	// "bão" (moi-truong): a sensation, a price surge, saturation, ambition.
	"gây bão", "đi bão", "bão táp", "gieo gió gặt bão", "bão mạng", "bão giá", "bão hòa", "hoài bão", "bão chấn thương", "bão tranh cãi",
	"bão chỉ trích", "bão một sao", "bão like", "bão dislike",
	// "cháy" (xa-hoi): sold out.
	"cháy hàng", "cháy vé", "cháy phòng", "cháy túi",
	// "thuốc" (y-te): explosives, pesticides, poisons, narcotics.
	"thuốc nổ", "thuốc pháo", "thuốc trừ sâu", "thuốc bảo vệ thực vật", "thuốc thú y",
	"thuốc độc", "thuốc lắc", "thuốc phiện", "phun thuốc",
	// "diễn tập" (quoc-phong-an-ninh): fire and disaster drills of firms,
	// plants and fire police.
	"diễn tập|chữa cháy", "diễn tập|phòng cháy", "diễn tập|PCCC", "diễn tập|phương án chữa cháy",
	"diễn tập|phòng chống thiên tai", "diễn tập|phòng, chống thiên tai", "diễn tập|PCTT",
	// "sân bay" (giao-thong): an aircraft carrier.
	"tàu sân bay",
	// "cà phê" (nong-nghiep): a café, a cup, a coffee break, a drink.
	"quán cà phê", "tiệm cà phê", "chuỗi cà phê", "uống cà phê", "đi cà phê", "pha cà phê",
	"thưởng thức cà phê", "tách cà phê", "ly cà phê", "cốc cà phê", "bã cà phê",
	"cữ cà phê", "cà phê sữa", "cà phê trứng", "cà phê muối", "cà phê đá", "cà phê phin", "cà phê đường tàu",
	"cà phê hầu gái", "nghiện cà phê", "người yêu thích cà phê", "cà phê mỗi ngày", "cà phê mỗi sáng",
	// "quốc tế" (the-gioi): Vietnam's international financial centre,
	// international schools and standards, "international friends".
	"tài chính quốc tế", "trường quốc tế", "chuẩn quốc tế", "bạn bè quốc tế",
	// "công nghệ" (khoa-hoc-cong-nghe): universities named after it.
	"ĐH Công nghệ",
	// "nông nghiệp" (nong-nghiep) and "môi trường" (moi-truong): the
	// ministry's and its departments' heads, named in appointments and
	// discipline; the old ministry and the bank named after farming.
	"giám đốc Sở Nông nghiệp và Môi trường", "Thứ trưởng Bộ Nông nghiệp và Môi trường",
	"Bộ trưởng Bộ Nông nghiệp và Môi trường", "Thứ trưởng Nông nghiệp và Môi trường",
	"Bộ trưởng Nông nghiệp và Môi trường", "Nông nghiệp và Phát triển nông thôn",
	// "lao động" (xa-hoi): state honours.
	"Huân chương Lao động", "Anh hùng Lao động",
	// "tour" (doi-song): sports circuits and concert tours.
	"PPA Tour", "World Tour", "Tour de France", "tour diễn", "tour đấu",
	// "cầu thủ" (the-thao): the Thủ Thiêm bridges.
	"cầu|Thủ Thiêm",
	// "Mỹ" (the-gioi): Vietnamese places and people, and words that begin
	// with mỹ (beauty, fine arts, cosmetics) at the start of a title.
	"Phú Mỹ", "Mỹ Đình", "Mỹ Tho", "Mỹ Khê", "Mỹ Sơn", "Mỹ Hiệp", "Mỹ Long", "Mỹ Tân", "Mỹ Yên",
	"Mỹ Thành", "Mỹ Châu", "Trương Mỹ Lan", "Trương Mỹ Hoa", "Phương Mỹ Chi", "Lương Mỹ Thuận",
	"Trịnh Mỹ Anh", "Mỹ Tâm", "Mỹ Linh", "mỹ nhân", "mỹ nữ", "mỹ thuật", "mỹ phẩm", "thẩm mỹ",
	// "Nga", "Pháp", "Đức" (the-gioi): Vietnamese places, people, Buddhist titles.
	"Nga Sơn", "Hằng Nga", "Linh Nga", "Ngọc Nga", "Vân Nga", "Thúy Nga",
	"Pháp chủ", "Đức Pháp chủ", "Pháp Hoa", "Pháp hội", "Pháp Hòa", "Hoằng Pháp",
	"Đức Phật", "Đức Phúc", "Đức Cơ",
}

// addNegatives indexes cueNegatives as rules of no topic (topic -1); it
// fails on a negative that is one of the cues (it would shadow it).
func (m *topicMatcher) addNegatives() error {
	isCue := map[string]bool{}
	for _, c := range cues {
		isCue[c.Text] = true
	}
	offices := map[string]bool{}
	for _, o := range foreignOffices {
		offices[o] = true
	}
	for i := range m.rules {
		m.rules[i].office = offices[m.rules[i].Text]
		m.rules[i].figure = slices.Contains(quotedFigures, m.rules[i].Text)
	}
	derived := slices.Concat(officeNegatives(), placeNegatives(cueNegatives))
	for k, n := range slices.Concat(cueNegatives, derived) {
		if isCue[strings.ReplaceAll(n, "|", " ")] {
			return fmt.Errorf("cue negative %q: also a cue", n)
		}
		head, tail, _ := strings.Cut(n, "|")
		text := strings.TrimSpace(head + " " + tail)
		if err := m.cues.add(text, len(m.rules), true); err != nil {
			return err
		}
		r := newCueRule(cue{Text: text}, -1) // text is not empty: add refuses it
		r.negative = len(vntext.Tokens(head))
		if k >= len(cueNegatives) {
			r.capWords = capitalWords(text)
		}
		m.rules = append(m.rules, r)
	}
	return nil
}

// capitalWords returns the bits of the words of text that begin with a
// capital letter.
func capitalWords(text string) uint32 {
	var bits uint32
	for k, w := range vntext.Tokens(text) {
		if r := []rune(w); k < 32 && unicode.IsUpper(r[0]) {
			bits |= 1 << k
		}
	}
	return bits
}
