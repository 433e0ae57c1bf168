package classify

import (
	"slices"
	"strings"
)

// A person's whole address (issue 9, real news; i9prov12): "Bàn Văn H.
// (35 tuổi, trú thôn Lung Luề, xã Tri Phú, tỉnh Tuyên Quang)" in a story
// whose title puts it in Hải Phòng. The province at the end of the
// parenthesis is a home (residence: ctxHome, counted only when no other
// place is named), and so are the commune, ward or former district named
// before it in the same parenthesis: they are the same address, not
// another place of the story. Without this the commune, a plain mention,
// made the home's province "named" and kept it.

// addressHomes makes every kept place mention that lies inside the
// parenthesis of a residence home (a ctxHome whose context is a residence
// verb, set by drop through residence) and before it a home too, when the
// story names a place outside the addresses. A story of homes alone keeps
// its mentions as they were: "A (43 tuổi, ngụ xã Hậu Nghĩa, Tây Ninh) đánh
// ông H. (64 tuổi, ngụ TP.HCM)" does not say where, and turning the
// commune into a home would only add the second home.
func addressHomes(toks []token, ms []mention) {
	var in []int // the mentions inside an address, before its home
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.effect != ctxHome || !residenceVerbs[strings.ToLower(mt.context)] {
			continue
		}
		open := parenOpen(toks, mt.start)
		for k := i - 1; open >= 0 && k >= 0 && ms[k].start >= open; k-- {
			if p := &ms[k]; p.dropped == "" && (p.effect == 0 || p.effect == ctxStrong) {
				in = append(in, k)
			}
		}
	}
	if len(in) == 0 || !keptOutside(ms, in) {
		return
	}
	for _, k := range in {
		ms[k].effect, ms[k].context = ctxHome, homeOf(ms, k)
	}
}

// keptOutside reports a kept mention that places the story (not a home,
// a wire dateline or a route's end) and is not one of in.
func keptOutside(ms []mention, in []int) bool {
	for i := range ms {
		e := ms[i].effect
		if ms[i].dropped == "" && e != ctxHome && e != ctxWire && e != ctxRoute && !slices.Contains(in, i) {
			return true
		}
	}
	return false
}

// homeOf returns the residence verb of the first home after ms[k].
func homeOf(ms []mention, k int) string {
	for i := k + 1; i < len(ms); i++ {
		if ms[i].effect == ctxHome {
			return ms[i].context
		}
	}
	return ""
}

// parenOpen returns the index of the token that opens the parenthesis
// holding toks[i] (the first token after "("), looking back at most 16
// tokens within the sentence; -1 if there is none or it was closed.
func parenOpen(toks []token, i int) int {
	for j := i; j >= 0 && j > i-16; j-- {
		g := toks[j].gap
		if strings.Contains(g, ")") || toks[j].first && !strings.Contains(g, "(") {
			return -1
		}
		if strings.Contains(g, "(") {
			return j
		}
	}
	return -1
}

// homeCue reports whether toks refer to an unnamed home province.
func (m *provMatcher) homeCue(toks []token) bool {
	for i := 0; i < len(toks); i++ {
		if sp, ok := m.home.longest(toks, i, func(span) bool { return true }); ok {
			if !strings.HasPrefix(homeCues[sp.p.rule], "!") {
				return true
			}
			i = sp.end - 1
		}
	}
	return false
}
