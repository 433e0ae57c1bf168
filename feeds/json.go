package feeds

import (
	"encoding/json"
	"io"
	"time"

	gf "github.com/gorilla/feeds"
)

// jsonFeedVersion is the JSON Feed version URL written in every document.
const jsonFeedVersion = "https://jsonfeed.org/version/1.1"

// jsonFeed is the JSON Feed 1.1 document, bantin's own: gorilla's
// JSONFeed has the same feed-level keys, but its Items is []*JSONItem with
// omitempty, so it can hold neither bantin's items nor the empty "items"
// array JSON Feed requires. Fields are declared in output order.
type jsonFeed struct {
	Version     string        `json:"version"`
	Title       string        `json:"title"`
	Language    string        `json:"language,omitempty"`
	HomePageURL string        `json:"home_page_url,omitempty"`
	FeedURL     string        `json:"feed_url,omitempty"`
	Description string        `json:"description,omitempty"`
	Icon        string        `json:"icon,omitempty"`
	Favicon     string        `json:"favicon,omitempty"`
	Hubs        []*gf.JSONHub `json:"hubs,omitempty"`
	Items       []jsonItem    `json:"items"`
}

// jsonItem is bantin's own: gorilla's JSONItem omits an empty content_html
// (JSON Feed requires content_html or content_text) and places it before
// summary, has no extension slot, and mis-tags banner_image ("banner_").
// Fields are declared in output order.
type jsonItem struct {
	ID            string           `json:"id"`
	URL           string           `json:"url,omitempty"`
	Title         string           `json:"title,omitempty"`
	Summary       string           `json:"summary,omitempty"`
	Image         string           `json:"image,omitempty"`
	DatePublished *time.Time       `json:"date_published,omitempty"`
	DateModified  *time.Time       `json:"date_modified,omitempty"`
	Authors       []*gf.JSONAuthor `json:"authors,omitempty"`
	Tags          []string         `json:"tags,omitempty"`
	ContentHTML   string           `json:"content_html"`
	Bantin        *jsonExt         `json:"_bantin,omitempty"`
}

// jsonExt is the "_bantin" extension object: what tags alone cannot carry.
type jsonExt struct {
	Source     *jsonSource    `json:"source,omitempty"`
	Categories []jsonCategory `json:"categories,omitempty"`
	Story      *jsonStory     `json:"story,omitempty"`
}

// jsonStory is _bantin.story: the story an item stands for (Item.Story).
type jsonStory struct {
	URL     string `json:"url"`
	Sources int    `json:"sources"`
}

type jsonSource struct {
	Name string `json:"name,omitempty"`
	URL  string `json:"url,omitempty"`
}

type jsonCategory struct {
	Term   string `json:"term"`
	Label  string `json:"label,omitempty"`
	Scheme string `json:"scheme,omitempty"`
}

// encode writes d to w as compact JSON (indenting doubles the cost) with
// HTML left unescaped (JSON needs no \u003c), ending in a newline. Items
// must not be nil ("items" would be null).
func (d *jsonFeed) encode(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(d)
}

// newJSON converts f, already checked, to its JSON Feed 1.1 document.
func newJSON(f *Feed) jsonFeed {
	d := jsonFeed{
		Version:     jsonFeedVersion,
		Title:       f.Title,
		Language:    f.lang(),
		HomePageURL: f.HomeURL,
		FeedURL:     f.SelfURL,
		Description: f.Description,
		Icon:        f.IconURL,
		Favicon:     f.FaviconURL,
		Items:       jsonItems(f.Items),
	}
	if f.HubURL != "" {
		d.Hubs = []*gf.JSONHub{{Type: "WebSub", Url: f.HubURL}}
	}
	return d
}

// jsonItemParts holds what one item's pointer fields point to, so that a
// feed's items cost one allocation for all of them.
type jsonItemParts struct {
	published, modified time.Time
	author              gf.JSONAuthor
	authors             [1]*gf.JSONAuthor
	ext                 jsonExt
	source              jsonSource
	story               jsonStory
}

// jsonItems converts items, never returning nil. Tags are the category labels (terms when a
// category has no label); terms, labels and schemes are all in _bantin.
func jsonItems(items []Item) []jsonItem {
	out := make([]jsonItem, len(items))
	parts := make([]jsonItemParts, len(items))
	n := countCategories(items)
	tags := make([]string, 0, n)
	cats := make([]jsonCategory, 0, n)
	for i := range items {
		it, o, p := &items[i], &out[i], &parts[i]
		o.ID = it.id()
		o.URL = it.URL
		o.Title = it.Title
		o.Summary = it.Summary
		o.Image = it.ImageURL
		o.DatePublished = timePtr(&p.published, it.published())
		o.DateModified = timePtr(&p.modified, it.updated())
		o.Authors = jsonAuthors(it, p)
		o.ContentHTML = it.contentHTML()
		start := len(tags)
		for _, c := range it.Categories {
			tags = append(tags, c.name())
			cats = append(cats, jsonCategory(c))
		}
		o.Tags = tags[start:len(tags):len(tags)]
		p.ext.Categories = cats[start:len(cats):len(cats)]
		if it.SourceName != "" || it.SourceURL != "" {
			p.source = jsonSource{Name: it.SourceName, URL: it.SourceURL}
			p.ext.Source = &p.source
		}
		if it.Story != nil {
			p.story = jsonStory{URL: it.Story.URL, Sources: max(it.Story.Sources, 1)}
			p.ext.Story = &p.story
		}
		if p.ext.Source != nil || len(p.ext.Categories) > 0 || p.ext.Story != nil {
			o.Bantin = &p.ext
		}
	}
	return out
}

// jsonAuthors returns the item's one author, or nil without a name or
// email; an email becomes a mailto: url.
func jsonAuthors(it *Item, p *jsonItemParts) []*gf.JSONAuthor {
	name := firstNonEmpty(it.author(), it.AuthorEmail)
	if name == "" {
		return nil
	}
	p.author = gf.JSONAuthor{Name: name}
	if it.AuthorEmail != "" {
		p.author.Url = "mailto:" + it.AuthorEmail
	}
	p.authors[0] = &p.author
	return p.authors[:]
}

// timePtr stores t, normalised to whole-second UTC, in *slot and returns
// slot, or nil when t is zero.
func timePtr(slot *time.Time, t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	*slot = utc(t)
	return slot
}
