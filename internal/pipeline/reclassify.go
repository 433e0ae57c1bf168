package pipeline

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"bantin/internal/classify"
	"bantin/internal/model"
)

// reclassifyPage is how many articles one transaction re-tags.
const reclassifyPage = 500

// Retagged is what Reclassify did: how many articles it re-tagged, and on
// how many of them the set of topics (with which one is primary) or of
// provinces (with their former province) changed. Scores and reasons alone
// do not count as a change.
type Retagged struct{ Articles, Changed int }

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
		changed := 0
		for i := range page {
			a := &page[i]
			before := tagSet(a)
			if b, err := p.tag(a, byID[a.SourceID], true).MarshalBinary(); err == nil {
				sigs[a.ID] = b
			}
			if tagSet(a) != before {
				changed++
			}
		}
		if err := p.o.Store.ReplaceTags(ctx, page); err != nil {
			return done, err
		}
		if err := p.o.Store.SetSignatures(ctx, sigs); err != nil {
			return done, err
		}
		done.Articles += len(page)
		done.Changed += changed
		after = page[len(page)-1].ID
		if progress != nil {
			progress(done.Articles)
		}
	}
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

// Preview fetches the feed at rawURL as the fetch loop would (the same
// fetcher, private-address policy and parser) and returns its articles,
// tagged as ingestion would tag them, with the source they were read as:
// the stored source with that URL when there is one (its name, home
// province and topics count), else a bare source. It stores nothing. It
// returns the fetch or parse error, naming the URL.
func (p *Pipeline) Preview(ctx context.Context, rawURL string) ([]model.Article, model.Source, error) {
	src := model.Source{URL: rawURL}
	if p.o.Store != nil {
		srcs, err := p.o.Store.Sources(ctx)
		if err != nil {
			return nil, src, err
		}
		for _, s := range srcs {
			if s.URL == rawURL {
				src = s
			}
		}
	}
	resp, err := p.o.Fetcher.Fetch(ctx, model.Source{URL: rawURL})
	if err != nil {
		return nil, src, fmt.Errorf("fetch %s: %s", rawURL, ErrText(err))
	}
	arts, err := p.ParseFeed(resp.Body, resp.ContentType, src)
	if err != nil {
		return nil, src, fmt.Errorf("%s: %w", rawURL, err)
	}
	return arts, src, nil
}

// ParseFeed parses and normalises a feed body as ingestion would for src
// and tags each article; it stores nothing. It returns the parse error.
func (p *Pipeline) ParseFeed(body []byte, contentType string, src model.Source) ([]model.Article, error) {
	feed, err := p.o.Parser.Parse(body, contentType, src, p.o.Now())
	if err != nil {
		return nil, err
	}
	for i := range feed.Items {
		p.tag(&feed.Items[i], src, false)
	}
	return feed.Items, nil
}

// TextArticle is the article a plain-text input stands for in `bantin
// classify`: the first line is the title, the rest the body. It goes through
// ClassifierInput like any stored article.
func TextArticle(text string) model.Article {
	title, rest, _ := strings.Cut(strings.TrimSpace(text), "\n")
	return model.Article{Title: strings.TrimSpace(title), ContentHTML: rest, FetchedAt: time.Now()}
}

// LineInput is ClassifierInput for a line of `bantin classify --jsonl`:
// the line is read as an article (body as its stored HTML) of a source with
// the line's feed URL.
func LineInput(l classify.Line) classify.Input {
	a := model.Article{Title: l.Title, Summary: l.Summary, ContentHTML: l.Body, URL: l.URL}
	return ClassifierInput(&a, model.Source{URL: l.SourceURL})
}
