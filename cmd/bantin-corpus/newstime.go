package main

import (
	"time"
)

// The snapshot's capture script (src/fetch_news.py, unchanged since its
// first commit) stamps an item's "published" in one of two ways:
//
//   - from the feed's date, which feedparser hands over as a UTC struct
//     (published_parsed); the script reads that UTC wall clock as
//     Asia/Ho_Chi_Minh (pytz localize: "+07:00"; before 2025-08-11 a
//     replace(tzinfo=…) that wrote the zone's LMT, "+07:07"), so the
//     stamp is 7 hours (7 h 7 min) early. VnExpress and Thanh Niên items,
//     every one of them: their stamp + 7 h is never after their capture
//     ("fetched") and lies a median 1 h before it (BENCHMARKS.md,
//     "Sixteenth session: i16corpustime");
//   - from the capture clock (datetime.now, microseconds shown) when the
//     feed's date did not parse: Tuổi Trẻ, every item (its feed writes
//     "GMT+7"). That stamp is a correct local time, the capture's, a
//     median 2.8 h after the time its link carries.
//
// "fetched" is always the capture clock, correct local time.

// captureGap is how close a stamp must lie to the capture clock to be the
// capture clock itself (the script reads the clock twice, microseconds
// apart).
const captureGap = time.Minute

// realPublished returns the item's publication time as the feed gave it:
// stamp (the snapshot's "published", parsed) with a feed date's UTC wall
// clock restored, or stamp itself when it is the capture clock. fetched is
// the snapshot's "fetched" ("" when absent); a stamp with fractional
// seconds is a capture clock too (feed dates are whole seconds).
func realPublished(stamp time.Time, fetched string) time.Time {
	if stamp.Nanosecond() != 0 {
		return stamp
	}
	if f, err := time.Parse(time.RFC3339Nano, fetched); err == nil {
		if d := f.Sub(stamp); d < captureGap && d > -captureGap {
			return stamp
		}
	}
	y, mo, d := stamp.Date()
	h, mi, s := stamp.Clock()
	return time.Date(y, mo, d, h, mi, s, 0, time.UTC)
}
