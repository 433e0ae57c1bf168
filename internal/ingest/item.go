package ingest

import (
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"bantin/internal/model"
	"bantin/internal/urlpolicy"
	"bantin/internal/vntext"
)

// summaryMax is the longest derived summary, in characters.
const summaryMax = 400

// untitledMax is the longest title an untitled item takes from its summary.
const untitledMax = 100

// headline returns title, or for an item without one the start of its
// summary (at most untitledMax characters, cut at a word): pages showed an
// empty, unclickable link and newsboat the last segment of its URL ("3"
// for /d/3.html). An item with neither keeps an empty title.
func headline(title, summary string) string {
	if title != "" {
		return title
	}
	return truncateWords(summary, untitledMax)
}

// itemParts is what an item's article is made of before its document's
// boilerplate is known: its guid and link (ok: at least one of them, so
// that it can be identified), the URL its relative links resolve against,
// its body (normalised HTML), and the text and image of its summary.
type itemParts struct {
	ok                     bool
	guid, link, body, text string
	img                    string
	base                   *url.URL
}

// itemPartsOf reads it's parts: the summary's text is its description's,
// else its content's; its image the description's, else the item's media,
// else the content's.
func itemPartsOf(it *gofeed.Item, fc *feedCtx) itemParts {
	guid := strings.TrimSpace(vntext.Normalize(it.GUID))
	link := itemLink(it, guid, fc.base)
	base, ok := urlpolicy.Parse(link)
	if !ok {
		base = fc.base
	}
	desc := fixEncodedHTML(vntext.Normalize(it.Description))
	body := desc
	if it.Content != "" {
		body = fixEncodedHTML(vntext.Normalize(it.Content))
	}
	text, img := textAndImage(desc, base)
	if img == "" {
		img = itemImage(it, base)
	}
	if (text == "" || img == "") && it.Content != "" {
		bodyText, bodyImg := textAndImage(body, base)
		text, img = firstNonEmpty(text, bodyText), firstNonEmpty(img, bodyImg)
	}
	return itemParts{ok: link != "" || guid != "", guid: guid, link: link, body: body, text: text, img: img, base: base}
}

// item normalises one gofeed item from its parts x (x.ok), its summary and
// body without the boilerplate bp.
func (p *Parser) item(it *gofeed.Item, fc *feedCtx, x itemParts, bp boiler) model.Article {
	a := model.Article{
		GUID:        x.guid,
		URL:         x.link,
		Outlet:      Outlet(x.link),
		Title:       cleanText(it.Title),
		ContentHTML: vntext.DropBidiHTML(bp.stripHTML(p.sanitize(x.body, x.base))),
		Author:      itemAuthor(it),
		ImageURL:    x.img,
		Categories:  categories(it.Categories),
		FetchedAt:   fc.now,
	}
	byAuthor, byDate, rest := p.splitByline(bp.strip(x.text))
	if a.Author == "" {
		a.Author = byAuthor
	}
	a.Summary = truncateWords(collapseSpace(vntext.DropBidi(rest)), summaryMax)
	a.Title = headline(a.Title, a.Summary)
	a.PublishedAt = p.itemDate(it.Published, it.PublishedParsed, byDate, fc)
	a.UpdatedAt = updatedAt(it.Updated, a.PublishedAt, fc)
	// A wrong decoding upstream, or bytes repaired as U+FFFD anywhere in
	// the item (see toUTF8).
	a.Mojibake = vntext.HasMojibake(a.Title) || vntext.HasMojibake(a.Summary) ||
		hasRuneError(a.ContentHTML) || hasRuneError(a.Author)
	a.Key = articleKey(x.guid, x.link)
	if x.link != "" {
		a.Link = CanonicalURL(x.link)
	}
	a.ContentHash = contentHash(&fc.hashBuf, a.Title, a.Summary, a.ContentHTML)
	return a
}

// itemDate picks the published time: the raw string read by parseDate, then
// gofeed's reading of forms parseDate does not know, then a byline date,
// then now. A date more than a day ahead of now becomes now; so does one
// gofeed reads outside the years plausible gives news (1990–2200).
func (p *Parser) itemDate(raw string, parsed *time.Time, byline string, fc *feedCtx) time.Time {
	t, ok := parseDate(raw, fc.zone, fc.dayFirst)
	if !ok && parsed != nil {
		if t, ok = plausible(*parsed); ok {
			p.log.Debug("date read by gofeed", "date", raw)
		}
	}
	if !ok && byline != "" {
		t, ok = parseDate(byline, fc.zone, true)
	}
	if !ok || t.After(fc.now.Add(24*time.Hour)) {
		return fc.now
	}
	return t
}

