// Package corpusdays says what each day of the real news corpus (issue 9,
// built by cmd/bantin-corpus) is for: a held-out day, a day near one, or a
// training day. cmd/bantin-corpus samples and trains by it, and the
// classifier's real-news tests keep their context to training days by it.
package corpusdays

import "time"

// HeldOut are the days of the news corpus kept for evaluation: no rule,
// cue or model weight was written or trained looking at them, and their
// items were labelled (testdata/classify/real/labels.jsonl) before any
// tuning. Training uses every other day except Margin days around each (a
// story runs on for a day or two).
var HeldOut = []string{"2025-12-09", "2026-01-21", "2026-03-17", "2026-04-22", "2026-06-10", "2026-07-22"}

// Margin is how many days on each side of a held-out day are used for
// nothing but the later held-out sets.
const Margin = 2

// Split says what a corpus day (YYYY-MM-DD, in Asia/Ho_Chi_Minh) is for:
// "eval" (a held-out day), "gap" (near one, or no day: used for nothing)
// or "train".
func Split(day string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return "gap"
	}
	for _, h := range HeldOut {
		ht, _ := time.Parse(time.DateOnly, h)
		switch d := t.Sub(ht).Hours() / 24; {
		case d == 0:
			return "eval"
		case d >= -Margin && d <= Margin:
			return "gap"
		}
	}
	return "train"
}

// vietnam is Asia/Ho_Chi_Minh's offset, which has no daylight saving.
var vietnam = time.FixedZone("ICT", 7*3600)

// Day returns the corpus day of a publication time: its date in Vietnam.
func Day(t time.Time) string { return t.In(vietnam).Format(time.DateOnly) }
