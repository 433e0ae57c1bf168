package model

import (
	"strings"

	"bantin/internal/vntext"
)

// provinceGuesses are slugs people write for a province that are not its
// slug: the short forms of the two big cities' names, and those of two
// provinces' double names (Bà Rịa – Vũng Tàu by its best-known city or its
// initials, as the search's place aliases know them; Thừa Thiên Huế). A
// guess that is a former province is answered as one (suggestProvince).
var provinceGuesses = map[string]string{
	"hcm": "ho-chi-minh", "tphcm": "ho-chi-minh", "sai-gon": "ho-chi-minh", "saigon": "ho-chi-minh",
	"hn": "ha-noi", "tphn": "ha-noi",
	"vung-tau": "ba-ria-vung-tau", "vungtau": "ba-ria-vung-tau", "brvt": "ba-ria-vung-tau", "br-vt": "ba-ria-vung-tau",
	"tt-hue": "thua-thien-hue", "tth": "thua-thien-hue",
}

// slugKey is slug as a slug would be written from it: folded (no case,
// no diacritics, đ as d: "hà-nội", "Đà Nẵng"), its words joined by single
// dashes, without a leading "thành phố", "TP." or "tỉnh".
func slugKey(slug string) string {
	words := strings.FieldsFunc(vntext.Fold(slug), func(r rune) bool { return r == '-' || r == ' ' || r == '_' || r == '/' })
	s := strings.Join(words, "-")
	for _, prefix := range []string{"thanh-pho-", "tp-", "tp.", "tinh-"} {
		s = strings.TrimPrefix(s, prefix)
	}
	return strings.Trim(s, "-")
}

// suggestProvince returns the province slug that slug most likely means
// (a guess from the name as pages show it, see slugKey: "tp-ho-chi-minh"
// for "TP. Hồ Chí Minh", "thanh-pho-da-nang", "tinh-nghe-an", "hanoi",
// "tp-hcm", "hà-nội"), or "" when it means none. former accepts former
// provinces' slugs; without it a former province suggests the one it was
// merged into.
func (c *Catalog) suggestProvince(slug string, former bool) string {
	s := slugKey(slug)
	if g, ok := provinceGuesses[s]; ok {
		s = g
	}
	bare := strings.ReplaceAll(s, "-", "")
	for _, p := range c.provinces {
		switch {
		case strings.ReplaceAll(p.Slug, "-", "") != bare:
		case former || !p.Legacy():
			return p.Slug
		default: // a former province where only current ones are valid
			return p.Successor
		}
	}
	return ""
}

// suggestTopic returns the topic slug that slug most likely means (the
// same words without or with other dashes, or with diacritics:
// "xaydungdang", "thể-thao"; or the topic's name as pages show it, whole or
// one side of its dash: "thoi-su" and "Thời sự – Xã hội" for xa-hoi,
// "suc-khoe" for y-te), or "".
func (c *Catalog) suggestTopic(slug string) string {
	bare := strings.ReplaceAll(slugKey(slug), "-", "")
	for _, t := range c.topics {
		names := append([]string{t.Slug, t.Name}, strings.Split(t.Name, "–")...)
		for _, n := range names {
			if strings.ReplaceAll(slugKey(n), "-", "") == bare {
				return t.Slug
			}
		}
	}
	return ""
}
