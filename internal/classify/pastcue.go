package classify

import "time"

// The past-cue rule: a big match's aftermath — a feature on the squad, a
// player's letter, the foreign press's verdict — often states no score and
// names one team only ("Lứa U.17 và những nòng cốt tương lai…", lead
// "… về nước ngày 26.4 sau chức vô địch Đông Nam Á"), so neither the
// match rule nor the aftermath rule (aftermath.go, which wants a score
// line in the earlier title) joins it to the match's reports. What marks
// it as written after the match is a past-tense result phrase in its
// title or lead ("sau trận thua", "sau khi đánh bại", "sau chức vô địch",
// "lên ngôi", "giành HCV": pastCues) with no look ahead ("sẽ", "trước
// trận", "hôm nay", "hướng tới": futureCues) — match.past, stored in the
// signature. When such a result (match.ok, no preview or before cue) is
// published from PastLead before to PastSpan after a report whose title
// states a result (match.ok and match.titled, after-moment), of the same
// discipline, the same age group and a compatible score, naming one of
// its canonical teams (a league's name aside: afterNotTeams), the pair
// needs only ClusterMatch and counts as related for the linkage majority.
// A next-match preview carries a future cue or no result and stays apart;
// a head-to-head note ("từng toàn thua") carries no past cue.
// Measured on the training days and the dev sets (i20pastcue,
// BENCHMARKS.md).
const (
	PastSpan = 24 * time.Hour
	PastLead = 2 * time.Hour
)

// pastCues are the past-tense result phrases, lower case as written (both
// spellings of "hòa"); futureCues the words of a text that looks ahead
// ("quyết" only as a resolve before the contest: "quyết thắng", not
// "quyết định", "giải quyết", nor a name, "Văn Quyết").
var (
	pastCues = []string{
		"sau trận thua", "sau trận thắng", "sau trận hòa", "sau trận hoà", "sau trận chung kết",
		"sau trận bán kết", "sau trận tứ kết", "sau trận đánh bại", "sau trận thất bại",
		"sau màn thua", "sau màn thắng", "sau thất bại", "sau chiến thắng", "sau chung kết",
		"sau chức vô địch", "sau ngôi vô địch", "sau tấm hcv", "sau hcv",
		"sau khi để thua", "sau khi thua", "sau khi thắng", "sau khi đánh bại", "sau khi hạ",
		"sau khi vượt qua", "sau khi vô địch", "sau khi lên ngôi", "sau khi đăng quang",
		"sau khi giành", "sau khi đoạt", "sau khi bị loại", "sau khi cầm hòa", "sau khi cầm hoà",
		"sau khi hòa", "sau khi hoà", "sau khi đè bẹp", "sau khi nhấn chìm", "sau khi đả bại",
		"trong trận thua", "trong trận thắng", "trong trận hòa", "trong trận hoà", "trong thất bại",
		"trong chiến thắng", "ở trận thua", "ở trận thắng", "ở trận hòa", "ở trận hoà",
		"ở thất bại", "ở chiến thắng", "lên ngôi", "đăng quang",
		"giành hcv", "giành huy chương vàng", "giành chức vô địch", "giành ngôi vô địch",
		"đoạt hcv", "đoạt huy chương vàng", "đoạt chức vô địch", "đoạt ngôi vô địch",
		"có hcv", "có huy chương vàng", "có chức vô địch", "có ngôi vô địch",
	}
	futureCues = []string{
		"sẽ", "trước trận", "trước thềm", "chuẩn bị", "tối nay", "hôm nay", "đêm nay", "chiều nay",
		"hướng tới", "trận sau", "tiếp theo", "quyết tâm", "quyết thắng", "quyết đấu", "quyết giành",
		"quyết giữ",
	}
	// standingsCues mark a title about a table ("Bảng xếp hạng V-League
	// mới nhất: CLB CAHN đăng quang…"): a round's standings, not one
	// match's aftermath.
	standingsCues = []string{"xếp hạng"}
)

// pastResult reports whether the title and lead tokens of toks state a
// past result (a pastCues phrase) and hold no futureCues word, and the
// title no standingsCues; past and future cues as whole words (wordCueAt).
func pastResult(toks []token) bool {
	past := false
	for i := 0; i < len(toks) && toks[i].field != fieldBody; i++ {
		if wordCueAt(toks, i, futureCues) || toks[i].field == fieldTitle && cueAt(toks, i, standingsCues) {
			return false
		}
		past = past || wordCueAt(toks, i, pastCues)
	}
	return past
}

// pastMatch reports whether a (published at pa) and b (at pb) satisfy the
// past-cue rule, in either role: one a titled result, the other a
// past-cued result from PastLead before to PastSpan after it.
func pastMatch(a, b *Signature, pa, pb int64) bool {
	return pastAfter(a, b, pb-pa) || pastAfter(b, a, pa-pb)
}

// pastAfter reports whether r, a titled result, and f, a past-cued result
// published d after it, satisfy the past-cue rule.
func pastAfter(r, f *Signature, d int64) bool {
	x, y := &r.match, &f.match
	if !y.past || d > int64(PastSpan) || d < -int64(PastLead) || !x.ok || !x.titled || !y.ok ||
		x.moment() != momentAfter || y.moment() != momentAfter || x.event != y.event || x.age != y.age ||
		x.score != 0 && y.score != 0 && x.score != y.score {
		return false
	}
	return shareTeam(x, y)
}
