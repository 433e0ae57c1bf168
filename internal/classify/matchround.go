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
// quarterfinal, "vào tứ kết" a round before any named here (no round),
// while "lượt về bán kết" is the semifinal's second leg, no reach;
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
	r, champion := fieldRound(toks, 0)
	if r == 0 && champion {
		return roundFinal
	}
	return r
}

// fieldRound reads the round word of the field that starts at toks[from]
// as titleRound reads the title's: the round its first round word names
// (0 none, a stage, a round before the quarterfinal, or "VCK" in the
// field), and whether a champion word (not after a heldWords word) comes
// before it — false when the first round word is a stage's or the field
// says "VCK", which leave the field no round at all. "Lượt về" before a
// round word is the second leg of that round, no reach ("về" and "vé"
// fold alike): "thắng … ở lượt về bán kết" is the semifinal's.
func fieldRound(toks []token, from int) (round uint8, champion bool) {
	if from >= len(toks) {
		return 0, false
	}
	f := toks[from].field
	for i := from; i < len(toks) && toks[i].field == f; i++ {
		if toks[i].fold == "vck" {
			return 0, false
		}
		prev := ""
		if i > from {
			prev = toks[i-1].fold
		}
		if r := roundAt(toks, i); r != 0 {
			switch {
			case stageWords[prev]:
				return 0, false // a stage's round word: no round, whatever came before
			case reachWords[prev] && !(i-2 >= from && toks[i-2].fold == "luot"):
				return r - 1, champion
			}
			return r, champion
		}
		champion = champion || !heldWords[prev] && cueAt(toks, i, championWords)
	}
	return 0, champion
}

// leadRound returns the round the lead's first round word names (0 none),
// read as the title's (fieldRound).
func leadRound(toks []token) uint8 {
	i := 0
	for i < len(toks) && toks[i].field == fieldTitle {
		i++
	}
	if i >= len(toks) || toks[i].field != fieldSummary {
		return 0
	}
	r, _ := fieldRound(toks, i)
	return r
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

// roundAhead reports whether result m, whose title and lead tokens are
// toks, is a look ahead to its title's round: the title names a round
// and states no result (not titled, no past cue) while the lead reports
// a result of another round ("Chung kết … gọi tên Việt Nam - Thái Lan",
// lead "… thắng 3-0 … ở bán kết").
func roundAhead(m *match, toks []token) bool {
	if m.round == 0 || m.titled || m.past {
		return false
	}
	lr := leadRound(toks)
	return lr != 0 && lr != m.round
}
