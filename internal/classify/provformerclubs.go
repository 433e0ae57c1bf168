package classify

import (
	"strings"

	"bantin/internal/model"
)

// formerClubs refuses, in a story whose primary topic is sport, a dissolved
// province's own name written bare: no place word before it ("tỉnh", "tại",
// "ở"), no "(cũ)" after it and not in parentheses after a venue. Clubs keep
// the names the provinces lost ("cho Nam Định hưởng phạt đền", "đội áp chót
// Long An cầm hòa 0-0"), and a sports story that is about the former
// province's territory says so with a place word or a place inside it
// ("sân Thiên Trường", "tại Nam Định"), which still counts, as does a
// venue named after it ("trên sân Bình Dương", "nhà thi đấu Hà Nam",
// "Royal Long An Golf"). Run before
// sportsTeams, whose sameClub then refuses the club's other plain mentions.
func (m *provMatcher) formerClubs(toks []token, ms []mention, topics []model.TopicTag) {
	if len(topics) == 0 || topics[0].Topic != "the-thao" {
		return
	}
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.effect != 0 || mt.legacy == "" || mt.rule == nil ||
			mt.rule.Kind != kindName && mt.rule.Kind != kindAlias || mt.rule.legacy == "" {
			continue
		}
		if m.legacyAt(toks, mt.end) || strings.Contains(toks[mt.start].gap, "(") || venueNear(toks, mt.start, mt.end) {
			continue
		}
		mt.dropped, mt.team = "a former province's name in a sports story: its club", true
	}
}

// venueNear reports a ground's word within the three words before tokens
// [i, j) ("sân", "sân nhà", "SVĐ", "nhà thi đấu", "thành phố mới") or
// "Golf" right after: the place names a venue, not a club.
func venueNear(toks []token, i, j int) bool {
	if j < len(toks) && !toks[j].first && strings.EqualFold(toks[j].text, "Golf") {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3 && joinable(toks, k+1); k-- {
		if wordIs(toks, k, "san", "sân") || toks[k].text == "SVĐ" || arenaBefore(toks, k) ||
			wordIs(toks, k, "moi", "mới") && k > 0 && wordIs(toks, k-1, "pho", "phố") {
			return true
		}
	}
	return false
}
