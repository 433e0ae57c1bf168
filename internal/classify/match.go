package classify

import (
	"slices"
	"strings"
	"time"

	"bantin/internal/vntext"
)

// The match rule: the reports and follow-ups of one sports result (the
// score, the post-match quotes, the trophy ceremony, the homecoming) share
// the teams' names and little else, so their cosine stays below the pair
// thresholds. Two sports stories that both report a result (a score line
// in the title or lead, or a result word and no preview word in the title),
// published within MatchWindow of each other, with compatible age groups
// and scores, that name two common teams (or one and the same score line,
// or one rare name when a title states the result) need only ClusterMatch
// to share a cluster. Previews ("trước thềm", "sẽ",
// "lịch thi đấu") and live pages ("Trực tuyến A - B (19h15): …") are no
// results, so they stay apart from the match.
// Linkage (LinkFloor, the majority rule) is unchanged.
const (
	ClusterMatch = 0.02
	MatchWindow  = 36 * time.Hour
	sigTeams     = 6
	matchTopic   = "the-thao"
)

// match is what the match rule knows of a sports story that reports a
// result; the zero value (no result, or not sports) matches nothing.
type match struct {
	teams [sigTeams]uint16 // hashes of the first names of title and lead (any rarity, competitions and regions left out); 0 unused
	canon [sigTeams]uint16 // a result's teams (an after-cued story's title's) as canonTeams reads them (one hash for "Barca" and "Barcelona"): resultsApart's, afterMatch's; 0 unused
	score uint16           // the first score line, order-free; 0 none
	age   uint8            // the first age group (23 for "U.23"); 0 none
	ok    bool             // a result report
	// titled: the title itself reports the result (a score line or a
	// result word), not only the lead.
	titled bool
	// preview: a sports story whose title looks ahead ("trước thềm",
	// "lịch thi đấu") and that reports no result; its other fields are 0.
	preview bool
	// sports: the story's primary topic is sports (set for every sports
	// story, result, preview or neither): a foreign country is no context
	// for it (threshold).
	sports bool
	// event: the discipline the title and lead name first (eventFootball
	// when none: the unnamed sport of the Vietnamese sports pages), plus
	// eventWomen for a women's team; at a multi-sport games one country
	// meets another in several disciplines on one day.
	event uint8
	// id: the side the story is about (sportIdentity), set for every
	// sports story, result or not; sportConflict vetoes pairs by it.
	id sportID
	// cue: the title's moment cue (titleMoment), set for every sports
	// story; momentConflict vetoes pairs by it.
	cue uint8
	// past: a result whose title or lead states it in the past tense and
	// looks nowhere ahead (pastResult); the past-cue rule's (pastcue.go).
	past bool
	// round: the round the title names (titleRound, matchround.go); 0
	// none.
	round uint8
	// ahead, on a preview: a live page (its title opens with a live cue:
	// matchlook.go), momentConflict's. On a result: a result whose title
	// or lead looks ahead to a match and states no score line or past
	// result (aheadPreview), or whose title names a round its lead
	// reports no result of (roundAhead, matchround.go): a preview read as
	// a result; the result-story rule's exemption (prevveto.go).
	ahead bool
}

// sameMatch reports whether a and b satisfy the match rule, time aside:
// one event (discipline and women's or not), compatible ages and scores,
// and two shared teams, or one and the same
// score line, or one rare name (storyNames) when the title of either
// states the result. A club or a player rarely has two results within
// MatchWindow, so the follow-ups that name one side ("ăn mừng Tây Ban Nha
// vô địch") join the result; common names ("Việt Nam") are shared by a
// day's results, and two stories that only mention the result in their
// leads (an award, a career feature) are about something else. Two
// results whose titles name different rounds (roundsApart, matchround.go:
// one player's semifinal and final) are never one match.
func sameMatch(a, b *Signature) bool {
	x, y := &a.match, &b.match
	if !x.ok || !y.ok || x.event != y.event || x.age != 0 && y.age != 0 && x.age != y.age ||
		x.score != 0 && y.score != 0 && x.score != y.score || roundsApart(a, b) {
		return false
	}
	shared, rare := 0, false
	for _, h := range x.teams {
		if h == 0 {
			break
		}
		if slices.Contains(y.teams[:], h) {
			shared++
			rare = rare || slices.Contains(a.names[:], h) && slices.Contains(b.names[:], h)
		}
	}
	return shared >= 2 || shared == 1 && (x.score != 0 && x.score == y.score || rare && (x.titled || y.titled))
}

