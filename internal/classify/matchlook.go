package classify

// Previews the match parse read as results (storyMatch). A sports story
// that reports no result in its title — no score line there, no result
// word — but that the parse read as a result through its lead: a live page
// ("Trực tuyến A - B (19h): …", lead "… thắng 2-1 ở lượt đi" or "lúc 19h
// hôm nay 14-12"), a story of today's match whose only "score" was its
// date ("… tối nay (15-12)", lead "cần thắng …"), a preview of the
// third-place match with a result word in its lead and no score line ("Anh
// và Pháp đều không muốn tranh giải ba World Cup"). Read as results, they
// joined the match's result story through the match rule and the
// result-story rule, and every report of the result was paired with a
// preview (i21preview, BENCHMARKS.md). previewCues finds their cues;
// storyMatch makes such a story a preview, and marks every live page's
// preview (match.ahead) for momentConflict (moment.go). A day-month after
// a day's name ("tối nay 15-12", "hôm qua 24-11") and a formation's last
// pair ("4-3-2-1") are no score line at all (scoreAt). Measured on the
// training days (i22matchprev, BENCHMARKS.md).

// dayParts precede "nay" (today) or "qua" (the day before) in a day's
// name: "hôm nay", "tối nay", "sáng qua", folded.
var dayParts = map[string]bool{"hom": true, "sang": true, "chieu": true, "toi": true, "trua": true, "dem": true, "khuya": true, "som": true}

// The kinds of day dayDate reads.
const (
	dayNone uint8 = iota
	dayToday
	dayBefore
)

// dayDate reports whether a day-month pair ("15-12", "(15-12)") starts at
// toks[i] right after a day's name ("tối nay", "hôm qua"): dayToday after
// "nay", dayBefore after "qua", dayNone when it is no such date (not a
// plausible day and month, or after another word).
func dayDate(toks []token, i int) uint8 {
	if i < 2 || i+1 >= len(toks) {
		return dayNone
	}
	day := dayNone
	switch toks[i-1].fold {
	case "nay":
		day = dayToday
	case "qua":
		day = dayBefore
	default:
		return dayNone
	}
	if toks[i-2].field != toks[i].field || toks[i+1].field != toks[i].field || !dayParts[toks[i-2].fold] ||
		!isDigits(toks[i].text) || !isDigits(toks[i+1].text) || len(toks[i].text) > 2 || len(toks[i+1].text) > 2 {
		return dayNone
	}
	if d, m := atoiSmall(toks[i].text), atoiSmall(toks[i+1].text); d < 1 || d > 31 || m < 1 || m > 12 {
		return dayNone
	}
	return day
}

// chainedScore reports whether the pair at toks[i] ends a chain of
// dashed numbers ("4-3-2-1", a formation): no score line.
func chainedScore(toks []token, i int) bool {
	return i > 0 && toks[i-1].field == toks[i].field && scoreDash(toks[i].gap) && isDigits(toks[i-1].text)
}

// thirdCues name the third-place match in a title, lower case as written.
var thirdCues = []string{"tranh hạng ba", "tranh hạng 3", "tranh giải ba", "tranh hcđ", "tranh huy chương đồng"}

// previewCues reports whether the title (its tokens from toks[i] on) opens
// with a live-coverage cue (live) or names the third-place match at
// toks[i] (third), or a date of today written like a score starts at
// toks[i] (today: "tối nay 15-12", not "sáng nay 15-12", the morning of a
// match played overnight abroad, nor "tối nay (15.12)", never read as a
// score): the cues of a preview read as a result (see above).
func previewCues(toks []token, i int) (live, third, today bool) {
	t := &toks[i]
	if t.field == fieldTitle {
		live = t.first && (cueAt(toks, i, liveOpeners) || cueAt(toks, i, watchLive))
		third = t.fold == "tranh" && cueAt(toks, i, thirdCues)
	}
	today = dayDate(toks, i) == dayToday && toks[i-2].fold != "sang" && i+1 < len(toks) && scoreDash(toks[i+1].gap)
	return live, third, today
}

// watchLive opens a live page's title ("Xem trực tiếp …"), lower case as
// written; liveOrKickoff's openers are liveOpeners.
var watchLive = []string{"xem trực tiếp"}
