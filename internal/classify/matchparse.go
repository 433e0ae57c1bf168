package classify

import (
	"slices"
	"strings"
)

// What the match rule (match.go) reads off a sports story's title and
// lead: its teams, score line, age group and result or preview cues.

// storyMatch returns the match facts of a sports story's title and lead
// tokens.
func storyMatch(toks []token) match {
	var sc matchScan
	for i := 0; i < len(toks) && toks[i].field != fieldBody; {
		i = sc.step(toks, i)
	}
	// ahead: the title or lead forecasts a score, or the title shows a
	// pre-match "0-0" (scoreMeaning): the story is a preview whatever its
	// scores.
	preview := sc.preview || sc.ahead
	m := sc.m
	m.ok = sc.score && !sc.ahead || sc.result && !preview
	// A result read off the lead of a live page, or, with no score line,
	// of a third-place preview or a story dated today, is a preview when
	// its title states no result (matchlook.go).
	if m.ok && !m.titled && (sc.live || (sc.third || sc.today) && !sc.score) {
		m.ok, preview = false, true
	}
	if !m.ok {
		// ahead on a preview: a live page (momentConflict's).
		n := match{preview: preview, ahead: preview && sc.live, sports: true, cue: titleMoment(toks)}
		if !preview && n.cue == momentAfter { // an after-cued story keeps its title's teams, age and discipline for the aftermath rule (aftermath.go)
			n.canon, n.age, n.event = canonTeams(titleOnly(toks)), m.age, max(sc.event, eventFootball)
			if sc.women {
				n.event |= eventWomen
			}
		}
		return n
	}
	m.cue = titleMoment(toks)
	m.round = titleRound(toks) // matchround.go
	m.past = pastResult(toks)
	m.ahead = !sc.score && aheadPreview(toks) || roundAhead(&m, toks) // prevveto.go, matchround.go
	m.canon = canonTeams(toks)
	m.sports = true
	m.event = max(sc.event, eventFootball)
	if sc.women {
		m.event |= eventWomen
	}
	return m
}

// matchScan is what storyMatch has read so far of a title and lead: the
// match facts (teams, final score, age group, whether the title carries
// them) and the cues the verdict is made of.
type matchScan struct {
	m                             match
	result, preview, score, ahead bool
	live, third, today            bool // previewCues' cues (matchlook.go)
	n                             int  // teams found
	event                         uint8
	women                         bool
}

// step reads the facts starting at toks[i] (an age group, a score line, a
// result or preview cue, a discipline, a team's name) and returns the index
// of the next token to read, always past i.
func (sc *matchScan) step(toks []token, i int) int {
	t := &toks[i]
	if j, age := ageGroup(toks, i); age != "" {
		if sc.m.age == 0 {
			sc.m.age = uint8(atoiSmall(age))
		}
		return j
	}
	if s, ok := scoreAt(toks, i); ok {
		switch kind := scoreMeaning(toks, i, s); {
		case kind >= scorePredicted:
			sc.ahead = true
		default:
			if sc.m.score == 0 && kind == scoreFinal {
				sc.m.score = s
			}
			sc.score = true
			sc.m.titled = sc.m.titled || t.field == fieldTitle
		}
	}
	if resultWord(toks, i) && !intended(toks, i) {
		sc.result = true
		sc.m.titled = sc.m.titled || t.field == fieldTitle
	}
	sc.preview = sc.preview || t.field == fieldTitle && (previewWord(toks, i) || liveOrKickoff(toks, i))
	live, third, today := previewCues(toks, i)
	sc.live, sc.third, sc.today = sc.live || live, sc.third || third, sc.today || today
	if cueStarts[t.fold] {
		if sc.event == 0 {
			sc.event = discipline(toks, i)
		}
		sc.women = sc.women || cueAt(toks, i, womenWords)
	}
	j, h := nameRun(toks, i)
	if h != 0 && sc.n < sigTeams && !competition(toks, i, j, h) && !slices.Contains(sc.m.teams[:sc.n], h) {
		sc.m.teams[sc.n] = h
		sc.n++
	}
	return j
}

// scoreAt reports a score line starting at toks[i] ("2-0", "3 - 2", "2–1"
// with an en or em dash), not a date ("sáng 9-12", "ngày 21-1", "hôm nay
// (15-12)": dayDate) nor a formation's end ("4-3-2-1"), as an order-free
// code.
func scoreAt(toks []token, i int) (uint16, bool) {
	if i+1 >= len(toks) || toks[i+1].field != toks[i].field || !scoreDash(toks[i+1].gap) {
		return 0, false
	}
	a, b := toks[i].text, toks[i+1].text
	if !isDigits(a) || !isDigits(b) || len(a) > 2 || len(b) > 2 || i > 0 && dateWords[toks[i-1].fold] ||
		i+2 < len(toks) && scoreDash(toks[i+2].gap) || chainedScore(toks, i) || dayDate(toks, i) != dayNone {
		return 0, false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if x > 30 || y > 30 {
		return 0, false
	}
	return uint16(min(x, y)<<5|max(x, y)) | 1<<15, true
}

// scoreDash reports whether gap, spaces aside, is the dash of a score: a
// hyphen, an en dash or an em dash.
func scoreDash(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "-", "–", "—":
		return true
	}
	return false
}

