package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"bantin/internal/model"
)

// Aggregated tags are joined with US (0x1f) between fields and RS (0x1e)
// between tags: slugs and numbers never contain them, nor do the reasons
// classify writes (short text).

// taggedRow is an article row with its topic and province tags aggregated
// into two strings, in the order attachTags uses.
type taggedRow struct {
	articleRow
	TopicTags    sql.NullString `bun:"topic_tags,scanonly"`
	ProvinceTags sql.NullString `bun:"province_tags,scanonly"`
}

// tagColumns returns the select expressions aggregating the tags of a.id
// as stored. They are unordered (an ordered aggregate costs a sorter per
// article); model sorts them.
func (s *Store) tagColumns() string { return s.tagAggregates("") }

// shownTagColumns is tagColumns with the tags of a.id's copies
// (article_copies) too, never as primary topics: the tags an article is
// shown with, as every feed whose selection a copy matched lists the
// article (model keeps each tag once).
func (s *Store) shownTagColumns() string {
	return s.tagAggregates("(SELECT a.id AS id UNION ALL SELECT cp.article_id FROM article_copies cp WHERE cp.canonical_id = a.id)")
}

// tagAggregates returns the tag aggregates of the rows of a.id, or of the
// ids a subquery lists (ids: "(SELECT … AS id …)"). The tag tables are
// joined to the list, not filtered by an OR of a.id and the copies:
// PostgreSQL cannot bound an OR with a subquery by the primary key, nor a
// semi-join to a list, and read every tag row per article shown.
func (s *Store) tagAggregates(ids string) string {
	tc, pc := "article_topics t WHERE t.article_id = a.id", "article_provinces p WHERE p.article_id = a.id"
	if ids != "" {
		tc, pc = ids+" AS ids JOIN article_topics t ON t.article_id = ids.id", ids+" AS ids JOIN article_provinces p ON p.article_id = ids.id"
	}
	if s.engine == Postgres {
		return `(SELECT string_agg(t.topic || chr(31) || (CASE WHEN t.is_primary AND t.article_id = a.id THEN '1' ELSE '0' END) || chr(31) ||
			t.score::text || chr(31) || t.reason, chr(30))
			FROM ` + tc + `) AS topic_tags,
		(SELECT string_agg(p.province || chr(31) || p.legacy_province || chr(31) || p.weight::text || chr(31) || p.reason,
			chr(30))
			FROM ` + pc + `) AS province_tags`
	}
	return `(SELECT group_concat(t.topic || char(31) || (t.is_primary AND t.article_id = a.id) || char(31) || printf('%.17g', t.score) ||
			char(31) || t.reason, char(30))
			FROM ` + tc + `) AS topic_tags,
		(SELECT group_concat(p.province || char(31) || p.legacy_province || char(31) || printf('%.17g', p.weight) ||
			char(31) || p.reason, char(30))
			FROM ` + pc + `) AS province_tags`
}

