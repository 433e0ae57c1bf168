package classify

import "strings"

// What a score line in a sports story's title or lead means (storyMatch):
// not every "2-1" is a match's result. A forecast ("U.23 Việt Nam sẽ
// thắng U.23 UAE 2-0", "dự đoán tỉ số 2-1") and the "0-0" a live page
// shows before kick-off ("Việt Nam 0-0 Thái Lan: Quyết thắng") look ahead
// to the match; a half-time or in-play score ("Việt Nam 1-1 UAE (H1)",
// "(hiệp 2) 2-1") reports the match, but is not its final score, so it
// must not conflict with the final score of the match's result reports.

// scoreKind is what a score line means.
type scoreKind uint8

const (
	scoreFinal       scoreKind = iota // a result, or a score that may be one
	scoreInterim                      // a half-time or in-play score: a report of the match, not its result
	scorePredicted                    // a forecast: the story looks ahead
	scorePlaceholder                  // a pre-match live page's "0-0": the story looks ahead
)

// Cues, lower case as written. predictionCues precede a forecast score
// (the title's anywhere before it, the lead's within predictionReach
// tokens); drawCues confirm that a title's "0-0" is a draw, not a live
// page waiting for kick-off.
var (
	predictionCues = []string{"dự đoán", "dự báo", "sẽ thắng", "sẽ thua", "sẽ hòa", "sẽ hoà", "sẽ hạ", "sẽ đánh bại", "sẽ xử", "soi kèo"}
	drawCues       = []string{"hòa", "chia điểm", "bất phân thắng bại", "highlight", "higlight", "chấm điểm", "luân lưu", "kết quả", "hoà"}
)

const (
	predictionReach = 8 // tokens before a lead's score a forecast cue may stand
	halfAfter       = 4 // tokens after a score's first number a half marker may stand ("2-0 sau hiệp một")
)

// scoreMeaning returns what the score line s starting at toks[i] means.
func scoreMeaning(toks []token, i int, s uint16) scoreKind {
	start := fieldStart(toks, i)
	if predictedAt(toks, start, i) {
		return scorePredicted
	}
	if halfNear(toks, i) {
		return scoreInterim
	}
	if s == 1<<15 && toks[i].field == fieldTitle && !drawTitle(toks, start) {
		return scorePlaceholder
	}
	return scoreFinal
}

// fieldStart returns the index of the first token of toks[i]'s field.
func fieldStart(toks []token, i int) int {
	for i > 0 && toks[i-1].field == toks[i].field {
		i--
	}
	return i
}

// predictedAt reports whether a forecast cue precedes the score at toks[i]
// in its field: anywhere before it in a title, within predictionReach
// tokens in a lead; not a forecast proved wrong or right ("trái với dự
// đoán", "như dự đoán", "ngoài dự đoán", "hơn dự đoán"), nor a weather
// forecast ("Dự báo thời tiết …").
func predictedAt(toks []token, start, i int) bool {
	from := start
	if toks[i].field != fieldTitle {
		from = max(start, i-predictionReach)
	}
	for k := from; k < i; k++ {
		if cueAt(toks, k, predictionCues) && (k == start || !pastForecast[toks[k-1].fold]) && !cueAt(toks, k, otherForecasts) {
			return true
		}
	}
	return false
}

// pastForecast precede "dự đoán" when the match has been played: the
// forecast proved right or wrong ("như", "trái với", "ngoài", "hơn",
// "vượt" dự đoán).
var pastForecast = map[string]bool{"nhu": true, "voi": true, "moi": true, "cac": true, "nhung": true, "loi": true,
	"ngoai": true, "hon": true, "vuot": true}

// otherForecasts start with a prediction cue but forecast no score.
var otherForecasts = []string{"dự báo thời tiết"}

// halfNear reports whether a half marker ("H1", "H2", "hiệp 1", "hiệp
// hai") qualifies the score at toks[i]: one in parentheses anywhere in the
// title ("Việt Nam 1-1 UAE (H1)", "A - B (hết hiệp 1) 0-1": a live page,
// whose lead's scores are in-play too), or one right after the score that
// names the first half or the end of a half ("dẫn 3-0 trong hiệp một",
// "dẫn 2-0 sau hiệp hai"; not "gỡ hòa 2-2 trong hiệp hai", which may be
// the final score). A marker before a lead's score is the time of a goal
// ("ghi bàn ở hiệp hai, giúp … thắng 2-1").
func halfNear(toks []token, i int) bool {
	for k := 0; k < len(toks) && toks[k].field == fieldTitle; k++ {
		if halfAt(toks, k) != 0 && (strings.Contains(toks[k].gap, "(") || k > 0 && strings.Contains(toks[k-1].gap, "(") && toks[k-1].fold == "het") {
			return true
		}
	}
	for k := i + 2; k <= i+halfAfter && k < len(toks) && toks[k].field == toks[i].field; k++ {
		if h := halfAt(toks, k); h == 1 || h != 0 && halfEnds[toks[k-1].fold] {
			return true
		}
	}
	return false
}

// halfEnds precede a half marker that dates a score to the end of the half.
var halfEnds = map[string]bool{"sau": true, "het": true, "thuc": true}

// halfAt returns the half (1 or 2) a marker starting at toks[k] names, 0
// none.
func halfAt(toks []token, k int) int {
	switch toks[k].fold {
	case "h1":
		return 1
	case "h2":
		return 2
	case "hiep":
		if k+1 < len(toks) && toks[k+1].field == toks[k].field {
			switch toks[k+1].fold {
			case "1", "mot":
				return 1
			case "2", "hai":
				return 2
			}
		}
	}
	return 0
}

// drawTitle reports whether the title (its first token at toks[start])
// names a draw or a finished match ("hòa", "Highlight", "chấm điểm"), so
// that its "0-0" is a result.
func drawTitle(toks []token, start int) bool {
	for k := start; k < len(toks) && toks[k].field == fieldTitle; k++ {
		if cueAt(toks, k, drawCues) {
			return true
		}
	}
	return false
}
