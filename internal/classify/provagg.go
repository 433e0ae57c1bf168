package classify

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"bantin/internal/model"
)

const (
	homeBoost   = 0.3  // a provincial paper naming its own province
	homePrior   = 0.3  // a provincial paper naming no province at all
	minProvince = 0.15 // tags below this weight are dropped
)

// provAgg collects the kept mentions of one current unit.
type provAgg struct {
	province string
	weight   float64 // 1 - Π(1 - w) over plain mentions
	best     *mention
	legacy   map[string]float64
	weakOnly bool
	plain    bool // has a mention that needs no confirmation
}

// keptPlaces returns the provinces the kept mentions name (not counting
// wire datelines and route ends), after dropping a wire dateline's place
// when the story names another place, and the route ends dropRoutes drops.
func keptPlaces(ms []mention) map[string]bool {
	named := map[string]bool{}
	for i := range ms {
		if ms[i].dropped == "" && ms[i].effect != ctxWire && ms[i].effect != ctxRoute && ms[i].effect != ctxHome && !routeLandmark(ms[i]) {
			named[ms[i].province] = true
		}
	}
	for i := range ms { // a person's home counts only when no other place is named
		if ms[i].effect == ctxHome && ms[i].dropped == "" && len(named) > 0 && !named[ms[i].province] {
			ms[i].dropped = "a person's home (" + ms[i].context + " …); the story names another place"
		}
	}
	for i := range ms { // a wire dateline's place counts only when no other place is named
		if ms[i].effect == ctxWire && ms[i].dropped == "" && len(named) > 0 && !named[ms[i].province] {
			ms[i].dropped = "a wire agency's dateline; the story names another place"
		}
	}
	dropRoutes(ms, named)
	return named
}

// aggregate turns mentions into tags, applying the source's home province as
// a prior. allowPrior is false for stories that are clearly elsewhere.
func aggregate(ms []mention, home source, allowPrior bool) []model.ProvinceTag {
	var aggs []*provAgg
	find := func(p string) *provAgg {
		for _, a := range aggs {
			if a.province == p {
				return a
			}
		}
		a := &provAgg{province: p, weakOnly: true, legacy: map[string]float64{}}
		aggs = append(aggs, a)
		return a
	}
	named := keptPlaces(ms)
	if home.Province != "" {
		named[home.Province] = true
	}
	for i := range ms {
		mt := &ms[i]
		if mt.wardOf != nil {
			mt.resolveShared(named)
		}
		if mt.dropped != "" {
			continue
		}
		a := find(mt.province)
		a.weight = 1 - (1-a.weight)*(1-mt.weight)
		a.weakOnly = a.weakOnly && (mt.effect == ctxWeak || mt.effect == ctxWire)
		a.plain = a.plain || !mt.confirm
		if a.best == nil || mt.weight > a.best.weight {
			a.best = mt
		}
		if mt.legacy != "" {
			a.legacy[mt.legacy] += mt.weight
		}
	}
	var tags []model.ProvinceTag
	for _, a := range aggs {
		if !a.plain {
			continue
		}
		tags = append(tags, a.tags(home)...)
	}
	if len(tags) == 0 && allowPrior && home.Province != "" && !home.Wide {
		tags = append(tags, model.ProvinceTag{Province: home.Province, Legacy: home.Legacy,
			Weight: homePrior, Reason: fmt.Sprintf("home province of the source %s: the text names no place but refers to the local area", home.Host)})
	}
	slices.SortStableFunc(tags, func(a, b model.ProvinceTag) int {
		return cmp.Or(cmp.Compare(b.Weight, a.Weight), cmp.Compare(a.Province, b.Province))
	})
	return tags
}

// resolveShared keeps a mention of a name several units share when exactly
// one of them lies in a province the source or another kept mention names.
func (mt *mention) resolveShared(named map[string]bool) {
	var pick *gazCand
	for i, c := range mt.wardOf {
		if !named[c.province] {
			continue
		}
		if pick != nil && pick.province != c.province {
			return
		}
		pick = &mt.wardOf[i]
	}
	if pick != nil {
		mt.province, mt.legacy, mt.dropped = pick.province, pick.legacy, ""
	}
}

// tags returns the tag of one unit, plus one per further legacy name.
func (a *provAgg) tags(home source) []model.ProvinceTag {
	w, reason := a.weight, a.best.reason()
	if a.weakOnly {
		w = min(w, weakCap)
	} else if home.Province == a.province {
		w = 1 - (1-w)*(1-homeBoost)
		reason += "; home province of the source"
	}
	if w < minProvince {
		return nil
	}
	legs := make([]string, 0, len(a.legacy))
	for l := range a.legacy {
		legs = append(legs, l)
	}
	slices.SortFunc(legs, func(x, y string) int {
		return cmp.Or(cmp.Compare(a.legacy[y], a.legacy[x]), cmp.Compare(x, y))
	})
	t := model.ProvinceTag{Province: a.province, Weight: round2(w), Reason: reason}
	if len(legs) == 0 {
		return []model.ProvinceTag{t}
	}
	out := make([]model.ProvinceTag, 0, len(legs))
	for i, l := range legs {
		t.Legacy = l
		if i > 0 {
			t.Weight = round2(min(w, a.legacy[l]))
			t.Reason = "also names the former province " + l
		}
		out = append(out, t)
	}
	return out
}

// reason renders why a mention tagged its province.
func (mt *mention) reason() string {
	s := fmt.Sprintf("%s: %q", fieldNames[mt.field], mt.text)
	switch {
	case mt.effect == ctxWeak:
		s += " after \"" + mt.context + "\" (điểm cầu: a video-link point, weak local angle)"
	case mt.effect == ctxWire:
		s += " " + mt.context + " (a wire dateline: where the agency filed from, weak)"
	case mt.effect == ctxHome:
		s += " after \"" + mt.context + "\" (a person's home; no other place named)"
	case mt.effect == ctxWard:
		s += " after \"" + mt.context + "\" (a ward of that name, not the former province)"
	case mt.context != "":
		s += " with context \"" + mt.context + "\""
	}
	if mt.rule.Kind == kindPlace {
		s += " (gazetteer)"
	}
	if mt.legacy != "" {
		s += " (former province " + mt.legacy + ")"
	}
	return s
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }
