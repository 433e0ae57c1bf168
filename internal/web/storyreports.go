package web

// A story page lists every report of its story, oldest first. A big story
// (30 reports in a busy week, more in a big event) would be a scroll of
// cards on a phone, most of them follow-ups a reader skims past: its page
// shows how the story began and where it stands now as cards, and the
// reports between behind "Xem thêm" (a <details>, which opens without
// JavaScript and which a browser's find-in-page opens too), as title,
// outlet and time only.
const (
	reportsAll  = 12 // a story of up to this many reports shows every one as a card
	reportsHead = 5  // else the first this many…
	reportsTail = 5  // …and the last this many, the rest folded
)

// reportsView is a story page's reports, in publication order: First and
// Last as cards, Middle folded (empty when the story is small); Count is
// all of them.
type reportsView struct {
	First, Middle, Last []articleView
	Count               int
}

// splitReports returns views (a story's reports, oldest first) as its page
// shows them.
func splitReports(views []articleView) reportsView {
	v := reportsView{First: views, Count: len(views)}
	if len(views) <= reportsAll {
		return v
	}
	n := len(views)
	v.First, v.Middle, v.Last = views[:reportsHead], views[reportsHead:n-reportsTail], views[n-reportsTail:]
	return v
}
