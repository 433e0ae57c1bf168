package pipeline

import (
	"context"
	"slices"

	"bantin/internal/classify"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/store"
)

// prepared is what prepare makes of a parsed feed.
type prepared struct {
	writes    []store.ArticleWrite
	unchanged int              // items stored before and not edited since
	deferred  int              // items over Options.MaxItems, left to the next fetch
	rawHashes map[int64]string // new raw hashes of unchanged articles (store.FetchOutcome.RawHashes)
}

// prepare turns a parsed feed into the writes for its new and changed
// articles: unchanged items (left out by the parser, or of the same key and
// content hash) are skipped before any classification work; of the others,
// at most Options.MaxItems (the newest) are kept and the rest deferred to
// the next fetch; new ones are classified and get their story signature
// (they are clustered once stored, with the rest of the pass: see
// clusterIndex.assign); edited ones are re-classified and keep their id,
// first publication time and cluster.
func (p *Pipeline) prepare(ctx context.Context, src model.Source, feed *ingest.Feed) (prepared, error) {
	out := prepared{unchanged: feed.Unchanged}
	states, err := p.storedStates(ctx, src, feed)
	if err != nil {
		return out, err
	}
	rekey, err := p.findRetitled(ctx, src, feed, states)
	if err != nil {
		return out, err
	}
	todo := make([]model.Article, 0, len(feed.Items))
	for _, a := range feed.Items {
		if st, known := states[a.Key]; known && st.ContentHash == a.ContentHash && !rekey[a.Key] {
			out.unchanged++
			if st.RawHash != a.RawHash {
				if out.rawHashes == nil {
					out.rawHashes = map[int64]string{}
				}
				out.rawHashes[st.ID] = a.RawHash
			}
			continue
		}
		todo = append(todo, a)
	}
	if limit := p.o.MaxItems; limit > 0 && len(todo) > limit {
		slices.SortStableFunc(todo, func(a, b model.Article) int { return b.PublishedAt.Compare(a.PublishedAt) })
		todo, out.deferred = todo[:limit], len(todo)-limit
	}
	now := p.o.Now()
	for _, a := range todo {
		st, known := states[a.Key]
		a.SourceID = src.ID
		sig := p.tag(&a, src, !known)
		w := store.ArticleWrite{Article: a}
		if known {
			w.ExistingID, w.Rekey = st.ID, rekey[a.Key]
			w.Article.PublishedAt, w.Article.ClusterID, w.Article.UpdatedAt = st.PublishedAt, st.ClusterID, now
		} else if err := p.signature(&w, sig); err != nil {
			return out, err
		}
		out.writes = append(out.writes, w)
	}
	return out, nil
}

// storedStates returns the stored state of feed's items that are stored:
// only those the parser's lookup (Feed.Stored) found, when it ran, so a
// feed of new items costs no second query.
func (p *Pipeline) storedStates(ctx context.Context, src model.Source, feed *ingest.Feed) (map[string]store.ArticleState, error) {
	keys := make([]string, 0, len(feed.Items))
	for _, a := range feed.Items {
		if _, ok := feed.Stored[a.Key]; ok || feed.Stored == nil {
			keys = append(keys, a.Key)
		}
	}
	return p.o.Store.ArticleStates(ctx, src.ID, keys)
}

// ClassifierInput is what the classifier reads of article a from source
// src: its title and summary, the text of its stored (sanitised) body,
// its link, its upstream categories, and the source's feed URL, name, home
// province and configured topics. It is the one place that decides this:
// the fetch loop, Reclassify and `bantin classify` all call it, so that
// classify shows exactly what ingestion stores.
func ClassifierInput(a *model.Article, src model.Source) classify.Input {
	return classify.Input{
		Title: a.Title, Summary: a.Summary, Body: ingest.HTMLText(a.ContentHTML), URL: a.URL,
		SourceURL: src.URL, SourceName: src.Name, HomeProvince: src.HomeProvince,
		Categories: a.Categories, SourceTopics: src.DefaultTopics,
	}
}

// tag sets the article's topics and provinces from the classifier; when
// sign is set it also returns the article's story signature (its words,
// places and primary topic), computed with the classification, which
// shares its work.
func (p *Pipeline) tag(a *model.Article, src model.Source, sign bool) classify.Signature {
	var r classify.Result
	var sig classify.Signature
	if sign {
		r, sig = p.o.Classifier.ClassifySigned(ClassifierInput(a, src))
	} else {
		r = p.o.Classifier.Classify(ClassifierInput(a, src))
	}
	a.Topics, a.Provinces = r.Topics, r.Provinces
	return sig
}

// signature sets the story signature of a new article.
func (p *Pipeline) signature(w *store.ArticleWrite, sig classify.Signature) error {
	b, err := sig.MarshalBinary()
	w.Signature = b
	return err
}

// members returns the new articles of writes, stored with ids, as the
// clusterer sees them.
func members(writes []store.ArticleWrite, ids []int64) []classify.Member {
	var out []classify.Member
	for i := range writes {
		w := &writes[i]
		if w.ExistingID != 0 || i >= len(ids) || w.Signature == nil {
			continue
		}
		var sig classify.Signature
		if sig.UnmarshalBinary(w.Signature) != nil {
			continue
		}
		out = append(out, classify.Member{ArticleID: ids[i], Key: store.ClusterKey(w.Article.URL, w.Article.Key),
			Sig: sig, Published: w.Article.PublishedAt})
	}
	return out
}
