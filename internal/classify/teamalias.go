package classify

import (
	"slices"
	"strings"
)

// Team aliases: outlets write one team differently ("Barca" and
// "Barcelona", "Man Utd" and "M.U", "PSG" and "Paris Saint-Germain",
// "CAHN" and "Công an Hà Nội", "Arab Saudi" and "Ả Rập Xê Út"), and
// resultsApart, which keeps two results with different score lines and no
// team in common apart, vetoed one match's reports when the outlets named
// its teams differently. A result's canonical teams (match.canon,
// canonTeams) are what resultsApart compares: each spelling of
// teamAliases hashes as its team's canonical name, a title's "Tuyển" is
// no part of the name ("Tuyển Việt Nam" is Việt Nam), "Công an" before Hà
// Nội or TP.HCM is ("Công an Hà Nội" is no Hà Nội FC), and a spelling is a
// team even alone at a sentence's start ("Barca thắng …"). The match rule
// (sameMatch) and the story names keep the names as written: aliases
// there joined a match's previews and other matches to its results more
// often than one match's reports (BENCHMARKS.md, "Sixteenth session:
// i16teamalias", variants b1 and b2). The spellings are the variants
// counted in the training-day sports items; a name shared with a place or
// a word ("Bình Dương", the stadium; "Hàn", the river; "Nhất", a division)
// is left out.

// teamAliases lists the spellings of each team, folded as nameRun folds a
// name (lower case, no diacritics, syllables separated by one space,
// qualifiers such as "CLB", "FC", "ĐT" left out); the first is canonical.
var teamAliases = [...][]string{
	// Clubs of the top European leagues.
	{"manchester united", "man utd", "man united", "m u", "mu", "manchester utd", "man u"},
	{"manchester city", "man city"},
	{"barcelona", "barca"},
	{"real madrid", "real"},
	{"atletico madrid", "atletico", "atleti", "atletico de madrid"},
	{"psg", "paris saint germain", "paris sg", "paris st germain"},
	{"bayern munich", "bayern", "bayern munchen", "bayern muenchen"},
	{"inter milan", "inter", "internazionale"},
	{"ac milan", "milan"},
	{"juventus", "juve"},
	{"tottenham", "tottenham hotspur"},
	{"wolverhampton", "wolves", "wolverhampton wanderers"},
	{"nottingham forest", "nottingham"},
	{"newcastle", "newcastle united"},
	{"west ham", "west ham united"},
	{"leeds", "leeds united"},
	{"brighton", "brighton hove albion"},
	{"aston villa", "villa"},
	{"leverkusen", "bayer leverkusen"},
	{"dortmund", "borussia dortmund", "bvb"},
	{"real betis", "betis"},
	{"real sociedad", "sociedad"},
	{"athletic bilbao", "bilbao", "athletic club"},
	{"marseille", "olympique marseille"},
	{"lyon", "olympique lyon", "olympique lyonnais"},
	{"sporting lisbon", "sporting", "sporting cp"},
	{"psv", "psv eindhoven"},
	{"roma", "as roma"},
	// V-League clubs.
	{"cong an ha noi", "cahn"},
	{"cong an tp hcm", "ca tp hcm", "cong an tphcm", "ca tphcm", "cong an tp ho chi minh"},
	{"the cong viettel", "the cong", "viettel"},
	{"hoang anh gia lai", "hagl", "lpbank hagl", "lpbank hoang anh gia lai"},
	{"nam dinh", "thep xanh nam dinh", "thep xanh"},
	{"becamex tp hcm", "becamex", "becamex binh duong", "becamex ho chi minh city", "becamex tphcm"},
	{"thanh hoa", "dong a thanh hoa"},
	{"song lam nghe an", "slna", "song lam"},
	{"da nang", "shb da nang"},
	{"ha tinh", "hong linh ha tinh"},
	{"ninh binh", "lpbank ninh binh", "lp bank ninh binh", "phu dong ninh binh"},
	{"quy nhon united", "quy nhon binh dinh"}, // not "quy nhon", the city
	// National teams.
	{"viet nam", "vn", "dtvn", "vietnam"},
	{"a rap xe ut", "saudi arabia", "arab saudi", "saudi", "a rap saudi"},
	{"uc", "australia"},
	{"cape verde", "cabo verde"},
	{"morocco", "ma roc"},
	{"chdc congo", "dr congo", "congo dr", "cong hoa dan chu congo"},
	{"trieu tien", "chdcnd trieu tien"},
	{"dai loan", "dai bac trung hoa", "chinese taipei"},
	{"bosnia herzegovina", "bosnia", "herzegovina"},
	{"thuy si", "thuy sy"},
	{"italy", "y", "italia"},
	{"tho nhi ky", "turkiye", "turkey"},
	{"bo bien nga", "ivory coast"},
	{"my", "hoa ky", "usa"},
	{"czech", "cong hoa sec", "ch sec", "sec"},
	{"kyrgyzstan", "kyrgyz"},
	{"philippines", "philippine"},
}

