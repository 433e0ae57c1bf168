package pipeline

import (
	"context"

	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/store"
)

// findRetitled adds to states the feed's items that are not stored under
// their key but under another link of the same upstream article (an outlet
// rewrote the title and with it the link: see ingest.RetitleMatch), and
// returns their keys: their writes move the stored article to the new key
// (store.ArticleWrite.Rekey), so that it is updated in place, keeps its
// feed id and is not listed twice. A stored article whose own key is still
// in the feed, or that another item of the feed found first, is left alone:
// the new item is then stored as a new article, as before. The feed's
// items are feed.Items and, left out of them as unchanged, those of the keys
// in feed.Stored.
func (p *Pipeline) findRetitled(ctx context.Context, src model.Source, feed *ingest.Feed,
	states map[string]store.ArticleState) (map[string]bool, error) {
	var probes []store.RetitleProbe
	listed := make(map[string]bool, len(feed.Items))
	for k := range feed.Stored {
		listed[k] = true
	}
	for i := range feed.Items {
		a := &feed.Items[i]
		listed[a.Key] = true
		if _, known := states[a.Key]; known || a.PublishedAt.IsZero() {
			continue
		}
		if m, ok := ingest.RetitleMatchOf(a.Key); ok {
			probes = append(probes, store.RetitleProbe{Key: a.Key, Prefix: m.Prefix, Suffixes: m.Suffixes(), PublishedAt: a.PublishedAt})
		}
	}
	if len(probes) == 0 {
		return nil, nil
	}
	found, err := p.o.Store.RetitledStates(ctx, src.ID, probes)
	if err != nil || len(found) == 0 {
		return nil, err
	}
	taken := make(map[int64]bool, len(states))
	for _, st := range states {
		taken[st.ID] = true
	}
	rekey := map[string]bool{}
	for _, pr := range probes {
		r, ok := found[pr.Key]
		if !ok || listed[r.Key] || taken[r.ID] {
			continue
		}
		taken[r.ID], rekey[pr.Key], states[pr.Key] = true, true, r.ArticleState
	}
	return rekey, nil
}
