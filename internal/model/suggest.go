package model

import "strings"

// provinceGuesses are slugs people write for a province that are not its
// slug: the short forms of the two big cities' names.
var provinceGuesses = map[string]string{
	"hcm": "ho-chi-minh", "tphcm": "ho-chi-minh", "sai-gon": "ho-chi-minh", "saigon": "ho-chi-minh",
	"hn": "ha-noi", "tphn": "ha-noi",
}

// suggestProvince returns the province slug that slug most likely means
// (an ASCII guess from the name as pages show it: "tp-ho-chi-minh" for
// "TP. Hồ Chí Minh", "thanh-pho-da-nang", "tinh-nghe-an", "hanoi", "tp-hcm"),
// or "" when it means none. former accepts former provinces' slugs;
// without it a former province suggests the one it was merged into.
func (c *Catalog) suggestProvince(slug string, former bool) string {
	s := strings.Trim(strings.ToLower(slug), "-/ ")
	for _, prefix := range []string{"thanh-pho-", "tp-", "tp.", "tinh-"} {
		s = strings.TrimPrefix(s, prefix)
	}
	if g, ok := provinceGuesses[s]; ok {
		return g
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
// same words without or with other dashes: "xaydungdang"), or "".
func (c *Catalog) suggestTopic(slug string) string {
	bare := strings.ReplaceAll(strings.Trim(strings.ToLower(slug), "-/ "), "-", "")
	for _, t := range c.topics {
		if strings.ReplaceAll(t.Slug, "-", "") == bare {
			return t.Slug
		}
	}
	return ""
}
