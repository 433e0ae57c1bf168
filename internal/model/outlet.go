package model

import "strconv"

// OutletKey is what a story counts as one outlet ("N nguồn"): the
// article's outlet (Article.Outlet), or its own source when it has none, so
// that an outlet's several feeds (a latest-news feed and its section feeds)
// count once, and articles whose links name no outlet count per source.
func OutletKey(outlet string, sourceID int64) string {
	if outlet != "" {
		return outlet
	}
	return "source:" + strconv.FormatInt(sourceID, 10)
}

// RepeatKey identifies one published piece whichever of an outlet's feeds
// carried it: its link and its title. It is "" for an article without a
// link, which is never taken for a repeat.
func RepeatKey(url, title string) string {
	if url == "" {
		return ""
	}
	return url + "\x00" + title
}

// DropRepeats returns arts without the repeats of an article (the same
// RepeatKey, as when an outlet's latest-news feed and a section feed both
// carry it): of each piece it keeps the copy stored first (the lowest id),
// at the place of the first copy in arts. It reorders nothing else and
// reuses arts' backing array.
func DropRepeats(arts []Article) []Article {
	return DropRepeatsFunc(arts, func(a *Article) (int64, string) { return a.ID, RepeatKey(a.URL, a.Title) })
}

// DropRepeatsFunc is DropRepeats for any slice: of reports the id and the
// RepeatKey of an element.
func DropRepeatsFunc[T any](xs []T, of func(*T) (int64, string)) []T {
	seen := make(map[string]int, len(xs))
	out := xs[:0]
	for i := range xs {
		x := xs[i]
		id, k := of(&x)
		if j, ok := seen[k]; ok && k != "" {
			if oid, _ := of(&out[j]); id < oid {
				out[j] = x
			}
			continue
		}
		if k != "" {
			seen[k] = len(out)
		}
		out = append(out, x)
	}
	return out
}