// matchThreshold returns the similarity two stories published at pa and pb
// (Unix nanoseconds) need: ClusterMatch under the match rule, else the
// pair threshold; never a result and a preview (resultAndPreview) nor a
// story before a match and one after a match (momentConflict), two
// titles dated with different days (daysConflict: a daily series), two
// days' bulletins of a daily series (bulletinsApart) nor two results of
// different matches (resultsApart), and a
// preview and another sports story only as twins (ClusterTwin): a match's
// previews (the line-up, the odds, a coach's words, the schedule, the
// referee) are stories of their own, and a day's schedule shares the
// words of every item on the matches it lists, while one preview reworded
// by another outlet is one story.
//
// Past ClusterAgeFrom apart the threshold rises with the gap (ageScale): on
// training days, outlets' reports 40–72 hours apart whose similarity lies
// near the flat threshold are one event about one time in eight, against
// one in two at 3–8 hours (i11clus13, BENCHMARKS.md): mostly they are the
// next event of the same people or place.
func matchThreshold(a, b *Signature, pa, pb int64) float64 {
	if vetoed(a, b, pa, pb) {
		return clusterNever
	}
	return flatThreshold(a, b, pa, pb) * ageScale(pa-pb)
}

// vetoed reports whether a and b (published at pa and pb) are never one
// story, whatever their similarity: matchThreshold's vetoes.
func vetoed(a, b *Signature, pa, pb int64) bool {
	return conflicting(a, b) || bulletinsApart(a, b, pa, pb)
}

// conflicting reports whether a and b tell different events by what they
// are, whatever their publications: a preview and a result, titles dated
// differently, different sports, before and after one match, results of
// different matches.
func conflicting(a, b *Signature) bool {
	return resultAndPreview(a, b) || daysConflict(a, b) || sportConflict(a, b) || momentConflict(a, b) || resultsApart(a, b)
}

// flatThreshold is matchThreshold before its rise with age: the twin
// floor for a preview and a sports story, ClusterMatch or less for one
// match's reports within MatchWindow and for a score report and its
// aftermath (afterMatch), else the pair threshold.
func flatThreshold(a, b *Signature, pa, pb int64) float64 {
	d := pa - pb
	t := thresholdAt(a, b, d)
	if previewAndSports(a, b) {
		return max(ClusterTwin, t)
	}
	if d <= int64(MatchWindow) && d >= -int64(MatchWindow) && sameMatch(a, b) || afterMatch(a, b, pa, pb) || pastMatch(a, b, pa, pb) { // aftermath.go, pastcue.go
		return min(ClusterMatch, t)
	}
	return t
}

// ClusterAgeFrom and ClusterAgeRise: a pair's threshold is the same up to
// ClusterAgeFrom apart, then rises linearly to 1+ClusterAgeRise times
// itself at ClusterWindow (ageScale).
const (
	ClusterAgeFrom = 12 * time.Hour
	ClusterAgeRise = 0.25
)

// ageScale returns the factor a pair's threshold is multiplied by when its
// reports are d nanoseconds apart (either sign): 1 up to ClusterAgeFrom,
// 1+ClusterAgeRise at ClusterWindow and beyond.
func ageScale(d int64) float64 {
	if d < -int64(ClusterWindow) {
		return 1 + ClusterAgeRise // -d would overflow for math.MinInt64
	}
	d = max(d, -d)
	if d <= int64(ClusterAgeFrom) {
		return 1
	}
	f := float64(d-int64(ClusterAgeFrom)) / float64(ClusterWindow-ClusterAgeFrom)
	return 1 + ClusterAgeRise*min(f, 1)
}

// clusterNever is a threshold no similarity reaches.
const clusterNever = 2.0

// previewAndSports reports whether one of a and b is a sports preview and
// the other a sports story (a preview too, or neither a preview nor a
// result).
func previewAndSports(a, b *Signature) bool {
	return a.match.preview && b.match.sports || a.match.sports && b.match.preview
}

// resultAndPreview reports whether one of a and b reports a sports result
// and the other is a preview: a match's previews and its reports are
// different stories however alike their words ("… sẽ thắng U23 Việt Nam"
// and "… sửng sốt trước trận thua của U23 Việt Nam"), and a preview joins
// no story of results (linkage already kept it from a story's majority).
func resultAndPreview(a, b *Signature) bool {
	return a.match.ok && b.match.preview || a.match.preview && b.match.ok
}

