package classify

import "strings"

// Whole-word cues for the past-cue rule (pastcue.go) and the match-day
// preview exemption (prevveto.go): a cue's syllables spell a phrase only
// when its first syllable does not end a longer word begun before it and
// its last does not begin one continued after it ("tiếp theo" is no look
// ahead in "tiếp theo dõi", "nếu hạ" no condition in "nếu hạ tầng").
// cueCompounds are those longer words, lower case as written, two
// syllables each; a clause break between the two syllables is no word.
var cueCompounds = map[string]bool{
	"hạ tầng": true, "hạ cánh": true, "hạ nhiệt": true, "hạ thủy": true, "hạ thuỷ": true,
	"thua kiện": true, "thua lỗ": true, "thắng kiện": true, "theo dõi": true,
	"hòa giải": true, "hoà giải": true, "hòa nhập": true, "hoà nhập": true,
	"bí quyết": true, "giải quyết": true, "phán quyết": true, "nghị quyết": true, "biểu quyết": true,
	"tự quyết": true, "kiên quyết": true,
}

// wordCueAt reports whether one of the cues starts at toks[i] (cueLen) as
// whole words: not inside a cueCompounds word at either end.
func wordCueAt(toks []token, i int, cues []string) bool {
	n := cueLen(toks, i, cues)
	if n == 0 {
		return false
	}
	j := i + n - 1
	return !compoundAt(toks, i-1) && !compoundAt(toks, j)
}

// compoundAt reports whether toks[k] and toks[k+1], in one field with no
// clause break between them, spell a cueCompounds word.
func compoundAt(toks []token, k int) bool {
	if k < 0 || k+1 >= len(toks) || toks[k].field != toks[k+1].field || clauseBreak(toks[k+1].gap) {
		return false
	}
	return cueCompounds[strings.ToLower(toks[k].text)+" "+strings.ToLower(toks[k+1].text)]
}