// updatedAt is the upstream update time when it is readable, later than
// published and not in the future; published otherwise.
func updatedAt(raw string, published time.Time, fc *feedCtx) time.Time {
	if raw == "" {
		return published
	}
	if t, ok := parseDate(raw, fc.zone, fc.dayFirst); ok && t.After(published) && !t.After(fc.now.Add(24*time.Hour)) {
		return t
	}
	return published
}

// splitByline recognises a Vietnamese byline at the start of text ("Linh
// Lan 13:12, 29/12/2022") and returns its author, its date (D/M/Y) and the
// text after it; without one it returns "", "", text.
func (p *Parser) splitByline(text string) (author, date, rest string) {
	if len(text) < 12 || !strings.Contains(text[:min(len(text), 120)], "/") {
		return "", "", text
	}
	m := p.byline.FindStringSubmatchIndex(text[:min(len(text), 120)])
	if m == nil {
		return "", "", text
	}
	return text[m[2]:m[3]], text[m[4]:m[5]] + " " + text[m[6]:m[7]], strings.TrimSpace(text[m[1]:])
}

// itemLink is the item's first link that passes urlpolicy once resolved
// against base: its link, its other links, then a guid that is an
// absolute http(s) URL; "" when none does.
func itemLink(it *gofeed.Item, guid string, base *url.URL) string {
	cands := make([]string, 0, 2+len(it.Links))
	cands = append(cands, it.Link)
	cands = append(cands, it.Links...)
	for _, c := range cands {
		if v, ok := urlpolicy.Resolve(base, c); ok {
			return v
		}
	}
	if v, ok := urlpolicy.Clean(guid); ok {
		return v
	}
	return ""
}

func itemAuthor(it *gofeed.Item) string {
	for _, a := range it.Authors {
		if a == nil {
			continue
		}
		if name := cleanText(a.Name); name != "" {
			return name
		}
		if email := strings.TrimSpace(a.Email); email != "" {
			return email
		}
	}
	return ""
}

// itemImage is the enclosure, media:content/thumbnail or iTunes image
// that passes urlpolicy once resolved against base; "" when none does.
func itemImage(it *gofeed.Item, base *url.URL) string {
	if it.Image != nil {
		if v, ok := urlpolicy.Resolve(base, it.Image.URL); ok {
			return v
		}
	}
	for _, e := range it.Enclosures {
		if e != nil && (strings.HasPrefix(e.Type, "image/") || e.Type == "" && looksLikeImage(e.URL)) {
			if v, ok := urlpolicy.Resolve(base, e.URL); ok {
				return v
			}
		}
	}
	for _, name := range [...]string{"content", "thumbnail"} {
		for _, m := range it.Extensions["media"][name] {
			if u := m.Attrs["url"]; name == "thumbnail" || looksLikeImage(u) || m.Attrs["medium"] == "image" {
				if v, ok := urlpolicy.Resolve(base, u); ok {
					return v
				}
			}
		}
	}
	return ""
}

func looksLikeImage(u string) bool {
	u = strings.ToLower(u)
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	for _, ext := range [...]string{".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"} {
		if strings.HasSuffix(u, ext) {
			return true
		}
	}
	return false
}

// Caps on an item's upstream categories: real feeds give a handful of
// short labels; a hostile one may give a hundred thousand, which would be
// stored with the article and read by the classifier.
const (
	maxCategories     = 32  // distinct categories kept, in feed order
	maxCategoryLength = 200 // bytes; a longer "category" is not a label and is dropped
)

// categories returns the distinct non-empty categories of in, cleaned, at
// most maxCategories of them, each at most maxCategoryLength bytes. Only
// that many are cleaned, however long in is.
func categories(in []string) []string {
	var out []string
	for _, c := range in {
		if len(out) == maxCategories {
			break
		}
		c = cleanText(c)
		if c == "" || len(c) > maxCategoryLength || contains(out, c) {
			continue
		}
		out = append(out, c)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// hasRuneError is strings.ContainsRune(s, utf8.RuneError): whether s holds
// U+FFFD or a byte that is not UTF-8. (ContainsRune reads rune by rune for
// that rune; a substring search and a validation are faster.)
func hasRuneError(s string) bool {
	return strings.Contains(s, string(utf8.RuneError)) || !utf8.ValidString(s)
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
