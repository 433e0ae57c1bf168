package classify

import "slices"

// Two results of different matches: two sports stories that both report a
// result (match.ok), with different score lines, that name no team in
// common ("Barca bị Atletico loại khỏi Champions League" and "Bayern loại
// Real, vào bán kết Champions League"; a round's two V-League results) are
// never one story (matchThreshold): a competition's, a round's or a
// day's results shared the competition's words and joined one another.
// The linkage majority (linked) is unchanged: vetoing there too moved
// twice as many pairs through the assignment, half of its joins wrong. A
// result that names one of the other's teams, or shares its score line,
// is compared as before (one match's half-time and full-time reports).
// Measured on the training days (BENCHMARKS.md, "Sixteenth session:
// i16clusprec2"). Teams are compared by their canonical names
// (match.canon, teamalias.go): "Barca" and "Barcelona", "MU" and "Man
// Utd" are one team, "Công an Hà Nội" and "Hà Nội FC" two (i16teamalias).

// resultsApart reports whether a and b both report a result, their score
// lines are known and differ, and their canonical teams (match.canon)
// share none.
func resultsApart(a, b *Signature) bool {
	x, y := &a.match, &b.match
	if !x.ok || !y.ok || x.score == 0 || y.score == 0 || x.score == y.score || x.canon[0] == 0 || y.canon[0] == 0 {
		return false
	}
	for _, h := range x.canon {
		if h != 0 && slices.Contains(y.canon[:], h) {
			return false
		}
	}
	return true
}
