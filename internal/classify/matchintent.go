package classify

import "strings"

// A title's result word is no result when a clause of intent, condition,
// belief or forecast governs it: "… phải thay đổi, nếu không muốn thua …",
// "khát khao đánh bại …", "CĐV đều tin U23 Việt Nam thắng UAE", "được dự
// đoán thắng", "đến Indonesia để thắng, không phải cầu hòa". Such titles
// come before the match; storyMatch must not read them as its result. A
// real result in the same item still counts through its score line or an
// ungoverned result word ("thắng … nhờ quyết tâm", "đã thắng"). Leads are
// not read this way: on the story census the title-and-lead reading moved
// twice the pairs, and a judged variant of it lost right ones (BENCHMARKS,
// i16intent).

// Cues, lower case as written. intentCues govern a result word up to
// intentReach tokens after them in the same clause; nearCues only the win
// right after them, or after "chiến" or "giành chiến" ("để chiến thắng"),
// never a loss or a draw ("để thua" is a loss that happened, "phải chia
// điểm" a draw); drawSeek only the "hòa" right after it.
var (
	intentCues = []string{"nếu", "muốn", "khát khao", "khao khát", "tham vọng", "mục tiêu", "quyết tâm", "hướng đến", "hướng tới",
		"nghĩ đến", "nghĩ tới", "kế hoạch", "tin", "hy vọng", "hi vọng", "kỳ vọng", "kì vọng", "đủ sức", "có thể", "ứng viên",
		"liệu", "sẽ", "dự đoán", "chứ không phải"}
	nearCues = []string{"để", "phải", "cần", "quyết"}
	drawSeek = []string{"cầu"} // "cầu hòa": playing for a draw
	winWords = []string{"thắng", "hạ", "đánh bại", "vô địch", "đăng quang", "lên ngôi", "ngược dòng"}
)

// intentReach is how many tokens before a result word an intent cue may
// start.
const intentReach = 5

// clauseWords end a clause: a cue before them governs nothing after them.
var clauseWords = map[string]bool{"nhung": true, "song": true, "roi": true, "va": true, "khi": true}

// notTrust follow "tin" in words that state no belief ("tin tức", "tin
// vui"); notTrustAfter precede it ("bản tin", "đưa tin").
var (
	notTrust      = map[string]bool{"tuc": true, "vui": true, "buon": true, "nong": true, "don": true}
	notTrustAfter = map[string]bool{"ban": true, "dua": true, "nguon": true}
)

// intended reports whether the result word at toks[i] is a title's and is
// governed by a cue of intent, condition, belief or forecast, and so
// reports no result: a forecast cue anywhere before it in the title
// (predictedAt), a near cue right before it, or an intent cue up to
// intentReach tokens before it in its clause. A word after "đã" or "vừa"
// ("đã thắng", "vừa giành chiến thắng") is a result whatever precedes it.
func intended(toks []token, i int) bool {
	if toks[i].field != fieldTitle {
		return false
	}
	k := i - 1 // the token before the word, "chiến" and "giành" skipped
	for k >= 0 && (toks[k].fold == "chien" || toks[k].fold == "gianh") {
		k--
	}
	if k >= 0 && toks[k].field == fieldTitle && (toks[k].fold == "da" || toks[k].fold == "vua") {
		return false
	}
	start := fieldStart(toks, i)
	if predictedAt(toks, start, i) && !forecastProved(toks, start, i) {
		return true
	}
	if k >= start && lowerCue(toks, k) &&
		(cueAt(toks, k, drawSeek) && toks[i].fold == "hoa" || cueAt(toks, k, nearCues) && cueAt(toks, i, winWords)) {
		return true
	}
	return intentBefore(toks, start, i)
}

// lowerCue reports whether the cue word at toks[k] is written as a word,
// not as part of a name: lower case, or opening its field or a clause
// ("…: Quyết thắng Lào"); "Trần Quyết Chiến thắng …" names a player.
func lowerCue(toks []token, k int) bool {
	return !toks[k].upper || toks[k].first || intentBreak(toks[k].gap) || strings.ContainsAny(toks[k].gap, "'‘\"“")
}

// forecastProved reports whether a title names, before toks[i], a forecast
// the match proved ("dự đoán chính xác", "dự đoán đúng"): the result word
// after it reports the result.
func forecastProved(toks []token, start, i int) bool {
	for k := start; k+2 < i; k++ {
		if cueAt(toks, k, provedForecasts) {
			return true
		}
	}
	return false
}

// provedForecasts are forecasts the match proved, lower case as written.
var provedForecasts = []string{"dự đoán chính xác", "dự đoán đúng", "đoán trúng", "dự đoán trúng"}

// intentBefore reports whether an intent cue starts up to intentReach
// tokens before toks[i] (start: the first token of its field) and ends
// before it, with no clause break between.
func intentBefore(toks []token, start, i int) bool {
	for k := i - 1; k >= max(start, i-intentReach); k-- {
		if intentBreak(toks[k+1].gap) || clauseWords[toks[k].fold] {
			return false
		}
		if n := cueLen(toks, k, intentCues); n > 0 && k+n <= i && lowerCue(toks, k) && trustCue(toks, k) {
			return true
		}
	}
	return false
}

// intentBreak reports whether gap, the characters between two tokens,
// ends the clause of an intent cue: a clauseBreak or a dash.
func intentBreak(gap string) bool {
	return clauseBreak(gap) || strings.Contains(gap, " - ") || strings.ContainsAny(gap, "–—")
}

// trustCue reports whether the cue at toks[k] is no "tin" that names news
// ("bản tin", "tin tức", "đưa tin"); every other cue is one.
func trustCue(toks []token, k int) bool {
	if toks[k].fold != "tin" {
		return true
	}
	return !(k > 0 && notTrustAfter[toks[k-1].fold]) && !(k+1 < len(toks) && notTrust[toks[k+1].fold])
}
