package digest

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/urlpolicy"
	"bantin/internal/vntext"
	"bantin/mailer"
)

// DefaultMaxStories is how many stories a digest holds when
// Digester.MaxStories is not set (DESIGN §6).
const DefaultMaxStories = 20

// weekIndex is one week's articles, loaded once per pass and ranked once,
// with inverted indexes from tag slug to rank positions, so that every
// filter group is answered from it without another query. It is the one
// owner of digest ranking: the mailer shows stories in the order given.
//
// Rank order: the number of sources that covered the article's story
// that week, most first; then publication time, newest first; then URL, as
// a tie-break that makes the order independent of the input. A digest keeps
// the best-ranked article of each story and the first max stories.
//
// A digest shows one entry per thread (storyKey): of a week's segments of
// one thread (a follow-up after a silence, classify.SplitAfter) only the
// best-ranked is shown, by its newest article, linked to its page (which
// lists the thread's other segments) and counted with its own outlets, the
// number that page heads. Sizes are a segment's, not a thread's: the
// clusterer's threads gather different events more often than its
// segments do (BENCHMARKS.md, i9clus10), so a thread's outlets together
// would rank and count a mixture.
type weekIndex struct {
	week    Week
	arts    []store.DigestArticle // in rank order
	size    []int                 // sources covering each article's segment (cluster) this week
	bySeg   map[int64][]int       // each segment's articles, in rank order
	byTopic map[string][]int
	byProv  map[string][]int
}

func newWeekIndex(w Week, arts []store.DigestArticle) *weekIndex {
	sources := map[int64]map[string]bool{} // segment → its outlets (model.OutletKey)
	for _, a := range arts {
		m := sources[segmentKey(&a)]
		if m == nil {
			m = map[string]bool{}
			sources[segmentKey(&a)] = m
		}
		m[model.OutletKey(a.Outlet, a.SourceID)] = true
	}
	size := func(a *store.DigestArticle) int { return len(sources[segmentKey(a)]) }
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
		bySeg: map[int64][]int{}, byTopic: map[string][]int{}, byProv: map[string][]int{}}
	for i := range arts {
		x.size[i] = size(&arts[i])
		x.bySeg[segmentKey(&arts[i])] = append(x.bySeg[segmentKey(&arts[i])], i)
		for _, t := range arts[i].Topics {
			x.byTopic[t] = append(x.byTopic[t], i)
		}
		for _, p := range arts[i].Provinces {
			x.byProv[p] = append(x.byProv[p], i)
		}
	}
	return x
}

// storyKey identifies an article's story in a digest: its thread, else its
// cluster, or the article itself (negated) when it has neither.
func storyKey(a *store.DigestArticle) int64 {
	if a.ThreadID != 0 {
		return a.ThreadID
	}
	return segmentKey(a)
}

// segmentKey identifies the story page an article links to: its cluster
// (the thread's segment), or the article itself (negated) when it has none.
func segmentKey(a *store.DigestArticle) int64 {
	if a.ClusterID != 0 {
		return a.ClusterID
	}
	return -a.ID
}

// stories returns the digest of f: the best article of at most max stories
// whose articles f selects (model.Filter.MatchesTags), chosen by spread
// over the week's days and f's topics and provinces, in rank order, as
// mailer stories.
func (x *weekIndex) stories(f model.Filter, max int, cat *model.Catalog) []mailer.Story {
	s, _ := x.compose(f, max, cat)
	return s
}

// compose returns stories(f, max, cat) and, for each of its sections with
// a topic, how many other articles of the week its archive page lists
// (see left).
func (x *weekIndex) compose(f model.Filter, max int, cat *model.Catalog) ([]mailer.Story, map[string]int) {
	cands := x.candidates(f)
	shown := make([]int, len(cands)) // the article that shows each candidate's story
	for k, i := range cands {
		shown[k] = x.lead(i, f)
	}
	picked := x.spread(cands, shown, f, max)
	out := make([]mailer.Story, len(picked))
	arts := make([]int, len(picked))
	for n, k := range picked {
		arts[n] = shown[k]
		out[n] = x.story(shown[k], f.Topics, cat)
	}
	return out, x.left(f, arts)
}

