package classify

import "strings"

// Partners (issue 9, real news): an organisation named as an event's
// companion or sponsor ("với sự đồng hành của Sở Du lịch TP.HCM, Sở Văn
// hóa - Thể thao TP.HCM") lends its province's name, not the event's place:
// the short-film contest of a national paper is no TP.HCM story.

// partnerWords end the phrase that introduces a companion or a sponsor.
// "đồng hành cùng" is left out: "Herbalife đồng hành cùng VnExpress
// Marathon Cần Thơ" names the event itself.
var partnerWords = []string{
	"sự đồng hành của", "sự tài trợ của", "sự bảo trợ của", "nhà tài trợ",
}

// partnerBefore reports a partner phrase (partnerWords) at most 16 words
// before toks[i] in its sentence, with no word of place ("tại", "ở") or of
// movement between: "với sự đồng hành của Sở Du lịch TP.HCM".
func (m *provMatcher) partnerBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-16; j-- {
		if g := toks[j+1].gap; toks[j+1].first || strings.ContainsAny(g, ";:!?()") ||
			strings.Contains(g, ".") && strings.ContainsAny(g, " \u00a0") { // not "TP.HCM"
			return false
		}
		switch toks[j].fold {
		case "tai", "o", "ve", "den", "toi":
			if wordIs(toks, j, "tai", "tại") || wordIs(toks, j, "o", "ở") || wordIs(toks, j, "ve", "về") ||
				wordIs(toks, j, "den", "đến") || wordIs(toks, j, "toi", "tới") {
				return false
			}
		}
		if m.partnerEnd.endingAt(toks, j, m.partners) >= 0 {
			return true
		}
	}
	return false
}

// previousStop reports a place that opens a sentence after "Sau" (or
// "Tiếp sau") and ends at a comma: an earlier stop of a tour or a series ("Sau TP HCM, chương
// trình sẽ diễn ra tại Hà Nội", "Sau hai chặng đấu tại Hà Nội và TP.HCM,
// giải đến với Đà Nẵng"), not where the story is now.
func previousStop(toks []token, i int) bool {
	k := i - 1
	if k >= 2 && (wordIs(toks, k, "tai", "tại") || wordIs(toks, k, "o", "ở")) { // "Sau hai chặng (đấu) tại X"
		k--
		if wordIs(toks, k, "dau", "đấu") {
			k--
		}
		if k < 2 || !wordIs(toks, k, "chang", "chặng") {
			return false
		}
		k -= 2 // "hai", "các", "3"
	}
	if k < 0 || !wordIs(toks, k, "sau", "sau") {
		return false
	}
	if k >= 1 && !toks[k].upper && joinable(toks, k) && wordIs(toks, k-1, "tiep", "tiếp") {
		k-- // "Tiếp sau Đà Nẵng, TP.HCM ra mắt …" (i14prov22)
	}
	if !toks[k].upper || !(toks[k].first || strings.ContainsAny(toks[k].gap, ".;:!?")) {
		return false
	}
	for j := i + 1; j < len(toks) && !toks[j].first && j <= i+8; j++ {
		if strings.Contains(toks[j].gap, ",") {
			return true
		}
		if !toks[j].upper && toks[j].fold != "va" {
			return false // "Sau Tết Bính Ngọ, …" has no place; "Sau khi …" none either
		}
	}
	return false
}
