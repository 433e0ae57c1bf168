package classify

import "strings"

// What a sports title's result words and score lines say about other
// meetings than the story's own (storyMatch): a record ("Việt Nam từng
// toàn thua Trung Quốc", "U23 Việt Nam chưa từng thắng UAE", "Từng thua
// Việt Nam vì 3 sai lầm, Indonesia …") or a head-to-head account
// ("Lịch sử đối đầu: Việt Nam thắng 3-0"). Neither is the story's result:
// such a title, usually a preview's, reports no result of its own.
//
// Only the title is read so (sixteenth session, i16h2h): the same rules on
// the lead too, a record making the story a preview, and forecasts read
// the same way were measured on the training days and moved thousands of
// same-story pairs, most of them wrongly (BENCHMARKS.md).

// Cues, lower case as written. recordCues precede a result word within
// recordReach tokens ("từng thắng", "từng toàn thua", "chưa từng để
// thua"); pastCues, earlier in a title's sentence, make its results and
// scores the record of earlier meetings.
var (
	recordCues = []string{"từng"}
	pastCues   = []string{"lần gần nhất", "nhau gần nhất", "đối đầu gần nhất", "lịch sử đối đầu", "thành tích đối đầu", "lần đối đầu"}
)

const recordReach = 2 // tokens before a result word a record cue may stand

// recordWord reports whether the result word at toks[i] is a title's
// record: a record cue within recordReach tokens before it, or a past cue
// before it in its sentence.
func recordWord(toks []token, i int) bool {
	return toks[i].field == fieldTitle && (recordAt(toks, i) || pastBefore(toks, i))
}

// recordAt reports whether a record cue precedes the result word at
// toks[i] within recordReach tokens of its field.
func recordAt(toks []token, i int) bool {
	for k := max(fieldStart(toks, i), i-recordReach); k < i; k++ {
		if cueAt(toks, k, recordCues) {
			return true
		}
	}
	return false
}

// recordScore reports whether the title's score line at toks[i] belongs
// to a record or a head-to-head account: the nearest result word before it
// in its clause follows a record cue ("Từng thắng Thái Lan 3-0, …"), or a
// past cue stands before it in its sentence. A lead's score is never one.
func recordScore(toks []token, i int) bool {
	if toks[i].field != fieldTitle {
		return false
	}
	for k := i - 1; k >= 0 && toks[k].field == toks[i].field && !clauseEnds(toks[k+1].gap); k-- {
		if resultWord(toks, k) {
			if recordAt(toks, k) {
				return true
			}
			break
		}
	}
	return pastBefore(toks, i)
}

// pastBefore reports whether a past cue stands before toks[i] in its
// sentence and field.
func pastBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && toks[k].field == toks[i].field && !sentenceEnds(toks[k+1].gap); k-- {
		if cueAt(toks, k, pastCues) {
			return true
		}
	}
	return false
}

// sentenceEnds reports whether a token's gap ends a sentence before it.
func sentenceEnds(gap string) bool {
	return strings.ContainsAny(gap, ";!?") || strings.Contains(gap, ". ")
}

// clauseEnds reports whether a token's gap ends a clause before it: a
// sentence's end, a comma, a colon, a parenthesis or a spaced dash.
func clauseEnds(gap string) bool {
	return sentenceEnds(gap) || strings.ContainsAny(gap, ",:()") || strings.Contains(gap, " - ") || strings.Contains(gap, " – ")
}