// candidates returns, in rank order, the index of the best article of each
// story whose articles f selects.
func (x *weekIndex) candidates(f model.Filter) []int {
	var mark []bool
	if drive := x.driver(f); drive != nil {
		mark = make([]bool, len(x.arts))
		for _, list := range drive {
			for _, i := range list {
				mark[i] = true
			}
		}
	}
	seen := map[int64]bool{}
	var out []int
	for i := range x.arts {
		a := &x.arts[i]
		if (mark != nil && !mark[i]) || seen[storyKey(a)] || !f.MatchesTags(a.Topics, a.Provinces) {
			continue
		}
		seen[storyKey(a)] = true
		out = append(out, i)
	}
	return out
}

// driver returns the index lists whose union holds every article f can
// select, or nil when every article is a candidate.
func (x *weekIndex) driver(f model.Filter) [][]int {
	var lists [][]int
	switch {
	case len(f.Provinces) > 0:
		for _, p := range f.Provinces {
			lists = append(lists, x.byProv[p])
		}
	case len(f.Topics) > 0:
		for _, t := range f.Topics {
			lists = append(lists, x.byTopic[t])
		}
	default:
		return nil
	}
	return lists
}

// heading is article i's section in a digest: its primary topic, or with
// chosen topics the first of its topics the subscriber chose ("" for none).
func (x *weekIndex) heading(i int, chosen []string) string {
	for _, t := range x.arts[i].Topics {
		if len(chosen) == 0 || slices.Contains(chosen, t) {
			return t
		}
	}
	return ""
}

// story converts article i under its heading.
func (x *weekIndex) story(i int, chosen []string, cat *model.Catalog) mailer.Story {
	a := &x.arts[i]
	// Links pass urlpolicy on the way out too: articles stored by older
	// versions were not checked.
	link, _ := urlpolicy.Clean(a.URL)
	img, _ := urlpolicy.Clean(a.ImageURL)
	s := mailer.Story{Title: a.Title, URL: link, Source: a.SourceName, Published: a.PublishedAt,
		ImageURL: img, Summary: a.Summary, ClusterID: strconv.FormatInt(segmentKey(a), 10),
		ClusterSize: x.size[i], TopicSlug: x.heading(i, chosen)}
	if tp, ok := cat.Topic(s.TopicSlug); ok {
		s.TopicLabel = tp.Name
	}
	return s
}

// filterKey is the canonical form of a subscriber's filters: subscribers
// with equal keys get the same digest.
func filterKey(f model.Filter) string {
	return strings.Join(canonical(f.Topics), ",") + "|" + strings.Join(canonical(f.Provinces), ",")
}

func canonical(xs []string) []string {
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}

// labels returns the catalog names of f's topic and province slugs.
func labels(cat *model.Catalog, f model.Filter) (tl, pl []string) {
	for _, t := range canonical(f.Topics) {
		if tp, ok := cat.Topic(t); ok {
			tl = append(tl, tp.Name)
		} else {
			tl = append(tl, t)
		}
	}
	for _, p := range canonical(f.Provinces) {
		if pr, ok := cat.Province(p); ok {
			pl = append(pl, pr.Label())
		} else {
			pl = append(pl, p)
		}
	}
	return tl, pl
}

// lead returns the article that shows the story of article i (its
// segment's best-ranked one f selects): of the segment's articles f
// selects, the one whose title the others share most (vntext.CentralOrder
// over them in rank order, so that a tie, or a story of fewer than three,
// keeps the best-ranked: the newest), among those with an image when any
// has one, as the site's lists show a story. A week's entry is a recap:
// the report that says what the story is about, not the latest reaction
// to it.
func (x *weekIndex) lead(i int, f model.Filter) int {
	var sel []int
	for _, j := range x.bySeg[segmentKey(&x.arts[i])] {
		if a := &x.arts[j]; f.MatchesTags(a.Topics, a.Provinces) {
			sel = append(sel, j)
		}
	}
	titles, withImage := make([]string, len(sel)), make([]bool, len(sel))
	for k, j := range sel {
		titles[k], withImage[k] = x.arts[j].Title, x.arts[j].ImageURL != ""
	}
	if k := vntext.CentralPreferred(titles, withImage); k >= 0 {
		return sel[k]
	}
	return i
}
