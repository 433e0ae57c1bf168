package schedule

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/mailer"
)

// weekIndex is one week's articles, loaded once per pass and ranked once
// (sources covering the story, then recency, then URL: mailer.Compose's
// order), with inverted indexes from tag slug to rank positions. Every
// filter group is answered from it without another query.
type weekIndex struct {
	week    Week
	arts    []store.DigestArticle // in rank order
	size    []int                 // sources covering each article's cluster this week
	byTopic map[string][]int
	byProv  map[string][]int
}

func newWeekIndex(w Week, arts []store.DigestArticle) *weekIndex {
	sources := map[int64]map[int64]bool{}
	for _, a := range arts {
		m := sources[a.ClusterID]
		if m == nil {
			m = map[int64]bool{}
			sources[a.ClusterID] = m
		}
		m[a.SourceID] = true
	}
	size := func(a *store.DigestArticle) int { return len(sources[a.ClusterID]) }
	slices.SortStableFunc(arts, func(a, b store.DigestArticle) int {
		if c := cmp.Compare(size(&b), size(&a)); c != 0 {
			return c
		}
		if c := b.PublishedAt.Compare(a.PublishedAt); c != 0 {
			return c
		}
		return cmp.Compare(a.URL, b.URL)
	})
	x := &weekIndex{week: w, arts: arts, size: make([]int, len(arts)),
		byTopic: map[string][]int{}, byProv: map[string][]int{}}
	for i := range arts {
		x.size[i] = size(&arts[i])
		for _, t := range arts[i].Topics {
			x.byTopic[t] = append(x.byTopic[t], i)
		}
		for _, p := range arts[i].Provinces {
			x.byProv[p] = append(x.byProv[p], i)
		}
	}
	return x
}

// stories returns, in rank order, the best article of each of the first max
// clusters that match the filters (any topic AND any province; empty means
// all), as mailer stories: exactly what mailer.Compose would keep from the
// full list, so Compose has little left to sort.
func (x *weekIndex) stories(topics, provinces []string, max int, cat *model.Catalog) []mailer.Story {
	var mark []bool
	if drive := x.driver(topics, provinces); drive != nil {
		mark = make([]bool, len(x.arts))
		for _, list := range drive {
			for _, i := range list {
				mark[i] = true
			}
		}
	}
	seen := map[int64]bool{}
	var out []mailer.Story
	for i := range x.arts {
		a := &x.arts[i]
		if len(out) == max {
			break
		}
		if (mark != nil && !mark[i]) || seen[a.ClusterID] || !matchesAny(a.Topics, topics) {
			continue
		}
		seen[a.ClusterID] = true
		out = append(out, x.story(i, topics, cat))
	}
	return out
}

// driver returns the index lists whose union holds every candidate, or nil
// when every article is a candidate.
func (x *weekIndex) driver(topics, provinces []string) [][]int {
	var lists [][]int
	switch {
	case len(provinces) > 0:
		for _, p := range provinces {
			lists = append(lists, x.byProv[p])
		}
	case len(topics) > 0:
		for _, t := range topics {
			lists = append(lists, x.byTopic[t])
		}
	default:
		return nil
	}
	return lists
}

func matchesAny(have, want []string) bool {
	if len(want) == 0 {
		return true
	}
	for _, h := range have {
		if slices.Contains(want, h) {
			return true
		}
	}
	return false
}

// story converts article i; its heading is its primary topic, or with
// chosen topics the first of its topics the subscriber chose.
func (x *weekIndex) story(i int, chosen []string, cat *model.Catalog) mailer.Story {
	a := &x.arts[i]
	s := mailer.Story{Title: a.Title, URL: a.URL, Source: a.SourceName, Published: a.PublishedAt,
		ImageURL: a.ImageURL, Summary: a.Summary, ClusterID: strconv.FormatInt(a.ClusterID, 10),
		ClusterSize: x.size[i]}
	for _, t := range a.Topics {
		if len(chosen) == 0 || slices.Contains(chosen, t) {
			s.TopicSlug = t
			break
		}
	}
	if tp, ok := cat.Topic(s.TopicSlug); ok {
		s.TopicLabel = tp.Name
	}
	return s
}

// filterKey is the canonical form of a subscriber's filters: subscribers
// with equal keys get the same digest.
func filterKey(topics, provinces []string) string {
	return strings.Join(canonical(topics), ",") + "|" + strings.Join(canonical(provinces), ",")
}

func canonical(xs []string) []string {
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}

// labels returns the catalog names of topic and province slugs.
func labels(cat *model.Catalog, topics, provinces []string) (tl, pl []string) {
	for _, t := range canonical(topics) {
		if tp, ok := cat.Topic(t); ok {
			tl = append(tl, tp.Name)
		} else {
			tl = append(tl, t)
		}
	}
	for _, p := range canonical(provinces) {
		if pr, ok := cat.Province(p); ok {
			pl = append(pl, pr.Name)
		} else {
			pl = append(pl, p)
		}
	}
	return tl, pl
}
