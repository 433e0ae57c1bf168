package classify

import "strings"

// A paper's rubric series — a readers' writing contest ("Thanh Niên và
// tôi: …"), a daily health column ("Ngày mới với tin tức sức khỏe: …"),
// the lunar calendar of the day, the car prices of the week — opens each
// item's title with the rubric's name
// and gives no date or number, so its items, alike in the rubric's words,
// joined one another for days: on the training days 162 same-story pairs
// of main were two readers' essays of the contest. Each item of such a
// rubric is an episode of its own (rubricEpisode, kept in the signature's
// day field as episodeOf's are): two items with different titles never
// share a story (daysConflict). As the key fills the day field, an item
// never shares a story with a dated title ("… ngày 3/5") or another
// series' episode either; it compares with an undated story outside the
// rubric as before. Measured on the training days (BENCHMARKS.md,
// "Fifteenth session: i15clusprec").

// rubricSeries are the rubrics' openings, lower case as written; the
// rubric's name must end there.
var rubricSeries = []string{"thanh niên và tôi", "ngày mới với tin tức sức khỏe", "lịch âm hôm nay", "tin tức giá xe"}

// rubricEpisode returns the episode key of a title (t: normalised and
// lower case, lowTitle) opening with a rubric of rubricSeries: the whole
// title's, so that one item carried in the same words twice is one
// episode; 0 when it opens with none.
func rubricEpisode(t string) uint16 {
	for _, r := range rubricSeries {
		if opensWith(t, r) {
			var h keyHash
			for _, w := range strings.Fields(t) {
				h.add(w)
			}
			return h.episode()
		}
	}
	return 0
}
