package pipeline

import (
	"context"
	"slices"
	"strings"

	"bantin/internal/model"
)

// reclassifyPage is how many articles one transaction re-tags.
const reclassifyPage = 500

// Retagged is what Reclassify did: how many articles it re-tagged, on
// how many of them the set of topics (with which one is primary) or of
// provinces (with their former province) changed, and on how many of those
// the primary topic (or its absence) changed: what a new topic model
// (`bantin topics train`) moves most. Scores and reasons alone do not
// count as a change.
type Retagged struct{ Articles, Changed, Primary int }

// Reclassify re-tags every stored article with the current rules, reading
// each through ClassifierInput as ingestion did, a page at a time, and
// returns what it did. progress, when set, is called after each page with
// the running total. Cancelling ctx stops between pages; the pages done
// stay done (and are counted in the result returned with the error).
// Clusters are left as they are; story signatures are recomputed (so that
// articles stored under an older signature scheme stay comparable with new
// ones), which changes only what later articles join.
func (p *Pipeline) Reclassify(ctx context.Context, progress func(done int)) (Retagged, error) {
	var done Retagged
	srcs, err := p.o.Store.Sources(ctx)
	if err != nil {
		return done, err
	}
	byID := make(map[int64]model.Source, len(srcs))
	for _, s := range srcs {
		byID[s.ID] = s
	}
	for after := int64(0); ; {
		page, err := p.o.Store.TaggedArticlesAfter(ctx, after, reclassifyPage)
		if err != nil || len(page) == 0 {
			return done, err
		}
		sigs := make(map[int64][]byte, len(page))
		var changed Retagged
		for i := range page {
			a := &page[i]
			before, primary := tagSet(a), primaryTopic(a)
			if b, err := p.tag(a, byID[a.SourceID], true).MarshalBinary(); err == nil {
				sigs[a.ID] = b
			}
			if tagSet(a) != before {
				changed.Changed++
			}
			if primaryTopic(a) != primary {
				changed.Primary++
			}
		}
		if err := p.o.Store.ReplaceTags(ctx, page); err != nil {
			return done, err
		}
		if err := p.o.Store.SetSignatures(ctx, sigs); err != nil {
			return done, err
		}
		done.Articles += len(page)
		done.Changed += changed.Changed
		done.Primary += changed.Primary
		after = page[len(page)-1].ID
		if progress != nil {
			progress(done.Articles)
		}
	}
}

// primaryTopic is a's primary topic slug, "" when it has none.
func primaryTopic(a *model.Article) string {
	for _, t := range a.Topics {
		if t.Primary {
			return t.Topic
		}
	}
	return ""
}

// tagSet is a's topics (primary marked) and provinces (with their former
// province), sorted, as one comparable string.
func tagSet(a *model.Article) string {
	keys := make([]string, 0, len(a.Topics)+len(a.Provinces))
	for _, t := range a.Topics {
		k := "t:" + t.Topic
		if t.Primary {
			k += "*"
		}
		keys = append(keys, k)
	}
	for _, pr := range a.Provinces {
		keys = append(keys, "p:"+pr.Province+"/"+pr.Legacy)
	}
	slices.Sort(keys)
	return strings.Join(keys, " ")
}
