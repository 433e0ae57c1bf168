package classify

import "strings"

// Personal profiles (issue 9, real news): a dating column's writer
// introduces themselves in the first person ("Em 38 tuổi, sống và làm việc
// tại Hà Nội…", "Mình sinh năm 1984, quê ở Bắc Ninh…", "Tôi là nam, sinh
// năm 1987…"). The places are the writer's home, and the development labels
// give such an item no province.

// profilePronouns open a first-person self-description.
var profilePronouns = map[string]bool{"Em": true, "Mình": true, "Anh": true, "Tôi": true}

// profileLead reports a summary that opens with a first-person pronoun and
// gives the writer's age, generation, birth year or height within its
// first words: "Em 38 tuổi", "Mình là nữ, 35 tuổi", "Em là cô gái 9x",
// "Anh sinh năm 1989", "Mình cao 1m7". The pronoun must go on as the writer's own words do (profileVerb):
// "Anh Tuấn, 38 tuổi" is a third person, "Em bé 11 tuổi" a child.
func profileLead(toks []token) bool {
	k := 0
	for k < len(toks) && toks[k].field == fieldTitle {
		k++
	}
	if k+2 >= len(toks) || toks[k].field != fieldSummary || !profilePronouns[toks[k].text] || !profileVerb(toks[k+1]) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+7 && !toks[j].first; j++ {
		if g := toks[j].gap; j > k+1 && (toks[j].upper || strings.ContainsAny(g, ".;:!?()")) {
			return false // the first clause ended without an age
		}
		if selfDescription(toks, j) {
			return true
		}
	}
	return false
}

// profileVerb reports the word that follows the writer's pronoun in a
// self-description: an age ("Em 38"), "sinh", "là", "cao", "năm" ("Mình
// năm nay 30 tuổi").
func profileVerb(t token) bool {
	switch t.fold {
	case "sinh", "la", "cao", "nam":
		return !t.upper
	}
	return isDigits(t.text) && len(t.text) <= 2
}

// selfDescription reports an age, a generation, a birth year or a height
// at toks[j]: "38 tuổi", "9x", "sinh năm 1984", "cao 1m7".
func selfDescription(toks []token, j int) bool {
	next := j + 1
	if next >= len(toks) || toks[next].first || toks[next].field != toks[j].field {
		return false
	}
	t := toks[j]
	switch {
	case isDigits(t.text) && len(t.text) <= 2:
		return wordIs(toks, next, "tuoi", "tuổi")
	case len(t.text) == 2 && t.text[0] >= '0' && t.text[0] <= '9' && t.text[1] == 'x':
		return true // "cô gái 9x": a generation
	case wordIs(toks, j, "nam", "năm") && j > 0 && wordIs(toks, j-1, "sinh", "sinh"):
		return len(toks[next].text) == 4 && isDigits(toks[next].text)
	case wordIs(toks, j, "cao", "cao"):
		c := toks[next].text[0]
		return c >= '0' && c <= '9'
	}
	return false
}

// dropProfile refuses every place of a personal profile: the writer's
// home, in the title too ("Tìm bạn trai chân thành ở Hà Nội").
func dropProfile(ms []mention) {
	for i := range ms {
		if ms[i].dropped == "" {
			ms[i].dropped = "a personal profile (a dating column's writer): their home"
		}
		ms[i].wardOf = nil
	}
}
