package classify

// The round of a result: a player or a club plays its quarterfinal, its
// semifinal and its final within MatchWindow at a tournament (billiards,
// tennis, badminton, a youth cup), and its reports share one rare name,
// the player's, so the match rule's one-name clause joined a semifinal
// and the final (i21storyprec, BENCHMARKS.md). Two results whose titles
// name different rounds are different matches: the match rule does not
// hold for them (sameMatch refuses them: roundsApart); they are compared
// by the other rules as before (a veto of every rule split twelve times
// as many pairs, half of them one event's: BENCHMARKS.md, i21matchprec).
// The round is the title's first round word; "vào chung kết" (reaching
// the final) reports the semifinal, "vào bán kết" the
// quarterfinal, "vào tứ kết" a round before any named here (no round);
// "vòng chung kết" and "VCK" are a tournament's finals stage, no match's
// round. Without a round word a title that says the final was won or
// lost ("vô địch", "á quân"; not "đương kim vô địch", "giải vô địch")
// names the final. A title without either has no round and is compared
// as before.

// The rounds of match.round; 0 none.
const (
	roundQuarter uint8 = 1 + iota
	roundSemi
	roundFinal
)

// roundWords are the rounds' words, lower case as written, by round.
var roundWords = [...]struct {
	round uint8
	cues  []string
}{
	{roundQuarter, []string{"tứ kết"}},
	{roundSemi, []string{"bán kết"}},
	{roundFinal, []string{"chung kết"}},
}

// reachWords before a round word say the round was reached: the result is
// of the round before.
var reachWords = map[string]bool{"vao": true, "toi": true, "ve": true, "den": true, "quyen": true}

// stageWords before a round word make it a tournament's stage ("vòng chung
// kết"), no match's round.
var stageWords = map[string]bool{"vong": true}

// championWords say the title's result won or lost a final ("vô địch",
// "á quân"); heldWords before one make it a holder, a title chance or a
// championship's name ("đương kim vô địch", "cơ hội vô địch", "giải vô
// địch"), no final.
var (
	championWords = []string{"vô địch", "lên ngôi", "đăng quang", "á quân"}
	heldWords     = map[string]bool{"kim": true, "cuu": true, "nha": true, "vien": true, "cua": true, "hoi": true, "tranh": true, "mo": true, "giai": true, "ngoi": true}
)

// titleRound returns the round the title's first round word names (0
// none, or a stage, or a round before the quarterfinal); without a round
// word, roundFinal when the title says the final was won or lost
// (championWords).
func titleRound(toks []token) uint8 {
	champion := false
	for i := 0; i < len(toks) && toks[i].field == fieldTitle; i++ {
		if toks[i].fold == "vck" {
			return 0
		}
		prev := ""
		if i > 0 && toks[i-1].field == fieldTitle {
			prev = toks[i-1].fold
		}
		if r := roundAt(toks, i); r != 0 {
			switch {
			case stageWords[prev]:
				return 0
			case reachWords[prev]:
				return r - 1
			}
			return r
		}
		champion = champion || !heldWords[prev] && cueAt(toks, i, championWords)
	}
	if champion {
		return roundFinal
	}
	return 0
}

// roundAt returns the round whose word starts at toks[i], 0 none.
func roundAt(toks []token, i int) uint8 {
	for _, r := range roundWords {
		if cueAt(toks, i, r.cues) {
			return r.round
		}
	}
	return 0
}

// roundsApart reports whether a and b both name a round and the rounds
// differ: two matches of one tournament.
func roundsApart(a, b *Signature) bool {
	x, y := a.match.round, b.match.round
	return x != 0 && y != 0 && x != y
}
