package classify

// The moment of a sports story: before its match (a preview, or a title
// that announces the press conference before it, the line-ups, the odds, a
// score prediction, the tickets), after it (a result, or a title about
// the celebrations, the bonuses, the trophy, the hero, "sau trận"), or
// unknown (neither, or both). A match's build-up and its aftermath are
// different stories however alike their words (momentConflict); the
// cues are read in the title only, where the story says what it is about.

// The title cues of titleMoment; the zero value is no cue.
const (
	momentBefore uint8 = 1
	momentAfter  uint8 = 2
)

// beforeCues and afterCues, lower case as written. Tickets are named by
// what one does with them ("giành vé" is a result).
var (
	beforeCues = []string{
		"họp báo trước", "đội hình ra sân", "đội hình dự kiến", "đội hình xuất phát",
		"soi kèo", "tỷ lệ kèo", "tỉ lệ kèo", "dự đoán tỉ số", "dự đoán tỷ số",
		"mua vé", "bán vé", "giá vé", "săn vé", "phe vé",
		"quyết thắng", "nếu thắng", "phải thắng", "muốn thắng",
	}
	afterCues = []string{"sau trận", "ăn mừng", "mừng công", "thưởng nóng", "nâng cúp", "người hùng"}
)

// titleMoment returns momentBefore or momentAfter when the title tokens
// of toks hold cues of that moment only, else 0.
func titleMoment(toks []token) uint8 {
	var cue uint8
	for i := 0; i < len(toks) && toks[i].field == fieldTitle; i++ {
		if cueAt(toks, i, beforeCues) {
			cue |= momentBefore
		}
		if cueAt(toks, i, afterCues) {
			cue |= momentAfter
		}
	}
	if cue == momentBefore|momentAfter {
		return 0
	}
	return cue
}

// moment returns the story's moment: momentBefore for a preview or a
// before cue, momentAfter for a result or an after cue, 0 when it is
// neither or both.
func (m *match) moment() uint8 {
	before := m.preview || m.cue == momentBefore
	after := m.ok || m.cue == momentAfter
	switch {
	case before && !after:
		return momentBefore
	case after && !before:
		return momentAfter
	}
	return 0
}

// momentConflict reports whether a and b are sports stories, one before
// its match and the other after one, or one a live page (a preview whose
// title opens with a live cue: matchlook.go) and the other a story whose
// title has a before cue (a score prediction, the line-ups, tickets):
// never one story. The live page covers the match itself and becomes its
// report; a tip column is a column of its own (i15moment2 judged them
// apart; until the live page's date was read as a date it was a result
// and the moment veto held: i22matchprev, BENCHMARKS.md).
func momentConflict(a, b *Signature) bool {
	if !a.match.sports || !b.match.sports {
		return false
	}
	if x, y := &a.match, &b.match; livePage(x) && !livePage(y) && y.cue == momentBefore || livePage(y) && !livePage(x) && x.cue == momentBefore {
		return true
	}
	x, y := a.match.moment(), b.match.moment()
	return x != 0 && y != 0 && x != y
}

func livePage(m *match) bool { return m.preview && m.ahead }
