package ingest

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
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
// small part of normalising the item. buf is scratch space, returned for
// the next item.
func (p *Parser) identify(it *gofeed.Item, fc *feedCtx, buf []byte) (rawItem, []byte) {
	r := rawItem{it: it}
	guid := strings.TrimSpace(vntext.Normalize(it.GUID))
	guid, link := p.limits.capIdentity(guid, itemLink(it, guid, fc.base))
	if link != "" || guid != "" {
		r.key = articleKey(guid, link)
	}
	b := appendFields(buf[:0], normVersion, fc.baseString(), fc.zone.String(), fc.home,
		it.Title, it.Description, it.Content, it.Link, it.GUID, it.Published, it.Updated)
	b = appendFields(b, it.Links...)
	b = appendFields(b, it.Categories...)
	for _, a := range it.Authors {
		if a != nil {
			b = appendFields(b, "author", a.Name, a.Email)
		}
	}
	for _, e := range it.Enclosures {
		if e != nil {
			b = appendFields(b, "enclosure", e.URL, e.Type)
		}
	}
	if it.Image != nil {
		b = appendFields(b, "image", it.Image.URL)
	}
	for _, name := range [...]string{"content", "thumbnail"} {
		for _, m := range it.Extensions["media"][name] {
			b = appendFields(b, name, m.Attrs["url"], m.Attrs["medium"])
		}
	}
	b = appendFields(b, limitsKey(p.limits))
	sum := sha256.Sum256(b)
	r.raw = hex.EncodeToString(sum[:16])
	return r, b
}

// appendFields appends each field with its length first, so that no two
// lists of fields give the same bytes.
func appendFields(b []byte, fields ...string) []byte {
	for _, f := range fields {
		b = binary.AppendUvarint(b, uint64(len(f)))
		b = append(b, f...)
	}
	return b
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
