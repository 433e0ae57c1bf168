package schedule

import (
	"context"
	"strings"

	"bantin/internal/classify"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/store"
)

// prepare turns a parsed feed into the writes for its new and changed
// articles: unchanged items (same key, same content hash) are skipped before
// any classification work; new ones are classified and clustered; edited
// ones are re-classified and keep their id, first publication time and
// cluster. It returns the number of unchanged items too.
func (g *Ingester) prepare(ctx context.Context, src model.Source, feed *ingest.Feed) ([]store.ArticleWrite, int, error) {
	keys := make([]string, len(feed.Items))
	for i := range feed.Items {
		keys[i] = feed.Items[i].Key
	}
	states, err := g.Store.ArticleStates(ctx, src.ID, keys)
	if err != nil {
		return nil, 0, err
	}
	var writes []store.ArticleWrite
	var idx *classify.MemIndex
	unchanged := 0
	now := g.now()
	for _, a := range feed.Items {
		st, known := states[a.Key]
		if known && st.ContentHash == a.ContentHash {
			unchanged++
			continue
		}
		a.SourceID = src.ID
		r := g.tag(&a, src)
		w := store.ArticleWrite{Article: a}
		if known {
			w.ExistingID = st.ID
			w.Article.PublishedAt, w.Article.ClusterID, w.Article.UpdatedAt = st.PublishedAt, st.ClusterID, now
		} else if g.Classifier != nil {
			if idx == nil {
				if idx, err = g.clusters().sync(ctx, now); err != nil {
					return nil, unchanged, err
				}
			}
			if err := g.cluster(idx, &w, r); err != nil {
				return nil, unchanged, err
			}
		}
		writes = append(writes, w)
	}
	return writes, unchanged, nil
}

// tag sets the article's topics and provinces from the classifier and
// returns the classification.
func (g *Ingester) tag(a *model.Article, src model.Source) classify.Result {
	if g.Classifier == nil {
		return classify.Result{}
	}
	r := g.Classifier.Classify(classify.Input{
		Title: a.Title, Summary: a.Summary, Body: stripTags(a.ContentHTML), URL: a.URL,
		SourceURL: src.URL, SourceName: src.Name, HomeProvince: src.HomeProvince,
		Categories: a.Categories, SourceTopics: src.DefaultTopics,
	})
	a.Topics, a.Provinces = r.Topics, r.Provinces
	return r
}

// cluster computes the article's signature (words, places and primary
// topic of r) and joins the cluster of the most similar recent article, if
// any; idx is the recent-article index, synced once per feed.
func (g *Ingester) cluster(idx *classify.MemIndex, w *store.ArticleWrite, r classify.Result) error {
	sig := g.Classifier.Signature(w.Article.Title, w.Article.Summary, r)
	b, err := sig.MarshalBinary()
	if err != nil {
		return err
	}
	w.Signature = b
	if id, ok := idx.Assign(sig, w.Article.PublishedAt); ok {
		w.Article.ClusterID = id
	}
	return nil
}

// stripTags returns the text of sanitised HTML for classification: tags
// become spaces. Entities were decoded by ingest before sanitising.
func stripTags(h string) string {
	if !strings.Contains(h, "<") {
		return h
	}
	var b strings.Builder
	b.Grow(len(h))
	in := false
	for i := 0; i < len(h); i++ {
		switch c := h[i]; {
		case c == '<':
			in = true
			b.WriteByte(' ')
		case c == '>':
			in = false
		case !in:
			b.WriteByte(c)
		}
	}
	return b.String()
}
