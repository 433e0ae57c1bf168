package classify

import (
	"slices"
	"time"
)

// ContextSpan: two reports of one province (or place) and one primary
// topic published further apart than this share no context through them
// (the 0.10 threshold of sharesContext) unless they share a name; the
// pair then falls to the thresholds of the place it names. On training
// days, the stream's wrong joins are most often such features of one
// subject or place days apart (twenty-first session, i21storyprec:
// 7 of 15 wrong joins in 80 random same-story pairs; the rule splits
// pairs judged 64 of 69 other events).
const ContextSpan = 24 * time.Hour

// staleContext reports whether a and b, published d nanoseconds apart
// (either sign), are too far apart for a shared province and topic to
// count as context: further than ContextSpan and with no story name
// (Signature.names) in common.
func staleContext(a, b *Signature, d int64) bool {
	if max(d, -d) <= int64(ContextSpan) {
		return false
	}
	for _, h := range a.names {
		if h != 0 && slices.Contains(b.names[:], h) {
			return false
		}
	}
	return true
}