// taggedModels converts rows in order; it returns the first row's error.
func taggedModels(rows []taggedRow) ([]model.Article, error) {
	out := make([]model.Article, len(rows))
	for i := range rows {
		var err error
		if out[i], err = rows[i].model(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// model converts the row and parses its aggregated tags.
func (r *taggedRow) model() (model.Article, error) {
	a := r.articleRow.model()
	for _, tag := range splitAgg(r.TopicTags) {
		f := strings.SplitN(tag, "\x1f", 4)
		if len(f) != 4 {
			return a, fmt.Errorf("store: article %d: bad topic tag %q", a.ID, tag)
		}
		score, _ := strconv.ParseFloat(f[2], 64)
		a.Topics = append(a.Topics, model.TopicTag{Topic: f[0], Primary: f[1] == "1", Score: score, Reason: f[3]})
	}
	for _, tag := range splitAgg(r.ProvinceTags) {
		f := strings.SplitN(tag, "\x1f", 4)
		if len(f) != 4 {
			return a, fmt.Errorf("store: article %d: bad province tag %q", a.ID, tag)
		}
		w, _ := strconv.ParseFloat(f[2], 64)
		a.Provinces = append(a.Provinces, model.ProvinceTag{Province: f[0], Legacy: f[1], Weight: w, Reason: f[3]})
	}
	slices.SortStableFunc(a.Topics, func(x, y model.TopicTag) int {
		switch {
		case x.Primary != y.Primary:
			if x.Primary {
				return -1
			}
			return 1
		case x.Score != y.Score:
			return cmp.Compare(y.Score, x.Score)
		}
		return strings.Compare(x.Topic, y.Topic)
	})
	slices.SortStableFunc(a.Provinces, func(x, y model.ProvinceTag) int {
		if x.Weight != y.Weight {
			return cmp.Compare(y.Weight, x.Weight)
		}
		return cmp.Or(strings.Compare(x.Province, y.Province), strings.Compare(x.Legacy, y.Legacy))
	})
	// A copy's tags (shownTagColumns) may repeat the article's: the first,
	// primary or strongest, stays.
	a.Topics = dedupeBy(a.Topics, func(t model.TopicTag) string { return t.Topic })
	a.Provinces = dedupeBy(a.Provinces, func(p model.ProvinceTag) string { return p.Province + "\x00" + p.Legacy })
	return a, nil
}

// dedupeBy returns xs without the elements whose key an earlier one has.
func dedupeBy[T any](xs []T, key func(T) string) []T {
	if len(xs) < 2 {
		return xs
	}
	seen := make(map[string]bool, len(xs))
	out := xs[:0]
	for _, x := range xs {
		if k := key(x); !seen[k] {
			seen[k] = true
			out = append(out, x)
		}
	}
	return out
}

func splitAgg(s sql.NullString) []string {
	if !s.Valid || s.String == "" {
		return nil
	}
	return strings.Split(s.String, "\x1e")
}

// byIDColumns are the columns articlesByID reads, in scanByID's order:
// those of articleRow.model (not signature), the source, then tagColumns.
const byIDColumns = "a.id, a.source_id, a.key, a.item_id, a.guid, a.url, a.title, a.summary, a.content_html, " +
	"a.author, a.image_url, a.categories, a.published_at, a.updated_at, a.fetched_at, a.content_hash, " +
	"a.cluster_id, a.mojibake, a.outlet, s.name AS source_name, s.url AS source_url"

// articlesByID is Articles(ctx, model.Filter{Limit: limit}, ids...): the
// limit newest of the given articles, with their source and tags, read with
// bound parameters through the statement cache. The id list is padded (by
// repeating its last id) to a power of two so that few query shapes exist. The
// limit is written as a literal, and only when it can drop rows: SQLite
// re-prepares a statement whose LIMIT is a parameter on every execution.
func (s *Store) articlesByID(ctx context.Context, ids []int64, limit int) ([]model.Article, error) {
	n := 8
	for n < len(ids) {
		n *= 2
	}
	args := make([]any, n)
	for i := range args {
		args[i] = ids[min(i, len(ids)-1)]
	}
	text := "SELECT " + byIDColumns + ", " + s.shownTagColumns() +
		" FROM articles AS a JOIN sources AS s ON s.id = a.source_id WHERE a.id IN (" + placeholders(n) +
		") ORDER BY a.published_at DESC, a.id DESC"
	if len(ids) > limit {
		text = "SELECT a.*, " + s.shownTagColumns() + " FROM (SELECT " + byIDColumns +
			" FROM articles AS a JOIN sources AS s ON s.id = a.source_id WHERE a.id IN (" + placeholders(n) +
			") ORDER BY a.published_at DESC, a.id DESC LIMIT " + strconv.Itoa(limit) +
			") AS a ORDER BY a.published_at DESC, a.id DESC"
	}
	rows, err := s.query(ctx, text, args...)
	if err != nil {
		return nil, mapErr("store: articles", err)
	}
	defer rows.Close()
	arts := make([]model.Article, 0, min(len(ids), limit))
	for rows.Next() {
		a, err := scanByID(rows)
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	if err := rows.Err(); err != nil {
		return nil, mapErr("store: articles", err)
	}
	return arts, nil
}

// scanByID reads one row of articlesByID.
func scanByID(rows *sql.Rows) (model.Article, error) {
	var r taggedRow
	err := rows.Scan(&r.ID, &r.SourceID, &r.Key, &r.ItemID, &r.GUID, &r.URL, &r.Title, &r.Summary, &r.ContentHTML,
		&r.Author, &r.ImageURL, &r.Categories, &r.PublishedAt, &r.UpdatedAt, &r.FetchedAt, &r.ContentHash,
		&r.ClusterID, &r.Mojibake, &r.Outlet, &r.SourceName, &r.SourceURL, &r.TopicTags, &r.ProvinceTags)
	if err != nil {
		return model.Article{}, mapErr("store: articles", err)
	}
	return r.model()
}
