package pipeline

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"bantin/internal/classify"
	"bantin/internal/ingest"
	"bantin/internal/model"
)

// Preview fetches the feed at rawURL as the fetch loop would (the same
// fetcher, private-address policy and parser) and returns its articles,
// tagged as ingestion would tag them, with the source they were read as:
// the stored source with that URL when there is one (its name, home
// province and topics count), else a bare source. It stores nothing. It
// returns the fetch or parse error, naming the URL and wrapping the cause
// (ingest.ErrPrivateAddress, an *ingest.StatusError, 410 Gone included,
// context.Canceled…), or the store's error.
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
	if err == nil && resp.Gone { // a fetched source is retired; there is no body to read
		err = &ingest.StatusError{Code: http.StatusGone}
	}
	if err != nil {
		return nil, src, &fetchError{url: rawURL, err: err}
	}
	arts, err := p.ParseFeed(resp.Body, resp.ContentType, resp.URL, src)
	if err != nil {
		return nil, src, fmt.Errorf("%s: %w", rawURL, err)
	}
	return arts, src, nil
}

// ParseFeed parses and normalises a feed body served from servedFrom (the
// URL a fetch ended at, after redirects; "" for src.URL) as ingestion
// would for src and tags each article; it stores nothing. It returns the
// parse error.
func (p *Pipeline) ParseFeed(body []byte, contentType, servedFrom string, src model.Source) ([]model.Article, error) {
	feed, err := p.o.Parser.ParseChanged(body, contentType, servedFrom, src, p.o.Now(), nil)
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

// fetchError is Preview's error for a failed fetch: ErrText's description
// after the URL, with the cause kept for errors.Is and errors.As.
type fetchError struct {
	url string
	err error
}

func (e *fetchError) Error() string { return "fetch " + e.url + ": " + ErrText(e.err) }

// Unwrap returns the fetch's error.
func (e *fetchError) Unwrap() error { return e.err }
