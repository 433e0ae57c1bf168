package classify

import (
	"fmt"
	"strings"

	"bantin/internal/model"
	"bantin/internal/vntext"
)

// The province matcher's words: a place's slug resolved to its current
// unit and legacy name, and phrases as the matcher compares them (keys,
// folded forms).

// resolve returns the current unit for slug and the legacy slug if slug
// names a dissolved province.
func resolve(cat *model.Catalog, slug string) (current, legacy string, err error) {
	p, ok := cat.Province(slug)
	if !ok {
		return "", "", fmt.Errorf("unknown province slug %q", slug)
	}
	if p.Legacy() {
		return p.Successor, p.Slug, nil
	}
	return p.Slug, "", nil
}

// keys returns the key (vntext.Key) of each word of s, normalised.
func keys(s string) []string {
	var out []string
	for _, t := range vntext.Tokens(vntext.Normalize(s)) {
		out = append(out, vntext.Key(t))
	}
	return out
}

// wordSeq is a phrase's words: each word's key and folded form, and
// whether a comma follows it ("tỉnh, thành": see phraseAt).
type wordSeq []phraseWord

type phraseWord struct {
	key, fold string
	comma     bool
}

// phraseKeys returns the words of s.
func phraseKeys(s string) wordSeq {
	var out wordSeq
	for _, w := range strings.Fields(s) {
		k := vntext.Key(strings.TrimSuffix(w, ","))
		out = append(out, phraseWord{key: k, fold: vntext.Fold(k), comma: strings.HasSuffix(w, ",")})
	}
	return out
}

// joinKeys returns the keys ks as one phrase, space-separated.
func joinKeys(ks []string) string { return strings.Join(ks, " ") }
