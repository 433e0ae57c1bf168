package classify

import (
	"strings"
	"time"
)

// A kickoff later today: a sports story whose title or lead names a
// kickoff on the day it is published, at a time still ahead of its
// publication ("… diễn ra lúc 22h30 hôm nay (16-1)", "19 giờ 30 tối nay",
// "8 giờ tối nay"), was written before the match, whatever scores or
// result words it carries (the previous round's "thắng 2-1", a date read
// as a score, "tối nay 12-1"): it reports no result, and its moment is
// before the match (moment.go), so that it joins neither the result's
// story nor its aftermath. It is not made a preview (match.preview):
// a preview joins other sports stories only as a twin, and the previews
// of one match that reached one another through such an item were
// parted (BENCHMARKS, i16datescore's variant K; i17kickoff). A title
// with a score line ("Việt Nam 1-0 Kyrgyzstan (H1)": a live page under
// way) keeps its facts. The test needs the publication time: unknown
// (zero), nothing is read.

// kickoffParts are the parts of today a kickoff names after its clock
// ("hôm nay", "tối nay"), folded, with the hours to add to a clock before
// noon ("8 giờ tối nay" is 20:00).
var kickoffParts = map[string]int{"hom": 0, "sang": 0, "trua": 0, "chieu": 12, "toi": 12, "dem": 12, "khuya": 12}

// kickoffReach is how many tokens after a clock its part of today may
// start ("19 giờ 30 hôm nay", "19h (giờ Hà Nội) hôm nay" is too far).
const kickoffReach = 3

// vietnamOffset is Vietnam's offset from UTC (no daylight saving).
const vietnamOffset = 7 * time.Hour

// aheadOf makes m, a sports story's match facts read from toks, a story
// before its match when toks name a kickoff later on the day of
// published (kickoffAhead).
func (m *match) aheadOf(toks []token, published time.Time) {
	if !kickoffAhead(toks, published) {
		return
	}
	cue := momentBefore
	if m.cue == momentAfter {
		cue = 0
	}
	*m = match{preview: m.preview, sports: true, id: m.id, cue: cue}
}

// kickoffAhead reports whether the title and lead tokens of toks name a
// kickoff today (kickoffAt) later than published, in Vietnam time, and
// the title carries no score line.
func kickoffAhead(toks []token, published time.Time) bool {
	if published.IsZero() || titleScored(toks) || !namesMatch(toks) {
		return false
	}
	local := published.UTC().Add(vietnamOffset)
	now := local.Hour()*60 + local.Minute()
	for i := 0; i < len(toks) && toks[i].field != fieldBody; i++ {
		if at, ok := kickoffAt(toks, i); ok && at > now {
			return true
		}
	}
	return false
}

// occasionWords name a kickoff of something else than a match, lower
// case as written: a press conference, a draw, a ceremony, a homecoming.
// A text that names one and no match ("trận") is not read.
var occasionWords = []string{"họp báo", "bốc thăm", "lễ trao", "gala", "bế mạc", "về đến", "khải hoàn", "trao giải"}

// namesMatch reports whether the title and lead name no occasion other
// than a match (occasionWords), or name a match ("trận") too.
func namesMatch(toks []token) bool {
	occasion := false
	for i := 0; i < len(toks) && toks[i].field != fieldBody; i++ {
		if toks[i].fold == "tran" && strings.EqualFold(toks[i].text, "trận") {
			return true
		}
		occasion = occasion || cueAt(toks, i, occasionWords)
	}
	return !occasion
}

// titleScored reports whether the title holds a score line, a pre-match
// "0-0" aside, or a half marker in parentheses: a live page under way.
func titleScored(toks []token) bool {
	for i := 0; i < len(toks) && toks[i].field == fieldTitle; i++ {
		if s, ok := scoreAt(toks, i); ok && scoreMeaning(toks, i, s) != scorePlaceholder {
			return true
		}
	}
	return halfNear(toks, len(toks))
}

// kickoffAt returns the minute of the day (0 at midnight, past 1440 for
// a night's small hours) of a clock starting at toks[i] that a part of
// today follows within kickoffReach tokens: "19h hôm nay", "19h30 tối
// nay", "19 giờ 30 ngày hôm nay", "3h sáng nay", "0h30 đêm nay".
func kickoffAt(toks []token, i int) (int, bool) {
	h, m, j, ok := clockTime(toks, i)
	if !ok {
		return 0, false
	}
	for k := j; k < j+kickoffReach && k+1 < len(toks) && toks[k+1].field == toks[i].field; k++ {
		f := toks[k].fold
		if f == "ngay" || f == "rang" { // "ngày hôm nay", "rạng sáng nay"
			continue
		}
		add, part := kickoffParts[f]
		if !part || toks[k+1].fold != "nay" {
			return 0, false
		}
		switch {
		case h < 5 && (f == "dem" || f == "khuya"):
			h += 24 // "1h đêm nay": after midnight
		case h < 12:
			h += add
		}
		return h*60 + m, true
	}
	return 0, false
}

// clockTime reads a time of day starting at toks[i]: "19h", "19h15",
// "19:30" or "19 giờ (30)"; it returns the hour, the minutes and the index
// after the clock.
func clockTime(toks []token, i int) (h, m, j int, ok bool) {
	s := toks[i].fold
	if !clockAt(toks, i) {
		if !isDigits(s) || len(s) > 2 || i+1 >= len(toks) || toks[i+1].field != toks[i].field || toks[i+1].fold != "gio" {
			return 0, 0, 0, false
		}
		h, j = atoiSmall(s), i+2 // "19 giờ", "19 giờ 30"
		if j < len(toks) && toks[j].field == toks[i].field && isDigits(toks[j].text) && len(toks[j].text) == 2 {
			m, j = atoiSmall(toks[j].text), j+1
		}
		return h, m, j, h < 24 && m < 60
	}
	if hs, ms, cut := strings.Cut(s, "h"); cut { // "19h", "19h15"
		h, j = atoiSmall(hs), i+1
		if ms != "" {
			m = atoiSmall(ms)
		}
	} else { // "19:30"
		h, m, j = atoiSmall(s), atoiSmall(toks[i+1].text), i+2
	}
	return h, m, j, h < 24 && m < 60
}
