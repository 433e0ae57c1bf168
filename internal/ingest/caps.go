package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"bantin/internal/model"
)

// Default caps of Limits fields left zero.
const (
	DefaultMaxTitleChars   = 500
	DefaultMaxAuthorChars  = 200
	DefaultMaxURLBytes     = 2048
	DefaultMaxGUIDBytes    = 1024
	DefaultMaxContentBytes = 256 << 10
)

// SkipLongLink counts items whose only identity, a link, is over the URL
// cap (Feed.Skipped).
const SkipLongLink = "link longer than the URL cap and no guid"

// TruncatedNote closes an article body cut at Limits.ContentBytes.
const TruncatedNote = `<p><em>… (Bài viết quá dài, đã được rút gọn. Đọc toàn bài tại nguồn.)</em></p>`

// Limits cap what one upstream item may store (BANTIN_MAX_*). Zero fields
// take the defaults above.
type Limits struct {
	TitleChars   int // title, in characters: cut at a word with "…"
	AuthorChars  int // author, in characters: cut at a word with "…"
	URLBytes     int // link and image URL: a longer one is dropped (a cut URL is a broken link)
	GUIDBytes    int // guid: a longer one keeps a prefix and its SHA-256, so it stays stable and unique
	ContentBytes int // sanitised body: cut between tags, open elements closed, TruncatedNote added
}

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.TitleChars, DefaultMaxTitleChars)
	def(&l.AuthorChars, DefaultMaxAuthorChars)
	def(&l.URLBytes, DefaultMaxURLBytes)
	def(&l.GUIDBytes, DefaultMaxGUIDBytes)
	def(&l.ContentBytes, DefaultMaxContentBytes)
	return l
}

// apply caps a's fields and, when its identity or visible text changed,
// recomputes its key and content hash. It returns false when the item can
// no longer be identified (its only identity was an over-long link).
func (l Limits) apply(a *model.Article) bool {
	guid, link := a.GUID, a.URL
	a.GUID, a.URL = l.capIdentity(a.GUID, a.URL)
	if len(a.ImageURL) > l.URLBytes {
		a.ImageURL = ""
	}
	if a.URL == "" && a.GUID == "" {
		return false
	}
	title, author, content := a.Title, a.Author, a.ContentHTML
	a.Title = truncateWords(a.Title, l.TitleChars)
	a.Author = truncateWords(a.Author, l.AuthorChars)
	if len(a.ContentHTML) > l.ContentBytes {
		a.ContentHTML = truncateHTML(a.ContentHTML, l.ContentBytes-len(TruncatedNote)) + TruncatedNote
	}
	if a.GUID != guid || a.URL != link {
		a.Key = articleKey(a.GUID, a.URL)
		if a.URL == "" {
			a.Link = ""
		}
	}
	if a.Title != title || a.Author != author || a.ContentHTML != content {
		a.ContentHash = contentHash(nil, a.Title, a.Summary, a.ContentHTML)
	}
	return true
}

// capIdentity returns an item's guid and link as stored: a link over the
// URL cap is dropped (""), a guid over the GUID cap keeps a prefix and its
// SHA-256.
func (l Limits) capIdentity(guid, link string) (string, string) {
	if len(link) > l.URLBytes {
		link = ""
	}
	if len(guid) > l.GUIDBytes {
		sum := sha256.Sum256([]byte(guid))
		guid = strings.ToValidUTF8(guid[:l.GUIDBytes-65], "") + "#" + hex.EncodeToString(sum[:])
	}
	return guid, link
}

// voidElements have no end tag.
var voidElements = map[string]bool{"area": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// truncateHTML returns sanitised HTML s cut to at most n bytes, end tags
// included: the cut falls between tags and never inside a tag, an entity
// or a UTF-8 sequence, and the elements open there are closed.
func truncateHTML(s string, n int) string {
	var open []string
	closing := 0 // bytes of the end tags the open elements need
	cut := 0
	for i := 0; i < len(s); {
		if s[i] == '<' {
			if t := nextTag(s, i); t.end > i {
				next, grow := open, 0
				switch {
				case t.name == "" || voidElements[t.name] || strings.HasSuffix(s[i:t.end], "/>"):
				case t.closing:
					if k := lastIndex(open, t.name); k >= 0 {
						for _, name := range open[k:] {
							grow -= len(name) + 3
						}
						next = open[:k]
					}
				default:
					// In place: open keeps its length if the tag does
					// not fit, and copying the stack for every start tag
					// made deep nesting quadratic.
					next = append(open, t.name)
					grow = len(t.name) + 3
				}
				if t.end+closing+grow > n {
					break
				}
				open, i, cut, closing = next, t.end, t.end, closing+grow
				continue
			}
		}
		j := i + 1
		for j < len(s) && s[j] != '<' {
			j++
		}
		if j+closing > n { // the text runs past the cap: cut it at a safe point
			cut = safeCut(s, i, max(i, n-closing))
			break
		}
		i, cut = j, j
	}
	var b strings.Builder
	b.WriteString(strings.TrimRightFunc(s[:cut], unicode.IsSpace))
	for k := len(open) - 1; k >= 0; k-- {
		b.WriteString("</" + open[k] + ">")
	}
	return b.String()
}

// safeCut returns an index in [from, n] of text s where cutting splits
// neither an entity (&…;) nor a UTF-8 sequence.
func safeCut(s string, from, n int) int {
	c := n
	for c > from && c < len(s) && s[c]&0xC0 == 0x80 {
		c--
	}
	if amp := strings.LastIndexByte(s[from:c], '&'); amp >= 0 && !strings.Contains(s[from+amp:c], ";") {
		c = from + amp
	}
	return c
}

func lastIndex(xs []string, x string) int {
	for k := len(xs) - 1; k >= 0; k-- {
		if xs[k] == x {
			return k
		}
	}
	return -1
}
