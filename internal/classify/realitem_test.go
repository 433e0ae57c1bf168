package classify

import (
	"slices"
	"time"

	"bantin/internal/model"
)

// realItem is the part of a corpus line the evaluation reads: Published
// is when it was published (the clock stories are formed on), Day the
// corpus day every split is decided by (corpusdays.Split; cmd/bantin-corpus
// Item.Day, which stays the day news.jsonl gave the item when a rebuild
// corrects its time) and Stamp the time news.jsonl gave it (absent there:
// judgedAt).
type realItem struct {
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Summary   string    `json:"summary"`
	FeedURL   string    `json:"feed_url"`
	Published time.Time `json:"published"`
	Day       string    `json:"day"`
	Stamp     time.Time `json:"stamp"`
}

// judgedAt returns the time the item had when the labelled sets and the
// judged samples up to the sixteenth session were made (news.jsonl's
// published): Stamp, or Published in a corpus without it.
func (it realItem) judgedAt() time.Time {
	if it.Stamp.IsZero() {
		return it.Published
	}
	return it.Stamp
}

// tagCounts are per-tag true and false positives and false negatives.
type tagCounts struct{ tp, fp, fn int }

func (c *tagCounts) add(got, want []string) {
	for _, g := range got {
		if slices.Contains(want, g) {
			c.tp++
		} else {
			c.fp++
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			c.fn++
		}
	}
}

func (c tagCounts) pr() (float64, float64) { return ratio(c.tp, c.tp+c.fp), ratio(c.tp, c.tp+c.fn) }

// splitLegacy separates current and former province slugs.
func splitLegacy(cat *model.Catalog, slugs []string) (cur, leg []string) {
	for _, s := range slugs {
		if p, ok := cat.Province(s); ok && p.Legacy() {
			leg = append(leg, s)
		} else {
			cur = append(cur, s)
		}
	}
	return cur, leg
}