// dateWords precede a date written like a score ("Rạng sáng 9-12").
var dateWords = map[string]bool{"ngay": true, "sang": true, "chieu": true, "toi": true, "trua": true, "dem": true, "khuya": true, "hom": true, "mai": true}

// resultWords and previewWords are the title cues, lower case as written.
var (
	resultWords  = []string{"thắng", "thua", "hạ", "hòa", "hoà", "đánh bại", "vô địch", "đăng quang", "lên ngôi", "ngược dòng", "thất bại", "thất thủ", "gục ngã"}
	previewWords = []string{"sẽ", "trước thềm", "trước bán kết", "trước chung kết", "trước tứ kết", "trước đại chiến", "lịch thi đấu", "nhận định", "kênh phát", "mấy giờ", "đại chiến", "tái đấu"}
)

// resultWord reports whether a result cue starts at toks[i]; "hòa" (or
// "hoà") in a compound that is no draw ("bất hòa", "hòa giải", "hòa bình",
// "hòa nhập", "hòa mình") is none, nor is "hạ" in a word that names no win
// ("hạ màn", "triệt hạ": notBeat).
func resultWord(toks []token, i int) bool {
	if notBeat(toks, i) {
		return false
	}
	if toks[i].fold == "hoa" && (i > 0 && toks[i-1].fold == "bat" ||
		i+1 < len(toks) && toks[i+1].field == toks[i].field && notDrawAfter[toks[i+1].fold]) {
		return false
	}
	return (!toks[i].upper || toks[i].first) && cueAt(toks, i, resultWords)
}

// notDrawAfter follow "hòa" in words that name no draw.
var notDrawAfter = map[string]bool{"giai": true, "binh": true, "nhap": true, "minh": true, "quyen": true, "hop": true}

func previewWord(toks []token, i int) bool { return cueAt(toks, i, previewWords) }

// liveOpeners open the title of a live-coverage page ("Trực tuyến Hà Lan -
// Nhật Bản (3h): …", "Link xem trực tiếp …"), lower case as written.
var liveOpeners = []string{"trực tuyến", "trực tiếp", "link xem"}

// liveOrKickoff reports whether toks[i] opens the title with a live-coverage
// cue or is a kickoff time after an opening parenthesis or a comma ("Công
// An Hà Nội đấu Nam Định (19h15): …", "…, 19:30 hôm nay"): such a page
// precedes or follows the match live; it reports a result only through a
// score line (storyMatch).
func liveOrKickoff(toks []token, i int) bool {
	if toks[i].first && cueAt(toks, i, liveOpeners) {
		return true
	}
	if g := strings.TrimSpace(toks[i].gap); !strings.HasSuffix(g, "(") && !strings.HasSuffix(g, ",") {
		return false
	}
	return clockAt(toks, i)
}

// clockAt reports whether a time of day starts at toks[i]: "19h", "19h15",
// or "19:30" (two tokens).
func clockAt(toks []token, i int) bool {
	s := toks[i].fold
	if h, m, ok := strings.Cut(s, "h"); ok {
		return h != "" && isDigits(h) && len(h) <= 2 && (m == "" || isDigits(m) && len(m) == 2)
	}
	return isDigits(s) && len(s) <= 2 && i+1 < len(toks) && toks[i+1].field == toks[i].field &&
		toks[i+1].gap == ":" && isDigits(toks[i+1].text) && len(toks[i+1].text) == 2
}

// cueAt reports whether one of the cues (syllables separated by spaces)
// starts at toks[i], case aside.
func cueAt(toks []token, i int, cues []string) bool { return cueLen(toks, i, cues) > 0 }

// cueLen returns the length in tokens of the first of cues (words
// separated by one space, case aside) that the tokens from toks[i] on, in
// toks[i]'s field, spell; 0 none.
func cueLen(toks []token, i int, cues []string) int {
	for _, c := range cues {
		n := 0
		for k := i; c != "" && k < len(toks) && toks[k].field == toks[i].field; k++ {
			var w string
			w, c, _ = strings.Cut(c, " ")
			if !strings.EqualFold(toks[k].text, w) {
				break
			}
			if n++; c == "" {
				return n
			}
		}
	}
	return 0
}

// competition reports whether the name toks[i:j] (hash h) is a competition
// or a region ("SEA Games", "World Cup", "Đông Nam Á"), not a team.
func competition(toks []token, i, j int, h uint16) bool {
	for k := i; k < j; k++ {
		switch toks[k].fold {
		case "cup", "games", "league", "giai", "olympic", "asiad", "world":
			return true
		}
	}
	return slices.Contains(regionHashes[:], h)
}

// regionHashes are the name hashes of "Đông Nam Á" and of "Á" and "Âu", the
// capitalised syllables of "châu Á", "châu Âu".
var regionHashes = [3]uint16{foldedNameHash("dong nam a"), foldedNameHash("a"), foldedNameHash("au")}

// foldedNameHash returns nameRun's hash of a name given folded, its
// syllables separated by spaces.
func foldedNameHash(s string) uint16 { return uint16(fnvHash(s)) | 1 }

// titleOnly returns the title's tokens of toks (the leading run of
// fieldTitle tokens): an after-cued story's teams are those its title
// names, not a place or a club its lead mentions.
func titleOnly(toks []token) []token {
	n := 0
	for n < len(toks) && toks[n].field == fieldTitle {
		n++
	}
	return toks[:n]
}
