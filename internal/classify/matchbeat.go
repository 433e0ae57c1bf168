package classify

import "strings"

// The result word "hạ" (beat: "Việt Nam hạ Thái Lan") is also the first or
// last syllable of words that report no win: "hạ màn" (the last round, a
// tournament's close), "hạ nhiệt", "hạ thấp", "hạ cái tôi", "triệt hạ" and
// "đốn hạ" (a foul). A title that reads so states no result (notBeat).
// In the lead the words are still read as results: there they mark mostly
// previews and side stories ("lượt trận hạ màn", "đã hạ cánh") that the
// false result joined to their match's aftermath, and refusing them split
// more true pairs than wrong ones (BENCHMARKS.md, "Twenty-second session:
// i22sport"; TestNotBeatVerdicts). "hạ gục", "hạ bệ", "hạ đẹp", "hạ đo
// ván", "hành hạ" (a match's domination) and "hạ" before a name are
// results.

// notBeatAfter are the second syllables, lower case as written, of words
// "hạ" begins that name no win.
var notBeatAfter = map[string]bool{
	"màn": true, "tầng": true, "nhiệt": true, "cánh": true, "thấp": true, "cái": true,
	"hỏa": true, "hoả": true, "mức": true, "độ": true, "thủy": true, "thuỷ": true,
	"giá": true, "lệnh": true, "sát": true, "sốt": true, "bậc": true, "cấp": true,
	"xuống": true, "lưu": true, "nguồn": true, "sinh": true, "tải": true, "cờ": true,
	"viện": true, "sĩ": true, "mình": true, "tuần": true, "chí": true,
}

// notBeatBefore are the first syllables, lower case as written, of words
// "hạ" ends that name no win ("triệt hạ", "bắn hạ", "thiên hạ").
var notBeatBefore = map[string]bool{
	"triệt": true, "đốn": true, "bắn": true, "thiên": true, "bệ": true, "điện": true,
	"mùa": true, "thuộc": true,
}

// notBeat reports whether toks[i] is a title's "hạ" in a word that names
// no win: a notBeatAfter syllable written in lower case right after it, or
// a notBeatBefore syllable right before it, only spaces between them.
func notBeat(toks []token, i int) bool {
	t := toks[i]
	if t.field != fieldTitle || t.fold != "ha" || strings.ToLower(t.text) != "hạ" {
		return false
	}
	if i+1 < len(toks) && spaced(t, toks[i+1]) && (!toks[i+1].upper || toks[i+1].caps) &&
		notBeatAfter[strings.ToLower(toks[i+1].text)] {
		return true
	}
	return i > 0 && spaced(toks[i-1], t) && notBeatBefore[strings.ToLower(toks[i-1].text)]
}

// spaced reports whether b follows a in one field with only spaces between.
func spaced(a, b token) bool {
	return a.field == b.field && strings.TrimSpace(b.gap) == ""
}
