package web

import (
	"context"
	"time"

	"bantin/internal/store"
)

// threadNear is how many of a story's thread's other segments its page
// lists on each side: the nearest ones in time.
const threadNear = 5

// threadView is what a story page shows of the other segments of its
// thread (the stories the clusterer gathered with it that a silence split
// off: often the same event's earlier or later reports, not always): the
// nearest ones on each side, oldest first, and how many more there are.
type threadView struct {
	Before, After         []segmentView
	MoreBefore, MoreAfter int
	Earlier, Later        int // segments before and after the story, listed or not
}

// segmentView is one other segment as the story page lists it.
type segmentView struct {
	Title, URL string
	// First and Last are its span in the site's time zone, "15:04,
	// 02/01/2006" each (First only "15:04" when both fall on one day; Last
	// empty when both are the same minute); the ISO forms are for <time
	// datetime>.
	First, Last, ISOFirst, ISOLast string
	Sources                        int
}

// thread returns the view of the other segments of story id's thread and
// the newest publication among them (zero when there are none).
func (s *Server) thread(ctx context.Context, id int64) (threadView, time.Time, error) {
	sib, err := s.st.ThreadSegments(ctx, id, threadNear)
	if err != nil {
		return threadView{}, time.Time{}, err
	}
	v := threadView{MoreBefore: sib.MoreBefore, MoreAfter: sib.MoreAfter,
		Earlier: len(sib.Before) + sib.MoreBefore, Later: len(sib.After) + sib.MoreAfter}
	var newest time.Time
	for _, g := range sib.Before {
		v.Before = append(v.Before, s.segmentView(g))
		newest = later(newest, g.Last)
	}
	for _, g := range sib.After {
		v.After = append(v.After, s.segmentView(g))
		newest = later(newest, g.Last)
	}
	return v, newest, nil
}

func (s *Server) segmentView(g store.ThreadSegment) segmentView {
	first, last := g.First.In(s.cfg.TimeZone), g.Last.In(s.cfg.TimeZone)
	v := segmentView{Title: g.Title, URL: s.path(storyPath(g.ID)), Sources: g.Sources,
		First: first.Format("15:04, 02/01/2006"), ISOFirst: g.First.UTC().Format(time.RFC3339)}
	if last.Truncate(time.Minute).Equal(first.Truncate(time.Minute)) {
		return v
	}
	v.ISOLast = g.Last.UTC().Format(time.RFC3339)
	v.Last = last.Format("15:04, 02/01/2006")
	if first.Format(time.DateOnly) == last.Format(time.DateOnly) { // "08:00 – 14:30, 12/11/2026"
		v.First = first.Format("15:04")
	}
	return v
}
