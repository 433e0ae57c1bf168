package classify

import "math/bits"

// Which side of which sport a sports story is about, read off its title
// and lead: the age group, the discipline and the sex (the names are in
// sportnames.go). Two sports stories that name different ones report
// different matches however alike their words: a games' days bring
// futsal, volleyball, takraw, tennis and football, the women's and the
// men's teams into the same names ("Việt Nam", "Thái Lan", "chung kết",
// "HCV SEA Games"), and a tournament's the U17 and the U23
// (sportConflict). A story that names none of them conflicts with nothing.

// sportID is a sports story's side; the zero value is unknown.
type sportID struct {
	age   uint8 // the age group named (23 for "U23"); 0 none or two more than one apart
	class uint8 // the discipline named (match.event values but eventCombat), football for an age group or a football-only competition; plus sexWomen or sexMen; 0 none or two named
}

// The side's sex in sportID.class, beside the discipline (the low three
// bits): named only when the text says it ("tuyển nữ", "futsal nam"); a
// side named without it is either.
const (
	sexWomen = eventWomen
	sexMen   = 16
)

// sportIdentity reads the side of a sports story from its title and lead
// tokens (the body is not read). A field the text names two ways (two
// disciplines, both sexes, age groups more than one apart: "Thủ tướng
// chúc mừng U.22 và futsal nữ", "đơn nam, đơn nữ") is unknown; "nam và
// nữ" is not read as both (a known wrong veto, BENCHMARKS.md).
func sportIdentity(toks []token) sportID {
	var s idScan
	for i := 0; i < len(toks) && toks[i].field != fieldBody; {
		i = s.read(toks, i)
	}
	return s.identity()
}

// idScan collects what a story's tokens name of its side.
type idScan struct {
	age   uint8 // the first age group
	mixed bool  // an age group more than one from the first
	discs uint8 // bit d: discipline d named
	sex   uint8 // sexWomen and sexMen as named
	comp  int   // 1 + the competitions index of the title's first competition (not named as a goal: compGoals); 0 none
}

// read reads the token at toks[i] and returns where the next starts.
func (s *idScan) read(toks []token, i int) int {
	t := &toks[i]
	if compStarts[t.fold] {
		if j, c := competitionAt(toks, i); c >= 0 {
			if t.field == fieldTitle && s.comp == 0 && !(i > 0 && compGoals[toks[i-1].fold]) {
				s.comp = c + 1
			}
			if _, age := ageGroup(toks, i); age != "" {
				s.addAge(uint8(atoiSmall(age)))
			}
			return j
		}
	}
	if j, age := ageGroup(toks, i); age != "" {
		s.addAge(uint8(atoiSmall(age)))
		return j
	}
	if cueStarts[t.fold] {
		if d := discipline(toks, i); d != 0 && d != eventCombat {
			s.discs |= 1 << d
		}
	}
	if t.fold == "bong" && cueAt(toks, i, footballWords) {
		s.discs |= 1 << eventFootball
	}
	if sideStarts[t.fold] {
		s.sex |= sexAt(toks, i)
	}
	return i + 1
}

// addAge records an age group.
func (s *idScan) addAge(a uint8) {
	switch {
	case s.age == 0:
		s.age = a
	case a > s.age+1 || a+1 < s.age:
		s.mixed = true
	}
}

// identity returns the side read, each field unknown when named two ways.
// An age group is football's (the age groups of the Vietnamese sports
// pages are): with another discipline named, the discipline is unknown;
// a football-only competition makes an unnamed discipline football.
// eventCombat is never read: its cues are idioms too ("xe đạp chổng
// ngược" is a bicycle kick).
func (s *idScan) identity() sportID {
	var id sportID
	if !s.mixed {
		id.age = s.age
	}
	discs := s.discs
	if id.age != 0 || discs == 0 && s.comp != 0 && competitions[s.comp-1].football {
		discs |= 1 << eventFootball
	}
	if discs != 0 && discs&(discs-1) == 0 {
		id.class = uint8(bits.TrailingZeros8(discs))
	}
	if s.sex == sexWomen || s.sex == sexMen {
		id.class |= s.sex
	}
	return id
}

// sexAt returns the sex a cue at toks[i] names (womenWords, menWords), 0
// none.
func sexAt(toks []token, i int) uint8 {
	switch {
	case cueAt(toks, i, womenWords):
		return sexWomen
	case cueAt(toks, i, menWords):
		return sexMen
	}
	return 0
}

// sportConflict reports whether two sports stories name different sides:
// age groups more than one apart (ages one apart are one team: the SEA
// Games' "U22" is "U.23" to other outlets), different disciplines or
// different sexes. Such a pair is no story (matchThreshold); linkage is
// unchanged, so a story's other members decide as before. Measured on
// the training days (i14sport, BENCHMARKS.md): 451 same-story pairs
// split, 38 of 40 judged other events.
func sportConflict(a, b *Signature) bool {
	x, y := &a.match.id, &b.match.id
	return a.match.sports && b.match.sports &&
		(differ(x.age, y.age) && x.age+1 != y.age && y.age+1 != x.age ||
			differ(x.class&7, y.class&7) || differ(x.class&^7, y.class&^7))
}

// differ reports whether both values are known (non-zero) and differ.
func differ(a, b uint8) bool { return a != 0 && b != 0 && a != b }

// competitionAt returns the end of the longest competition name starting
// at toks[i] and its index in competitions, or i+1 and -1.
func competitionAt(toks []token, i int) (int, int) {
	best, code := 0, -1
	for k, c := range competitions {
		if n := cueLen(toks, i, c.names); n > best {
			best, code = n, k
		}
	}
	return i + max(best, 1), code
}
