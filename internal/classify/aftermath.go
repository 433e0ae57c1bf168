package classify

import (
	"slices"
	"strconv"
	"time"
)

// The aftermath rule: a match's aftermath — the reactions, the coaches'
// and players' words, the ratings, the bonuses, the next morning's
// analysis — comes in the hours after its score is reported, names one of
// its teams and often the result ("sau chức vô địch", "trong trận thua"),
// but seldom the score or the opponent, so the match rule (sameMatch:
// two teams, or one and the score line) leaves it apart from the result
// and from itself. When the earlier of two sports stories reports a final
// score in its title (a result report: match.ok, match.score, match.titled)
// and the later, published within AftermathSpan after it, reports a result
// too (a result word or the same score line; no preview, no before cue),
// of the same discipline and age group, naming one of the score report's
// canonical teams (match.canon, a league's name aside: afterNotTeams), the
// pair needs only ClusterMatch, as under the match rule, and counts as
// related for the linkage majority. The later may also be a story that
// reads as no result but whose title holds an after cue only ("ăn mừng",
// "sau trận", "người hùng": moment.go) — the dressing room's song, the
// fans' night, a player's words — since storyMatch keeps such a story's
// age, discipline and the teams its title names (its lead's places and
// clubs are no test of it: "vòng play-off khu vực TP.HCM"; i23aftermath,
// BENCHMARKS.md: a SEA Games final's aftermath gathered into one story). A match's preview
// published after its score is a preview of the next match and names no
// result: it stays apart; one published before is no aftermath (the
// order is the rule's).
// Measured on the training days (i20aftermath, BENCHMARKS.md).
const AftermathSpan = 12 * time.Hour

// afterNotTeams are canonical names of a result that are no team: the
// capitalised words of the Premier League's Vietnamese name ("Ngoại hạng
// Anh"), which every one of its round's results names.
var afterNotTeams = [...]uint16{foldedNameHash("ngoai"), foldedNameHash("anh")}

// afterMatch reports whether a (published at pa) and b (at pb) satisfy the
// aftermath rule: the earlier a score report in its title, the later a
// result or an after-cued story within AftermathSpan after it,
// compatible, sharing a team.
func afterMatch(a, b *Signature, pa, pb int64) bool {
	if pb < pa {
		a, b, pa, pb = b, a, pb, pa
	}
	x, y := &a.match, &b.match
	if pb-pa > int64(AftermathSpan) || !x.ok || !y.ok && y.cue != momentAfter || !titleScore(a) ||
		x.moment() != momentAfter || y.moment() != momentAfter || x.event != y.event ||
		y.score != 0 && y.score != x.score || x.age != 0 && y.age != 0 && x.age != y.age {
		return false
	}
	return shareTeam(x, y)
}

// shareTeam reports whether the results x and y name a canonical team in
// common (match.canon), a league's name aside (afterNotTeams): the team
// test of the aftermath and past-cue rules.
func shareTeam(x, y *match) bool {
	for _, h := range x.canon {
		if h != 0 && !slices.Contains(afterNotTeams[:], h) && slices.Contains(y.canon[:], h) {
			return true
		}
	}
	return false
}

// titleScore reports whether s's final score line is written in its title:
// a result, its score, and both of the score's numbers among the title's
// (Signature.nums, a Bloom set: rarely a number the title lacks).
func titleScore(s *Signature) bool {
	m := &s.match
	if !m.ok || !m.titled || m.score == 0 {
		return false
	}
	lo, hi := m.score>>5&31, m.score&31
	for _, n := range [2]uint16{lo, hi} {
		if s.nums&(1<<(fnvHash(strconv.Itoa(int(n)))%32)) == 0 {
			return false
		}
	}
	return true
}
