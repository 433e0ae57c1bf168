package ingest

import (
	"net/url"
	"strings"
	"time"
)

// minOutletIDDigits is the shortest trailing number read as an outlet's
// article id: VnExpress's have 7 digits, Tuổi Trẻ's and Thanh Niên's 14 to 18.
const minOutletIDDigits = 7

// RetitleMatch says how to find an article stored under another link of the
// same upstream article: many Vietnamese outlets end an article's link with
// its id ("…/tieu-de-5072227.html") and, when an editor rewrites the title,
// rewrite the words before it, so the feed lists the article again under a
// new link. A stored article of the same source whose key starts with
// Prefix, ends with Suffix and whose publication time is near (see
// store.RetitleWindow: outlets re-date what they rewrite) is that article;
// its key may also end in the id followed by a live marker (see Suffixes).
type RetitleMatch struct {
	Prefix, Suffix string
}

// liveMarkers are the words an outlet puts after an article's id in the
// link of the article's live page: VnExpress covers a match or an event at
// "…-5106603-tong-thuat.html" and lists the same article, as it was before
// the live coverage or after it, at "…-5106603.html" (on the news corpus's
// training days, 99 of the 103 ids it served as live pages were listed
// under both links: testdata/retitle/livepages.jsonl).
var liveMarkers = [...]string{"-tong-thuat"}

// Suffixes returns every ending of a link of m's article: Suffix, then the
// id followed by each live marker and the extension ("-5106603.html",
// "-5106603-tong-thuat.html"). None holds a character LIKE reads as a
// wildcard. A Suffix without an extension (never one of RetitleMatchOf's)
// has no live page's.
func (m RetitleMatch) Suffixes() []string {
	dot := strings.LastIndexByte(m.Suffix, '.')
	out := []string{m.Suffix}
	if dot < 0 {
		return out
	}
	for _, mk := range liveMarkers {
		out = append(out, m.Suffix[:dot]+mk+m.Suffix[dot:])
	}
	return out
}

// RetitleMatchOf returns how to find key's article under another link, and
// false when key is not an "url:" key whose link is http(s), has no query,
// and whose last path segment ends in "-" followed by at least seven digits
// (not an eight-digit date, which names a day's page rather than an article)
// and ".htm" or ".html", or by that id, a live marker and the extension.
// Prefix is the key up to the host's "/", Suffix the "-" with the id and the
// extension, without the marker: a live page and its article match alike.
func RetitleMatchOf(key string) (RetitleMatch, bool) {
	link, ok := strings.CutPrefix(key, "url:")
	if !ok {
		return RetitleMatch{}, false
	}
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.ForceQuery {
		return RetitleMatch{}, false
	}
	seg := u.EscapedPath()[strings.LastIndexByte(u.EscapedPath(), '/')+1:]
	stem, ext, ok := cutExtension(seg)
	if !ok {
		return RetitleMatch{}, false
	}
	for _, mk := range liveMarkers {
		if s, ok := strings.CutSuffix(stem, mk); ok {
			stem = s
			break
		}
	}
	dash := strings.LastIndexByte(stem, '-')
	id := stem[dash+1:]
	if dash <= 0 || len(id) < minOutletIDDigits || strings.Trim(id, "0123456789") != "" || isDateNumber(id) {
		return RetitleMatch{}, false
	}
	return RetitleMatch{Prefix: "url:" + u.Scheme + "://" + u.Host + "/", Suffix: "-" + id + ext}, true
}

// cutExtension splits ".htm" or ".html" off seg.
func cutExtension(seg string) (stem, ext string, ok bool) {
	for _, ext := range [...]string{".html", ".htm"} {
		if stem, ok := strings.CutSuffix(seg, ext); ok {
			return stem, ext, true
		}
	}
	return "", "", false
}

// isDateNumber reports an eight-digit YYYYMMDD date.
func isDateNumber(id string) bool {
	if len(id) != 8 {
		return false
	}
	_, err := time.Parse("20060102", id)
	return err == nil
}