// aliasHashes maps the key (nameKey) of each spelling of teamAliases to
// its team's canonical name hash (as nameRun hashes a name).
var aliasHashes = func() map[uint64]uint16 {
	m := map[uint64]uint16{}
	for _, names := range teamAliases {
		canon := foldedNameHash(names[0])
		for _, n := range names {
			m[foldedNameKey(n)] = canon
		}
	}
	return m
}()

// policeClubs maps the key of the name after "Công an" (lower-case "an")
// to the club's canonical hash: "Công an Hà Nội", "Công an TP.HCM".
var policeClubs = map[uint64]uint16{
	foldedNameKey("ha noi"):         foldedNameHash("cong an ha noi"),
	foldedNameKey("tp hcm"):         foldedNameHash("cong an tp hcm"),
	foldedNameKey("tphcm"):          foldedNameHash("cong an tp hcm"),
	foldedNameKey("tp ho chi minh"): foldedNameHash("cong an tp hcm"),
}

// teamAlias returns the name hash of the name whose key (nameKey) is key:
// its team's canonical name hash if it is a spelling of teamAliases, else
// its own; never 0.
func teamAlias(key uint64) uint16 {
	if h, ok := aliasHashes[key]; ok {
		return h
	}
	return uint16(key) | 1
}

// foldedNameKey returns nameKey's key of a name given folded, its
// syllables separated by spaces.
func foldedNameKey(s string) uint64 {
	var h keyHash
	for _, w := range strings.Fields(s) {
		h.add(w)
	}
	return h.x
}

// teamRun returns the end of the team's name starting at toks[i] and its
// hash (nameRun: 0 when no name starts there, aliases read): a capitalised
// "Tuyển" (not "Tuyên", as in Tuyên Quang) before a name is left out
// ("Tuyển Việt Nam thắng …" names Việt Nam), "Công an" before Hà Nội or
// TP.HCM, "an" in lower case, names the police club, not the city's, and
// a spelling of teamAliases of two letters or more, written as a team is
// (loneSpelling), is a team even alone at a sentence's start ("Barca
// thắng …", "MU thua …", not "Mù mịt …"), where nameRun reads no name.
func teamRun(toks []token, i int) (int, uint16) {
	t := &toks[i]
	next := func(k int) bool { // toks[k] goes on t's name
		return k < len(toks) && toks[k].field == t.field && nameToken(&toks[k]) && nameGap(toks[k].gap)
	}
	switch {
	case nameQualifiers[t.fold] && nameToken(t) && next(i+1): // "CLB Công an Hà Nội"
		return teamRun(toks, i+1)
	case t.fold == "tuyen" && strings.EqualFold(t.text, "tuyển") && nameToken(t) && next(i+1): // not "Tuyên Quang"
		return aliasRun(toks, i+1)
	case t.fold == "cong" && nameToken(t) && i+2 < len(toks) && plainAfter(toks, i+1, t.field) &&
		toks[i+1].fold == "an" && !toks[i+1].upper && plainAfter(toks, i+2, t.field):
		if j, key, ok := nameKey(toks, i+2); ok {
			if h, club := policeClubs[key]; club {
				return j, h
			}
		}
	}
	j, h := aliasRun(toks, i)
	if h == 0 && j == i+1 && nameToken(t) && len(t.fold) > 1 && loneSpelling(t) { // "Barca thắng …": no name at a sentence's start
		var k keyHash
		k.add(t.fold)
		if c, ok := aliasHashes[k.x]; ok {
			return j, c
		}
	}
	return j, h
}

// loneSpelling reports whether t, a word alone at a sentence's start, is
// written as a team is: without diacritics ("MU", "Barca"), or as one of
// accentedSpellings. A Vietnamese word that folds as a spelling of
// teamAliases is none: "Mù" and "Mũ" fold as MU, "Ức" as Úc.
func loneSpelling(t *token) bool {
	low := strings.ToLower(t.text)
	return low == t.fold || slices.Contains(accentedSpellings, low)
}

// accentedSpellings are the one-word spellings of teamAliases written
// with diacritics, lower case.
var accentedSpellings = []string{"mỹ", "úc", "séc", "barça"}

// plainAfter reports whether toks[k] is in field f after spaces alone.
func plainAfter(toks []token, k int, f field) bool {
	return toks[k].field == f && strings.TrimSpace(toks[k].gap) == ""
}

// aliasRun is nameRun with teamAlias read: a team's other spellings hash
// as its canonical name.
func aliasRun(toks []token, i int) (int, uint16) {
	j, key, ok := nameKey(toks, i)
	if !ok {
		return j, 0
	}
	return j, teamAlias(key)
}

// canonTeams returns the canonical hashes (teamRun) of the first sigTeams
// distinct teams of a sports story's title and lead, competitions and
// regions left out; unused entries are 0.
func canonTeams(toks []token) [sigTeams]uint16 {
	var out [sigTeams]uint16
	n := 0
	for i := 0; i < len(toks) && toks[i].field != fieldBody && n < sigTeams; {
		j, h := teamRun(toks, i)
		if h != 0 && !competition(toks, i, j, h) && !slices.Contains(out[:n], h) {
			out[n] = h
			n++
		}
		i = j
	}
	return out
}
