package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"bantin/feeds"
	"bantin/internal/model"
	"bantin/internal/vntext"
)

// Feed query limits (DESIGN §5).
const (
	defaultLimit = 50
	maxLimit     = 200
	maxQueryLen  = 200
)

// feedQuery is a validated, canonical feed request: slugs sorted and
// de-duplicated, defaults applied. Two requests for the same articles have
// equal feedQuery values, whatever their URL form or parameter order.
type feedQuery struct {
	Topics    []string
	Provinces []string
	Source    int64
	Story     int64 // a story's (cluster's) articles only: /stories/{id}/feed.*
	Q         string
	Limit     int
	PerStory  bool // per=story: one item a story (storyItems), as pages list them; else one an article
}

// encode returns the canonical query string: keys in order, lists
// comma-joined, the default limit omitted. It is the cache key (with the
// format) and the query of the canonical URL.
func (q feedQuery) encode() string {
	var b strings.Builder
	add := func(k, v string) {
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(k + "=" + v)
	}
	if q.Limit != defaultLimit {
		add("limit", strconv.Itoa(q.Limit))
	}
	if q.PerStory {
		add("per", "story")
	}
	if len(q.Provinces) > 0 {
		add("province", strings.Join(q.Provinces, ","))
	}
	if q.Q != "" {
		add("q", url.QueryEscape(q.Q))
	}
	if q.Source != 0 {
		add("source", strconv.FormatInt(q.Source, 10))
	}
	if q.Story != 0 {
		add("story", strconv.FormatInt(q.Story, 10))
	}
	if len(q.Topics) > 0 {
		add("topic", strings.Join(q.Topics, ","))
	}
	return b.String()
}

// path returns the canonical path and query of the feed in format f: the
// story's feed, or the readable alias for one topic and/or one province,
// else /feed.EXT?query.
func (q feedQuery) path(f feeds.Format) string {
	file := "feed." + f.String()
	simple := q.Source == 0 && q.Q == "" && q.Limit == defaultLimit && !q.PerStory && len(q.Topics) <= 1 && len(q.Provinces) <= 1
	switch {
	case q.Story != 0 && simple && len(q.Topics)+len(q.Provinces) == 0:
		return storyPath(q.Story) + "/" + file
	case !simple || q.Story != 0:
		return "/" + file + "?" + q.encode()
	case len(q.Topics) == 1 && len(q.Provinces) == 1:
		return "/topics/" + q.Topics[0] + "/provinces/" + q.Provinces[0] + "/" + file
	case len(q.Topics) == 1:
		return "/topics/" + q.Topics[0] + "/" + file
	case len(q.Provinces) == 1:
		return "/provinces/" + q.Provinces[0] + "/" + file
	}
	return "/" + file
}

// pagePath returns the HTML page showing the same selection: the story's
// page for a story's feed, the search page (with the feed's topics and
// provinces) for a search's, the readable alias for one topic and/or one
// province, the first topic's (else province's) page with the others as
// parameters for several (listPage merges them: the form a digest's "và N
// tin khác" uses), "/" for no topic or province. No page lists one source's
// articles: a source's feed links the page of its topics and provinces.
func (q feedQuery) pagePath() string {
	switch {
	case q.Story != 0:
		return storyPath(q.Story)
	case q.Q != "" && q.Source == 0: // the search page takes no source
		page := feedQuery{Topics: q.Topics, Provinces: q.Provinces, Q: q.Q, Limit: defaultLimit}
		return "/search?" + page.encode()
	case len(q.Topics) == 1 && len(q.Provinces) == 1:
		return "/topics/" + q.Topics[0] + "/provinces/" + q.Provinces[0] + "/"
	case len(q.Topics) == 1 && len(q.Provinces) == 0:
		return "/topics/" + q.Topics[0] + "/"
	case len(q.Provinces) == 1 && len(q.Topics) == 0:
		return "/provinces/" + q.Provinces[0] + "/"
	case len(q.Topics) > 0:
		rest := feedQuery{Topics: q.Topics[1:], Provinces: q.Provinces, Limit: defaultLimit}
		return "/topics/" + q.Topics[0] + "/?" + rest.encode()
	case len(q.Provinces) > 0:
		rest := feedQuery{Provinces: q.Provinces[1:], Limit: defaultLimit}
		return "/provinces/" + q.Provinces[0] + "/?" + rest.encode()
	}
	return "/"
}

// filter returns the store filter for q.
func (q feedQuery) filter() model.Filter {
	return model.Filter{Topics: q.Topics, Provinces: q.Provinces, SourceID: q.Source, Story: q.Story, Query: q.Q, Limit: q.Limit}
}

// parseFeedQuery reads the feed parameters of r: the story id and slugs
// from the path (the aliases; 404 when malformed or unknown) merged with the
// topic, province, source, story, q, limit and per query parameters (400 when
// bad). Other parameters are ignored, so that cache-busters and tracking
// parameters do not break a feed, except a near miss of one of those names
// (misspeltParam: 400 naming it). Whether a story exists is feedTitle's to
// say.
func (s *Server) parseFeedQuery(r *http.Request) (feedQuery, error) {
	q := feedQuery{Limit: defaultLimit}
	if v := r.PathValue("story"); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			return q, noStory(v, true)
		}
		q.Story = id
	}
	if t := r.PathValue("topic"); t != "" {
		if err := s.cat.CheckTopics(t); err != nil {
			return q, slugNotFound(err)
		}
		q.Topics = append(q.Topics, t)
	}
	if p := r.PathValue("province"); p != "" {
		if err := s.cat.CheckProvinces(true, p); err != nil {
			return q, slugNotFound(err)
		}
		q.Provinces = append(q.Provinces, p)
	}
	if r.URL.RawQuery == "" {
		return q, nil
	}
	vals, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return q, badParam("chuỗi tham số bị hỏng", fmt.Sprintf("malformed query string: %v", err))
	}
	if err := misspeltParam(vals); err != nil {
		return q, err
	}
	if err := s.readParams(&q, vals); err != nil {
		return q, err
	}
	q.Topics, q.Provinces = canonList(q.Topics), canonList(q.Provinces)
	return q, nil
}

