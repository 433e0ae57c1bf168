package ingest

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"strings"

	"github.com/mmcdole/gofeed"

	"bantin/internal/vntext"
)

// normVersion names the normalisation rules (item, sanitize, caps). A raw
// hash covers it, so that when a release changes those rules, items seen
// again are normalised again rather than skipped as unchanged. Bump it with
// any change to what item() makes of the same upstream item.
const normVersion = "n1"

// KnownFunc returns, for the keys of a feed's items, the raw hash
// (model.Article.RawHash) each was last stored with ("" for an article
// stored without one); keys never stored are absent. An error fails the
// parse.
type KnownFunc func(keys []string) (map[string]string, error)

// rawItem is an upstream item with the identity it will be stored under
// and the fingerprint of its upstream fields.
type rawItem struct {
	it  *gofeed.Item
	key string // "" when the item cannot be identified
	raw string
}

// identify returns it's key as item and Limits.apply would give it ("" when
// it has neither a usable link nor a guid) and its raw hash: what the
// source's feed said of it, as gofeed read it, plus everything of the feed
// and the parser that its normalisation depends on. Computing both costs a
// small part of normalising the item.
func (p *Parser) identify(it *gofeed.Item, fc *feedCtx) rawItem {
	r := rawItem{it: it}
	guid := strings.TrimSpace(vntext.Normalize(it.GUID))
	guid, link := p.limits.capIdentity(guid, itemLink(it, guid, fc.base))
	if link != "" || guid != "" {
		r.key = articleKey(guid, link)
	}
	h := sha256.New()
	fields := []string{normVersion, fc.baseString(), fc.zone.String(), fc.home,
		it.Title, it.Description, it.Content, it.Link, it.GUID, it.Published, it.Updated}
	fields = append(fields, it.Links...)
	fields = append(fields, it.Categories...)
	for _, a := range it.Authors {
		if a != nil {
			fields = append(fields, "author", a.Name, a.Email)
		}
	}
	for _, e := range it.Enclosures {
		if e != nil {
			fields = append(fields, "enclosure", e.URL, e.Type)
		}
	}
	if it.Image != nil {
		fields = append(fields, "image", it.Image.URL)
	}
	for _, name := range [...]string{"content", "thumbnail"} {
		for _, m := range it.Extensions["media"][name] {
			fields = append(fields, name, m.Attrs["url"], m.Attrs["medium"])
		}
	}
	writeFields(h, fields)
	writeFields(h, []string{limitsKey(p.limits)})
	r.raw = hex.EncodeToString(h.Sum(nil)[:16])
	return r
}

// writeFields writes each field with its length first, so that no two
// lists of fields write the same bytes.
func writeFields(h hash.Hash, fields []string) {
	var n [binary.MaxVarintLen64]byte
	for _, f := range fields {
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(f)))])
		h.Write([]byte(f))
	}
}

// limitsKey spells the caps items are cut to.
func limitsKey(l Limits) string {
	var b []byte
	for _, v := range [...]int{l.TitleChars, l.AuthorChars, l.URLBytes, l.GUIDBytes, l.ContentBytes} {
		b = binary.AppendUvarint(b, uint64(v))
	}
	return string(b)
}

// baseString is the feed's base URL, "" when it has none.
func (fc *feedCtx) baseString() string {
	if fc.base == nil {
		return ""
	}
	return fc.base.String()
}