// matchBandTag marks match band keys (see Signature.Bands).
const matchBandTag = 3

// matchBands appends one band key per team of a result report, so that the
// reports of one match are compared even when their teams' names are
// common ("Việt Nam", "Trung Quốc": no name band).
func (s *Signature) matchBands(out []uint64) []uint64 {
	if !s.match.ok {
		return out
	}
	for _, h := range s.match.teams {
		if h != 0 {
			out = append(out, bandKey(matchBandTag, uint64(h)))
		}
	}
	return out
}

// linked reports whether a story (a, published at pa) is related to a
// cluster member (b, at pb) for the linkage majority: its similarity
// reaches floor, or the match rule or the aftermath rule (aftermath.go)
// holds, or the past-cue rule (pastcue.go) in one role only: the member
// the titled result, the story the past-cued one (flatThreshold reads
// that rule in both roles). A sports result is not related to
// a preview, however alike: a match's reports do not join its previews
// through one of them; nor is a title dated with another day, nor another
// day's bulletin (a daily series' items do not join through an undated
// one).
func linked(a, b *Signature, pa, pb int64, floor float64) bool {
	if daysConflict(a, b) || bulletinsApart(a, b, pa, pb) {
		return false
	}
	if d := pa - pb; d <= int64(MatchWindow) && d >= -int64(MatchWindow) && sameMatch(a, b) || afterMatch(a, b, pa, pb) || pastAfter(b, a, pa-pb) {
		return true
	}
	return !(a.match.ok && b.match.preview) && similarity(a, b) >= floor
}

// The disciplines of match.event (the low three bits) and the women's bit.
// Two results of different events never satisfy the match rule: "Việt Nam
// 3-2 Thái Lan" (football) and "Thua Thái Lan, futsal nam Việt Nam mất cơ
// hội giành vàng" name the same two teams on the same day.
const (
	eventFootball uint8 = 1 + iota
	eventFutsal
	eventVolleyball
	eventBasketball
	eventTakraw
	eventRacket
	eventCombat
	eventWomen uint8 = 8
)

// disciplineWords are the cues of each discipline but football, lower case
// as written. eventCombat also stands for the other individual sports of a
// games (athletics, swimming, weightlifting, shooting, esports…): what
// matters is that none of them is a team's football match.
var disciplineWords = [...]struct {
	event uint8
	cues  []string
}{
	{eventFutsal, []string{"futsal"}},
	{eventVolleyball, []string{"bóng chuyền"}},
	{eventBasketball, []string{"bóng rổ"}},
	{eventTakraw, []string{"cầu mây"}},
	{eventRacket, []string{"bóng bàn", "cầu lông", "quần vợt", "tennis", "tay vợt", "pickleball"}},
	{eventCombat, []string{"võ sĩ", "võ thuật", "quyền anh", "boxing", "muay", "kickboxing", "vovinam", "karate", "taekwondo", "judo", "wushu", "pencak silat", "môn vật", "đô vật", "esports", "thể thao điện tử", "điền kinh", "kình ngư", "môn bơi", "cử tạ", "bắn cung", "bắn súng", "đua thuyền", "xe đạp", "bi sắt", "thể dục dụng cụ"}},
}

// womenWords mark a women's team or event.
var womenWords = []string{"tuyển nữ", "đội nữ", "bóng đá nữ", "futsal nữ", "bóng chuyền nữ", "bóng rổ nữ", "đơn nữ", "đôi nữ", "nữ Việt Nam"}

// cueStarts holds the folded first syllables of disciplineWords and
// womenWords: the cues are looked for only at a token that may start one.
var cueStarts = func() map[string]bool {
	m := map[string]bool{}
	add := func(cues []string) {
		for _, c := range cues {
			first, _, _ := strings.Cut(c, " ")
			m[vntext.Fold(first)] = true
		}
	}
	for _, d := range disciplineWords {
		add(d.cues)
	}
	add(womenWords)
	return m
}()

// discipline returns the discipline whose cue starts at toks[i], 0 none.
func discipline(toks []token, i int) uint8 {
	for _, d := range disciplineWords {
		if cueAt(toks, i, d.cues) {
			return d.event
		}
	}
	return 0
}
