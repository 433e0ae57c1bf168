package feeds

import (
	"encoding/json"
	"io"
	"time"

	gf "github.com/gorilla/feeds"
)

// jsonFeedVersion is the JSON Feed version URL written in every document.
const jsonFeedVersion = "https://jsonfeed.org/version/1.1"

// jsonFeed shadows gorilla's Items, whose omitempty drops "items" from an
// empty feed although JSON Feed requires it.
type jsonFeed struct {
	gf.JSONFeed
	Items []jsonItem `json:"items"`
}

// jsonItem shadows gorilla's ContentHTML so that content_html is always
// present, and adds the _bantin extension. gorilla's mis-tagged BannerImage
// ("banner_") and Attachments (size instead of size_in_bytes) are never set.
type jsonItem struct {
	gf.JSONItem
	ContentHTML string   `json:"content_html"`
	Bantin      *jsonExt `json:"_bantin,omitempty"`
}

// jsonExt is the "_bantin" extension object: what tags alone cannot carry.
type jsonExt struct {
	Source     *jsonSource    `json:"source,omitempty"`
	Categories []jsonCategory `json:"categories,omitempty"`
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

// writeJSON renders f as compact JSON Feed 1.1 (indenting doubles the cost),
// HTML left unescaped (JSON needs no \u003c), ending in a newline.
func writeJSON(w io.Writer, f *Feed) error {
	doc := jsonFeed{
		JSONFeed: gf.JSONFeed{
			Version:     jsonFeedVersion,
			Title:       f.Title,
			Language:    f.lang(),
			HomePageUrl: f.HomeURL,
			FeedUrl:     f.SelfURL,
			Description: f.Description,
			Icon:        f.IconURL,
		},
		Items: jsonItems(f.Items),
	}
	if f.HubURL != "" {
		doc.Hubs = []*gf.JSONHub{{Type: "WebSub", Url: f.HubURL}}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(&doc)
}

// jsonItems converts items. Tags are the category labels (terms when a
// category has no label); terms, labels and schemes are all in _bantin.
func jsonItems(items []Item) []jsonItem {
	out := make([]jsonItem, len(items))
	times := make([]time.Time, 2*len(items))
	authors := make([]gf.JSONAuthor, len(items))
	authorPtrs := make([]*gf.JSONAuthor, len(items))
	exts := make([]jsonExt, len(items))
	n := countCategories(items)
	tags := make([]string, 0, n)
	cats := make([]jsonCategory, 0, n)
	for i := range items {
		it, o := &items[i], &out[i]
		o.Id = it.id()
		o.Url = it.URL
		o.Title = it.Title
		o.Summary = it.Summary
		o.Image = it.ImageURL
		o.ContentHTML = it.contentHTML()
		o.PublishedDate = timePtr(&times[2*i], it.published())
		o.ModifiedDate = timePtr(&times[2*i+1], it.updated())
		if name := firstNonEmpty(it.author(), it.AuthorEmail); name != "" {
			authors[i] = gf.JSONAuthor{Name: name}
			if it.AuthorEmail != "" {
				authors[i].Url = "mailto:" + it.AuthorEmail
			}
			authorPtrs[i] = &authors[i]
			o.Authors = authorPtrs[i : i+1 : i+1]
		}
		start := len(tags)
		for _, c := range it.Categories {
			tags = append(tags, c.name())
			cats = append(cats, jsonCategory(c))
		}
		o.Tags = tags[start:len(tags):len(tags)]
		ext := &exts[i]
		ext.Categories = cats[start:len(cats):len(cats)]
		if it.SourceName != "" || it.SourceURL != "" {
			ext.Source = &jsonSource{Name: it.SourceName, URL: it.SourceURL}
		}
		if ext.Source != nil || len(ext.Categories) > 0 {
			o.Bantin = ext
		}
	}
	return out
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
