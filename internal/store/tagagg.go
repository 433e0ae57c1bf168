package store

import (
	"cmp"
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

// tagColumns returns the select expressions aggregating the tags of a.id.
// They are unordered (an ordered aggregate costs a sorter per article);
// model sorts them.
func (s *Store) tagColumns() string {
	if s.engine == Postgres {
		return `(SELECT string_agg(t.topic || chr(31) || (CASE WHEN t.is_primary THEN '1' ELSE '0' END) || chr(31) ||
			t.score::text || chr(31) || t.reason, chr(30))
			FROM article_topics t WHERE t.article_id = a.id) AS topic_tags,
		(SELECT string_agg(p.province || chr(31) || p.legacy_province || chr(31) || p.weight::text || chr(31) || p.reason,
			chr(30))
			FROM article_provinces p WHERE p.article_id = a.id) AS province_tags`
	}
	return `(SELECT group_concat(t.topic || char(31) || t.is_primary || char(31) || printf('%.17g', t.score) ||
			char(31) || t.reason, char(30))
			FROM article_topics t WHERE t.article_id = a.id) AS topic_tags,
		(SELECT group_concat(p.province || char(31) || p.legacy_province || char(31) || printf('%.17g', p.weight) ||
			char(31) || p.reason, char(30))
			FROM article_provinces p WHERE p.article_id = a.id) AS province_tags`
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
	return a, nil
}

func splitAgg(s sql.NullString) []string {
	if !s.Valid || s.String == "" {
		return nil
	}
	return strings.Split(s.String, "\x1e")
}
