package classify

import (
	"cmp"
	"slices"
	"time"
)

// StorySilence is how long a thread (what the index clusters on: the
// story of MemIndex.assign) may go without a report before the next report
// opens a new segment, the part of the thread readers see as one story.
// Measured by the eighth session's i9clus9 (BENCHMARKS.md) on all training
// days' stories: splitting every story (two members or more) wherever 15
// hours pass with no report raised pair-weighted precision from 0.386 to
// 0.489 strict (0.592 → 0.670 lenient) on one judged sample and from 0.396
// to 0.477 (0.662 → 0.727) on the other, keeping 98.8 % / 97.4 % and 98.4 %
// / 93.3 % of their judged right pairs; 12 hours kept under 97 %, 24 hours
// gained half as much. The split works only after the assignment: fed back
// into what the index clusters on, the greedy assignment re-formed stories
// badly, so threads stay as they are and only segments split.
const StorySilence = 15 * time.Hour

// SplitAfter is how many reports a thread must hold before a silence
// opens a segment: a thread of fewer is never split. The ninth session's
// i9clus10 judged a pair-weighted sample of training-day threads nobody
// chose a rule on (seed 1010): splitting threads of two or three reports
// parted more same-event pairs than different-event ones there (kept 0.65
// of their right pairs for a precision of 0.67 → 0.77), while in larger
// threads it parts mostly different events. Splitting from a thread's
// fourth report on gives pair-weighted precision 0.414 strict (0.379
// unsplit, 0.431 splitting every thread) and keeps 0.943 of the judged
// same-event pairs (0.856 splitting every thread).
const SplitAfter = 3

// Placement is where an assigned article goes: Thread is the story the
// index clusters on (its first member's id), Segment the part of the thread
// it was published in (the id of the segment's first-assigned member), what
// readers see as the story.
type Placement struct{ Thread, Segment int64 }

// segSpan is one segment of a thread: its id and the publications of its
// earliest and latest members (Unix nanoseconds).
type segSpan struct{ id, first, latest int64 }

// segmentOf returns the segment of thread an article published at pub,
// with id own, joins (see placeSegment). The caller holds x.mu.
func (x *MemIndex) segmentOf(thread, pub, own int64) int64 {
	return placeSegment(x.segs[thread], pub, own, len(x.members[thread]) >= SplitAfter)
}

// placeSegment returns the segment, among a thread's spans (sorted by
// first publication), of an article published at pub with id own. A segment
// is decided on arrival and never moves:
//   - the segment whose span [first, latest] holds pub, or else the latest
//     one that started before pub when pub is less than StorySilence after
//     its latest member: in publication order, an article joins the
//     thread's current segment unless StorySilence or more has passed since
//     the thread's latest member;
//   - else (a late arrival before the thread's first member, or in a gap of
//     StorySilence or more but nearer the next segment) the earliest segment
//     that started after pub when it started less than StorySilence after
//     pub, so that a report fetched after the ones it preceded stays with
//     them;
//   - else a new segment of its own (own) when mayOpen (the thread holds
//     SplitAfter reports or more), or the nearest segment when not (the one
//     before pub, else the first); own when the thread has no segment yet.
//
// In publication order the segments are exactly the thread split wherever
// StorySilence passes with no report once it holds SplitAfter reports.
func placeSegment(spans []segSpan, pub, own int64, mayOpen bool) int64 {
	silence := int64(StorySilence)
	i, _ := slices.BinarySearchFunc(spans, pub, func(s segSpan, p int64) int {
		if s.first <= p {
			return -1
		}
		return 1
	})
	for j := i - 1; j >= 0; j-- {
		if spans[j].latest >= pub { // spans from other replicas may overlap
			return spans[j].id
		}
	}
	if i > 0 && pub-spans[i-1].latest < silence {
		return spans[i-1].id
	}
	if i < len(spans) && spans[i].first-pub < silence {
		return spans[i].id
	}
	switch {
	case mayOpen || len(spans) == 0:
		return own
	case i > 0:
		return spans[i-1].id
	}
	return spans[0].id
}

// addSegment records a member of thread, in segment seg, published at pub.
// The caller holds x.mu.
func (x *MemIndex) addSegment(thread, seg, pub int64) {
	spans := x.segs[thread]
	s := segSpan{id: seg, first: pub, latest: pub}
	if i := slices.IndexFunc(spans, func(o segSpan) bool { return o.id == seg }); i >= 0 {
		s.first, s.latest = min(s.first, spans[i].first), max(s.latest, spans[i].latest)
		spans = slices.Delete(spans, i, i+1)
	}
	i, _ := slices.BinarySearchFunc(spans, s, func(a, b segSpan) int {
		return cmp.Or(cmp.Compare(a.first, b.first), cmp.Compare(a.id, b.id))
	})
	x.segs[thread] = slices.Insert(spans, i, s)
}
