package classify

// The match-day preview exemption of the result-story rule
// (resultstory.go): a match's previews that the parse reads as results
// ("Thái Lan - Việt Nam: Trận chung kết trong mơ…", lead "Nếu đánh bại
// Thái Lan … hôm nay"; "Xác suất thắng bất ngờ của Việt Nam trước
// Malaysia") carry a result word and no preview word in the title, so the
// first report of the result joined their story, the match's aftermath
// followed it there, and every aftermath report was paired with a
// preview. What marks them is a look ahead in the title or lead
// (aheadCues: the match's day or hour to come, a condition on the result,
// a forecast) with no score line and no past-tense result (pastcue.go):
// match.ahead, stored in the signature. Such a member does not count as a
// result for the result-story rule, so the result story forms apart from
// it; it is no veto (a story holding one still takes results).
// Measured on the training days (i20prevveto, BENCHMARKS.md): alone it
// moves the previews out of big matches' stories but splits more right
// pairs than it joins; it lands with the past-cue rule, whose joins it
// makes precise.

// aheadCues are the look-ahead words of a match-day preview, lower case
// as written (both spellings of "hòa").
var aheadCues = []string{
	"hôm nay", "tối nay", "đêm nay", "chiều nay", "trưa nay", "tối mai", "chiều mai", "ngày mai",
	"nếu thắng", "nếu đánh bại", "nếu hạ", "nếu vượt qua", "nếu hòa", "nếu hoà", "nếu giành",
	"trước trận", "trước thềm", "dự đoán", "xác suất",
}

// aheadPreview reports whether the title and lead tokens of toks look
// ahead to a match (an aheadCues phrase) and state no past result (a
// pastCues phrase), both as whole words (wordCueAt); the caller rules
// out a score line.
func aheadPreview(toks []token) bool {
	ahead := false
	for i := 0; i < len(toks) && toks[i].field != fieldBody; i++ {
		if wordCueAt(toks, i, pastCues) {
			return false
		}
		ahead = ahead || wordCueAt(toks, i, aheadCues)
	}
	return ahead
}
