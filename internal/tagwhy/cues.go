package tagwhy

import (
	"slices"
	"strings"
)

// piece is one piece of a topic's evidence: a cue, kept apart so that
// joinPieces can tell cues together, or any other piece's Vietnamese text.
type piece struct {
	cue  *cue
	text string
}

// cue is one or more cue words found in one or more fields ("đoạn dẫn",
// "tiêu đề (2 lần)").
type cue struct {
	words, places []string
}

// joinPieces tells parts in Vietnamese, joined by "; ": a cue word found in
// several fields is told once with them all, then cue words found in the
// same fields are told together, each group where its first cue stood.
func joinPieces(parts []piece) string {
	parts = mergeCues(parts, func(a, b *cue) bool { return slices.Equal(a.words, b.words) },
		func(a, b *cue) { a.places = append(a.places, b.places...) })
	parts = mergeCues(parts, func(a, b *cue) bool { return slices.Equal(a.places, b.places) },
		func(a, b *cue) { a.words = append(a.words, b.words...) })
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = p.text
		if p.cue != nil {
			out[i] = p.cue.String()
		}
	}
	return strings.Join(out, "; ")
}

// mergeCues folds every cue piece of parts into the first earlier cue
// piece it is the same as (by same), with merge, and returns the pieces
// left, in order.
func mergeCues(parts []piece, same func(a, b *cue) bool, merge func(a, b *cue)) []piece {
	var out []piece
	for _, p := range parts {
		if p.cue != nil {
			i := slices.IndexFunc(out, func(q piece) bool { return q.cue != nil && same(q.cue, p.cue) })
			if i >= 0 {
				c := *out[i].cue // copies: parts' cues stay as they were
				c.words, c.places = slices.Clone(c.words), slices.Clone(c.places)
				merge(&c, p.cue)
				out[i].cue = &c
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// String tells c: "từ khóa “a” trong tiêu đề và đoạn dẫn", "các từ khóa
// “a”, “b” trong đoạn dẫn".
func (c *cue) String() string {
	quoted := make([]string, len(c.words))
	for i, w := range c.words {
		quoted[i] = quote(w)
	}
	head := "từ khóa "
	if len(c.words) > 1 {
		head = "các từ khóa "
	}
	return head + strings.Join(quoted, ", ") + " trong " + listVi(c.places)
}

// listVi joins items as Vietnamese lists them: "a", "a và b", "a, b và c".
func listVi(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " và " + items[len(items)-1]
}
