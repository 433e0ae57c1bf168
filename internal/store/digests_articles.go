package store

import (
	"context"
	"slices"
	"strings"
	"time"

	"bantin/internal/model"
)

// DigestArticle is the slim form of an article that digests need: no body,
// tags as slugs.
type DigestArticle struct {
	ID, SourceID, ClusterID int64
	// ThreadID is the story thread the article's segment (ClusterID) is
	// part of (see Placement); 0 when it has none.
	ThreadID             int64
	URL, Title, Summary  string
	ImageURL, SourceName string
	Outlet               string // model.Article.Outlet
	PublishedAt          time.Time
	Topics               []string // primary first, then by score
	Provinces            []string // current and legacy slugs, each once
}

// summaryCap bounds the summary bytes kept per digest article (the mailer
// shows 280 runes).
const summaryCap = 1200

// WeekArticles returns every article published in [since, until) in the slim
// digest form, newest first, an article that several feeds of its outlet
// carried once (model.DropRepeatsFunc), in three range queries (articles, topics,
// provinces) that use the published_at columns of each table. A copy
// (article_copies) whose article is in the range too is folded into it
// (foldCopies); one whose article is older stands for it: with its
// article's story, thread, outlet and source, as pages and feeds show it.
func (s *Store) WeekArticles(ctx context.Context, since, until time.Time) ([]DigestArticle, error) {
	var rows []weekRow
	lo, hi := micros(since), micros(until)
	err := s.db.NewRaw(`SELECT a.id, a.source_id, a.cluster_id, `+s.threadColumn("a")+` AS thread_id, a.url, a.title, a.summary, a.image_url, a.outlet,
		s.name AS source_name, a.published_at, COALESCE(cp.canonical_id, 0) AS canonical_id,
		COALESCE(c.source_id, 0) AS c_source_id, COALESCE(c.cluster_id, 0) AS c_cluster_id, COALESCE(`+s.threadColumn("c")+`, 0) AS c_thread_id,
		COALESCE(c.outlet, '') AS c_outlet, COALESCE(cs.name, '') AS c_source_name
		FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN article_copies cp ON cp.article_id = a.id
		LEFT JOIN articles c ON c.id = cp.canonical_id LEFT JOIN sources cs ON cs.id = c.source_id
		WHERE a.published_at >= ? AND a.published_at < ? ORDER BY a.published_at DESC, a.id DESC`, lo, hi).Scan(ctx, &rows)
	if err != nil {
		return nil, mapErr("store: week articles", err)
	}
	out := make([]DigestArticle, len(rows))
	canon := make([]int64, len(rows))
	pos := make(map[int64]int, len(rows))
	for i := range rows {
		out[i] = rows[i].article()
		pos[rows[i].ID], canon[i] = i, rows[i].CanonicalID
	}
	if err := s.weekTags(ctx, lo, hi, out, pos); err != nil {
		return nil, err
	}
	out = foldCopies(out, canon, pos)
	return model.DropRepeatsFunc(out, func(a *DigestArticle) (int64, string) {
		return a.ID, model.RepeatKey(a.URL, a.Title)
	}), nil
}

// weekRow is a row of WeekArticles' query: an article, and for a copy
// (article_copies, CanonicalID set) the article it stands for.
type weekRow struct {
	ID          int64  `bun:"id"`
	SourceID    int64  `bun:"source_id"`
	ClusterID   int64  `bun:"cluster_id"`
	ThreadID    int64  `bun:"thread_id"`
	URL         string `bun:"url"`
	Title       string `bun:"title"`
	Summary     string `bun:"summary"`
	ImageURL    string `bun:"image_url"`
	SourceName  string `bun:"source_name"`
	Outlet      string `bun:"outlet"`
	PublishedAt int64  `bun:"published_at"`
	CanonicalID int64  `bun:"canonical_id"`
	// The article a copy stands for: its story and outlet.
	CSourceID   int64  `bun:"c_source_id"`
	CClusterID  int64  `bun:"c_cluster_id"`
	CThreadID   int64  `bun:"c_thread_id"`
	COutlet     string `bun:"c_outlet"`
	CSourceName string `bun:"c_source_name"`
}

