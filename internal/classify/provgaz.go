package classify

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"

	"bantin/internal/vntext"
)

// gazetteerTSV lists the communes, wards and special zones since July 2025
// and the former districts, towns and provincial cities, with the current
// province holding each and the dissolved province it lay in (see the
// file's header for the source; cmd/bantin-corpus rebuilds it).
//
//go:embed gazetteer.tsv
var gazetteerTSV string

// gazCand is one unit a gazetteer name may stand for.
type gazCand struct {
	province, legacy string // current slug; dissolved slug or ""
}

// adminWords are the words that name a unit's kind before its name, by the
// gazetteer's kind: "xã Chợ Đồn", "huyện Chợ Đồn (cũ)", "TP. Tuy Hòa", and
// the abbreviations of addresses, "P.Bến Thành", "Q.1 cũ".
var adminWords = map[string][]string{
	"xa": {"xã", "xã đảo"}, "phuong": {"phường", "P"}, "dac-khu": {"đặc khu"},
	"huyen": {"huyện"}, "quan": {"quận", "Q"}, "thi-xa": {"thị xã", "TX"},
	"thanh-pho": {"thành phố", "TP"},
}

// formerKinds are the kinds whose names may also match without their
// administrative word, when the name is unambiguous (see gazetteerEntries).
var formerKinds = map[string]bool{"huyen": true, "quan": true, "thi-xa": true, "thanh-pho": true}

// gazetteerEntries turns the gazetteer into place entries: one per
// administrative word and name ("xã Bình Thuận"), standing for every unit
// of that kind and name (several candidates: the text or the source must
// say which), and one bare entry per former district, town or city whose
// name is unambiguous (every unit of that name lies in one place), has two
// syllables or more, does not start with a surname and is not listed
// already (known). It fails on a malformed line.
func gazetteerEntries(known map[string]bool) ([]placeRule, error) {
	type key struct{ admin, name string }
	byPhrase := map[key][]gazCand{}
	var order []key
	byName := map[string]map[gazCand]bool{}
	written := map[string]string{} // name key → the name as the file writes it
	former := map[string]bool{}
	for n, line := range strings.Split(gazetteerTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || adminWords[f[0]] == nil || f[1] == "" || f[2] == "" {
			return nil, fmt.Errorf("gazetteer.tsv line %d: want kind, name, province, legacy", n+1)
		}
		c := gazCand{province: f[2], legacy: f[3]}
		name := vntext.Key(f[1])
		for _, w := range adminWords[f[0]] {
			for _, spelt := range gazSpellings(f[1]) {
				k := key{w, spelt}
				if _, ok := byPhrase[k]; !ok {
					order = append(order, k)
				}
				byPhrase[k] = appendCand(byPhrase[k], c)
			}
		}
		if byName[name] == nil {
			byName[name] = map[gazCand]bool{}
		}
		byName[name][c] = true
		written[name] = f[1]
		if formerKinds[f[0]] {
			former[f[1]] = true
		}
	}
	var out []placeRule
	bare := map[string]bool{} // keys of the bare entries below
	for _, k := range order {
		out = append(out, placeRule{placeEntry: placeEntry{Text: k.admin + " " + k.name, Kind: kindPlace},
			Admin: len(strings.Fields(k.admin)), Cands: byPhrase[k]})
	}
	for _, name := range slices.Sorted(maps.Keys(former)) {
		cands := byName[vntext.Key(name)]
		syl := strings.Fields(name)
		if len(cands) != 1 || len(syl) < 2 || known[vntext.Key(name)] || isSurname(syl[0]) {
			continue
		}
		for c := range cands {
			out = append(out, placeRule{placeEntry: placeEntry{Text: name, Kind: kindPlace, Flags: flagAmbiguous | flagNoFold},
				Cands: []gazCand{c}})
		}
		bare[vntext.Key(name)] = true
	}
	return append(out, shadowing(byName, written, bare, known)...), nil
}

// shadowing returns a bare entry for each unit's name that ends with the
// bare name of a former district lying in other provinces, so that the
// longer name is read whole: "Tân Sơn Hòa" (a ward of TP.HCM) holds "Sơn
// Hòa" (a former district of Phú Yên). The entry stands for the units of
// the longer name; when several share it, the text or the source must say
// which, as for any shared name.
func shadowing(byName map[string]map[gazCand]bool, written map[string]string, bare, known map[string]bool) []placeRule {
	var out []placeRule
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		syl := strings.Fields(name)
		if known[name] || bare[name] {
			continue
		}
		for k := 1; k+2 <= len(syl); k++ {
			tail := strings.Join(syl[k:], " ")
			if !bare[tail] || shareProvince(byName[name], byName[tail]) {
				continue
			}
			out = append(out, placeRule{placeEntry: placeEntry{Text: written[name], Kind: kindPlace, Flags: flagAmbiguous | flagNoFold},
				Cands: slices.SortedFunc(maps.Keys(byName[name]), func(a, b gazCand) int { return strings.Compare(a.province+a.legacy, b.province+b.legacy) })})
			break
		}
	}
	return out
}

// shareProvince reports a current province two sets of units have in common.
func shareProvince(a, b map[gazCand]bool) bool {
	for x := range a {
		for y := range b {
			if x.province == y.province {
				return true
			}
		}
	}
	return false
}

func appendCand(cs []gazCand, c gazCand) []gazCand {
	for _, x := range cs {
		if x == c {
			return cs
		}
	}
	return append(cs, c)
}

func isSurname(s string) bool {
	k := vntext.Key(s)
	for _, x := range surnames {
		if vntext.Key(x.Name) == k {
			return true
		}
	}
	return false
}
