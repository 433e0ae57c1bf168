package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"bantin/internal/model"
	"bantin/internal/vntext"
)

type articleRow struct {
	bun.BaseModel `bun:"table:articles,alias:a"`

	ID          int64  `bun:"id,pk,autoincrement"`
	SourceID    int64  `bun:"source_id"`
	Key         string `bun:"key"`
	ItemID      string `bun:"item_id"`
	GUID        string `bun:"guid"`
	URL         string `bun:"url"`
	Title       string `bun:"title"`
	Summary     string `bun:"summary"`
	ContentHTML string `bun:"content_html"`
	Author      string `bun:"author"`
	ImageURL    string `bun:"image_url"`
	Categories  string `bun:"categories"`
	PublishedAt int64  `bun:"published_at"`
	UpdatedAt   int64  `bun:"updated_at"`
	FetchedAt   int64  `bun:"fetched_at"`
	ContentHash string `bun:"content_hash"`
	RawHash     string `bun:"raw_hash"`
	ClusterID   int64  `bun:"cluster_id"` // the story readers see: a segment of the thread
	ThreadID    int64  `bun:"thread_id"`  // what the story clusterer clusters on
	Signature   []byte `bun:"signature"`
	Mojibake    bool   `bun:"mojibake"`
	Outlet      string `bun:"outlet"`
	SearchText  string `bun:"search_text"` // PostgreSQL only: folded title and summary

	SourceName string `bun:"source_name,scanonly"`
	SourceURL  string `bun:"source_url,scanonly"`
}

func (r *articleRow) model() model.Article {
	return model.Article{
		ID: r.ID, SourceID: r.SourceID, Key: r.Key, ItemID: r.ItemID, GUID: r.GUID, URL: r.URL, Title: r.Title,
		Summary: r.Summary, ContentHTML: r.ContentHTML, Author: r.Author, ImageURL: r.ImageURL,
		Categories: splitCategories(r.Categories), PublishedAt: fromMicros(r.PublishedAt),
		UpdatedAt: fromMicros(r.UpdatedAt), FetchedAt: fromMicros(r.FetchedAt),
		ContentHash: r.ContentHash, ClusterID: r.ClusterID, Mojibake: r.Mojibake, Outlet: r.Outlet,
		SourceName: r.SourceName, SourceURL: r.SourceURL,
	}
}

func articleRowOf(a *model.Article, sig []byte) *articleRow {
	return &articleRow{
		ID: a.ID, SourceID: a.SourceID, Key: a.Key, ItemID: a.ItemID, GUID: a.GUID, URL: a.URL, Title: a.Title,
		Summary: a.Summary, ContentHTML: a.ContentHTML, Author: a.Author, ImageURL: a.ImageURL,
		Categories: strings.Join(a.Categories, "\x1f"), PublishedAt: micros(a.PublishedAt),
		UpdatedAt: micros(a.UpdatedAt), FetchedAt: micros(a.FetchedAt),
		ContentHash: a.ContentHash, RawHash: a.RawHash, ClusterID: a.ClusterID, ThreadID: a.ClusterID, Signature: sig, Mojibake: a.Mojibake,
		Outlet: a.Outlet,
	}
}

// Categories may contain commas, so they are joined with the unit separator.
func splitCategories(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\x1f")
}

// searchFields is the folded text both engines index for search.
func searchFields(a *model.Article) (title, summary string) {
	return vntext.Fold(a.Title), vntext.Fold(a.Summary)
}

// searchText is searchFields as one string of words, PostgreSQL's tsvector
// source: punctuation is dropped so that PostgreSQL's parser splits words
// where SQLite's tokenizer does ("tp.hcm" is tp and hcm on both).
func searchText(a *model.Article) string {
	t, s := searchFields(a)
	return strings.Join(vntext.Tokens(t+" "+s), " ")
}

// ArticleState is what the store knows of an article already stored under a
// key, so that the caller can skip unchanged items before classifying them.
type ArticleState struct {
	ID          int64
	ContentHash string
	RawHash     string // "" when stored before bantin kept raw hashes
	ClusterID   int64
	PublishedAt time.Time
}

// ArticleStates returns the stored state of the given keys of one source,
// keyed by article key; missing keys are absent from the map.
func (s *Store) ArticleStates(ctx context.Context, sourceID int64, keys []string) (map[string]ArticleState, error) {
	out := make(map[string]ArticleState, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	var rows []stateRow
	err := s.db.NewRaw(`SELECT `+stateColumns+` FROM articles
		WHERE source_id = ? AND key IN (?)`, sourceID, bun.List(keys)).Scan(ctx, &rows)
	if err != nil {
		return nil, mapErr("store: article states", err)
	}
	for _, r := range rows {
		out[r.Key] = r.state()
	}
	return out, nil
}

// stateColumns are the columns a stateRow is scanned from.
const stateColumns = "id, key, content_hash, raw_hash, cluster_id, published_at"

// stateRow is an article's key and ArticleState as stored.
type stateRow struct {
	ID          int64  `bun:"id"`
	Key         string `bun:"key"`
	ContentHash string `bun:"content_hash"`
	RawHash     string `bun:"raw_hash"`
	ClusterID   int64  `bun:"cluster_id"`
	PublishedAt int64  `bun:"published_at"`
}

func (r stateRow) state() ArticleState {
	return ArticleState{ID: r.ID, ContentHash: r.ContentHash, RawHash: r.RawHash, ClusterID: r.ClusterID,
		PublishedAt: fromMicros(r.PublishedAt)}
}

// RawHashes returns the raw hash (model.Article.RawHash) stored for each of
// the given keys of one source that is stored ("" for an article stored
// without one); keys not stored are absent. The index articles_raw_hash covers the
// query: it reads no article row.
func (s *Store) RawHashes(ctx context.Context, sourceID int64, keys []string) (map[string]string, error) {
	out := make(map[string]string, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	var rows []struct {
		Key     string `bun:"key"`
		RawHash string `bun:"raw_hash"`
	}
	err := s.db.NewRaw(`SELECT key, raw_hash FROM articles WHERE source_id = ? AND key IN (?)`,
		sourceID, bun.List(keys)).Scan(ctx, &rows)
	if err != nil {
		return nil, mapErr("store: raw hashes", err)
	}
	for _, r := range rows {
		out[r.Key] = r.RawHash
	}
	return out, nil
}

// Article returns one article with its source name and tags, or
// model.ErrNotFound.
func (s *Store) Article(ctx context.Context, id int64) (model.Article, error) {
	arts, err := s.ArticlesByID(ctx, []int64{id})
	if err != nil {
		return model.Article{}, err
	}
	if len(arts) == 0 {
		return model.Article{}, fmt.Errorf("store: article %d: %w", id, model.ErrNotFound)
	}
	return arts[0], nil
}