// article is r in the digest form, its summary cut to summaryCap bytes; a
// copy stands for its article (pages and feeds show the article in its
// story): it is in its article's story and thread, counted with its
// article's outlet and source ("N nguồn", see outletCount).
func (r *weekRow) article() DigestArticle {
	summary := r.Summary
	if len(summary) > summaryCap {
		summary = strings.ToValidUTF8(summary[:summaryCap], "")
	}
	a := DigestArticle{ID: r.ID, SourceID: r.SourceID, ClusterID: r.ClusterID, ThreadID: r.ThreadID, URL: r.URL,
		Title: r.Title, Summary: summary, ImageURL: r.ImageURL, SourceName: r.SourceName, Outlet: r.Outlet,
		PublishedAt: fromMicros(r.PublishedAt)}
	if r.CanonicalID != 0 && r.CSourceID != 0 {
		a.SourceID, a.ClusterID, a.ThreadID, a.Outlet, a.SourceName = r.CSourceID, r.CClusterID, r.CThreadID, r.COutlet, r.CSourceName
	}
	return a
}

// foldCopies returns out without the copies (canon[i], the article out[i]
// is a copy of, or 0) whose article is in out too (at pos[canon[i]]), each
// copy's topics and provinces added to its article's after its own: the
// article is listed once, under every topic and province a copy gave it.
// It reuses out's backing array.
func foldCopies(out []DigestArticle, canon []int64, pos map[int64]int) []DigestArticle {
	keep := make([]bool, len(out))
	for i := range out {
		j, ok := pos[canon[i]]
		keep[i] = !ok || canon[i] == 0
		if keep[i] {
			continue
		}
		for _, t := range out[i].Topics {
			if !slices.Contains(out[j].Topics, t) {
				out[j].Topics = append(out[j].Topics, t)
			}
		}
		for _, p := range out[i].Provinces {
			if !slices.Contains(out[j].Provinces, p) {
				out[j].Provinces = append(out[j].Provinces, p)
			}
		}
	}
	n := 0
	for i := range out {
		if keep[i] {
			out[n] = out[i]
			n++
		}
	}
	return out[:n]
}

// weekTags attaches topic and province slugs to the week's articles, in
// the order the feeds show them (model's: ties broken by slug, byte by
// byte).
func (s *Store) weekTags(ctx context.Context, lo, hi int64, out []DigestArticle, pos map[int64]int) error {
	var topics []struct {
		ArticleID int64  `bun:"article_id"`
		Topic     string `bun:"topic"`
	}
	if err := s.db.NewRaw(`SELECT article_id, topic FROM article_topics WHERE published_at >= ? AND published_at < ?
		ORDER BY article_id, is_primary DESC, score DESC, `+s.bytewise("topic"), lo, hi).Scan(ctx, &topics); err != nil {
		return mapErr("store: week topics", err)
	}
	for _, t := range topics {
		if i, ok := pos[t.ArticleID]; ok {
			out[i].Topics = append(out[i].Topics, t.Topic)
		}
	}
	var provinces []struct {
		ArticleID int64  `bun:"article_id"`
		Province  string `bun:"province"`
		Legacy    string `bun:"legacy_province"`
	}
	if err := s.db.NewRaw(`SELECT article_id, province, legacy_province FROM article_provinces
		WHERE published_at >= ? AND published_at < ? ORDER BY article_id, weight DESC, `+s.bytewise("province"), lo, hi).Scan(ctx, &provinces); err != nil {
		return mapErr("store: week provinces", err)
	}
	for _, p := range provinces {
		i, ok := pos[p.ArticleID]
		if !ok {
			continue
		}
		for _, slug := range []string{p.Province, p.Legacy} {
			if slug != "" && !slices.Contains(out[i].Provinces, slug) {
				out[i].Provinces = append(out[i].Provinces, slug)
			}
		}
	}
	return nil
}

// bytewise returns col for an ORDER BY that compares its bytes, as Go and
// SQLite do, whatever the PostgreSQL server's collation: glibc's
// en_US.UTF-8, the default of many servers, ignores hyphens and puts
// "hai-phong" before "ha-noi".
func (s *Store) bytewise(col string) string {
	if s.engine == Postgres {
		return col + ` COLLATE "C"`
	}
	return col
}