// unknownTags is the 400 of a topic or province parameter that names no
// topic or province: err, tagParams's, is the message of feeds, and pages
// name the slug in Vietnamese.
func unknownTags(err error) error {
	vi := "không có chủ đề hay tỉnh, thành phố này: xem danh sách dưới đây"
	var se *model.SlugError
	if errors.As(err, &se) {
		kind, guess := "tỉnh, thành phố", ""
		if se.Kind == "topic" {
			kind = "chủ đề"
		}
		if se.Suggest != "" {
			guess = fmt.Sprintf(" (có phải %q?)", se.Suggest)
		}
		vi = fmt.Sprintf("không có %s %q%s: xem danh sách dưới đây", kind, se.Slug, guess)
	}
	he := &httpError{status: http.StatusBadRequest, msg: err.Error(), vi: vi}
	if _, text, ok := slugMessages(err); ok {
		he.viText = text
	}
	return he
}

// readParams applies the query parameters to q.
func (s *Server) readParams(q *feedQuery, vals url.Values) error {
	topics, provinces, err := s.tagParams(vals["topic"], vals["province"])
	if err != nil {
		return unknownTags(err)
	}
	q.Topics, q.Provinces = append(q.Topics, topics...), append(q.Provinces, provinces...)
	if v := lastValue(vals["source"]); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			return badParam(fmt.Sprintf("source phải là số của một nguồn tin, không phải %q", v), fmt.Sprintf("source must be a positive source id, not %q", v))
		}
		q.Source = id
	}
	if v := lastValue(vals["story"]); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			return badParam(fmt.Sprintf("story phải là số của một tin, không phải %q", v), fmt.Sprintf("story must be a positive story id, not %q", v))
		}
		q.Story = id
	}
	if v := lastValue(vals["limit"]); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxLimit {
			return badParam(fmt.Sprintf("limit phải là một số nguyên từ 1 tới %d, không phải %q", maxLimit, v),
				fmt.Sprintf("limit must be a whole number from 1 to %d, not %q", maxLimit, v))
		}
		q.Limit = n
	}
	switch v := lastValue(vals["per"]); v {
	case "", "report":
	case "story":
		// limit counts stories, bounded as every feed's: 200 stories cost
		// up to about twice 200 reports with the items cached, on either
		// engine (BenchmarkPerStoryFeed; BENCHMARKS.md, i21pgleads).
		q.PerStory = true
	default:
		return badParam(fmt.Sprintf("per phải là story (mỗi tin một mục) hoặc report (mỗi bài một mục), không phải %q", v),
			fmt.Sprintf("per must be story (one item a story) or report (one item an article), not %q", v))
	}
	return readSearch(q, lastValue(vals["q"]))
}

// readSearch sets q's search words from the q parameter raw: 400 when it
// is not UTF-8, is longer than maxQueryLen, or has characters but no word
// (a query of punctuation, control or invisible characters alone would
// otherwise select every article). Spaces alone are no search.
func readSearch(q *feedQuery, raw string) error {
	if !utf8.ValidString(raw) {
		return badSearch("từ khóa tìm kiếm phải là văn bản UTF-8", "q must be UTF-8 text")
	}
	// NFC first: an NFD query (macOS input) finds the same articles, and is
	// echoed in feed titles and cache keys in one form.
	q.Q = strings.Join(strings.Fields(vntext.Normalize(raw)), " ")
	if utf8.RuneCountInString(q.Q) > maxQueryLen {
		return badSearch(fmt.Sprintf("từ khóa tìm kiếm dài quá %d ký tự", maxQueryLen), fmt.Sprintf("q must be at most %d characters", maxQueryLen))
	}
	if (q.Q != "" || strings.TrimSpace(raw) != "") && len(vntext.Tokens(vntext.Fold(q.Q))) == 0 {
		return badSearch("từ khóa tìm kiếm không có chữ hay số nào", "q has no word to search for: give letters or digits")
	}
	return nil
}

// badSearch is badParam for the q parameter (the search page shows it by
// its box).
func badSearch(vi, en string) error {
	return &httpError{status: http.StatusBadRequest, msg: en, vi: vi, param: "q"}
}

// tagParams reads topic and province slugs from repeated and
// comma-separated values (see splitValues) and checks them against the
// catalog, former provinces included. It returns the *model.SlugError of
// the first unknown slug, which names the valid values.
func (s *Server) tagParams(topicVals, provinceVals []string) (topics, provinces []string, err error) {
	topics, provinces = splitValues(topicVals), splitValues(provinceVals)
	if err := s.cat.CheckTopics(topics...); err != nil {
		return nil, nil, err
	}
	if err := s.cat.CheckProvinces(true, provinces...); err != nil {
		return nil, nil, err
	}
	return topics, provinces, nil
}
