package classify

import "strings"

// judging is what judge found around one phrase match.
type judging struct {
	toks         []token
	sp           span
	r            *placeRule
	ci           int    // the context phrase before it (contextBefore), or -1
	caps         bool   // written capitalised
	legacyMarked bool   // followed by "(cũ)"
	dateline     bool   // a wire dateline
	org          string // the firm, bank or club word before it, or ""
}

// drop sets mt.dropped (and mt.team for a club) when a rule says the
// match does not place the story, and reports whether one did.
func (m *provMatcher) drop(j judging, mt *mention) bool {
	toks, sp, r := j.toks, j.sp, j.r
	switch {
	case mt.effect == ctxPerson || mt.effect == ctxTitle:
		mt.dropped = "a person's name (" + mt.context + ")"
	case mt.effect == ctxPassing:
		mt.dropped = "a distance, origin or direction (" + mt.context + ")"
	case mt.effect == ctxNamed:
		mt.dropped = "a street, river, firm or club named after the place (" + mt.context + ")"
		mt.team = isClubWord(contextBefore[j.ci].Words)
	case j.org != "":
		mt.dropped = "in the name of a firm, bank or club (" + j.org + " …)"
		mt.team = isClubWord(j.org)
		mt.firm = !mt.team
	case r.Admin == 0 && signature(toks, sp): // "(KCN Phú Mỹ 1, phường Phú Mỹ)" is an address
		if v := residence(toks, sp); v != "" {
			mt.effect, mt.context = ctxHome, v
			return m.dropName(j, mt)
		}
		mt.dropped = "a reader's or speaker's signature (…, " + mt.text + ")"
	case sp.start > 0 && toks[sp.start-1].text == "giờ" && toks[sp.start].gap == " ":
		mt.dropped = "a clock's time zone (giờ " + mt.text + ")" // "3h thứ Năm (giờ Hà Nội)"
	case seaPosition(toks, sp):
		mt.dropped = "a position at sea (" + toks[sp.start-1].text + " " + mt.text + ")"
	case houseNumber(toks, sp.start) && !unitWordAt(toks, sp.start):
		mt.dropped = "a street address (" + toks[sp.start-1].text + " " + mt.text + ")"
	case delegation(toks, sp):
		mt.dropped = "a deputy's delegation (đoàn " + mt.text + ")"
	case m.personHome(toks, sp):
		mt.dropped = "a person's home, after the name (" + mt.text + ")"
	case quotedTitle(toks, sp) && !quotedStatement(toks, sp) && !superlativeBefore(toks, sp.start):
		mt.dropped = "in the quoted title of a work"
	case m.workBefore(toks, sp.start) != "":
		mt.dropped = "in the title of a work (" + m.workBefore(toks, sp.start) + " …)"
	case mt.effect == ctxSimile:
		mt.dropped = "a comparison (" + mt.context + ")"
	case mt.effect != ctxStrong && m.partnerBefore(toks, sp.start):
		mt.dropped = "an event's partner or sponsor (sự đồng hành của …)"
	default:
		return m.dropName(j, mt)
	}
	return true
}

// dropName is drop for the rules that read the match as part of a
// person's name, an outlet or another place's name, or as a name several
// units share.
func (m *provMatcher) dropName(j judging, mt *mention) bool {
	toks, sp, r := j.toks, j.sp, j.r
	switch {
	case m.surnameBefore(toks, sp.start, j.caps) && !unitWordAt(toks, sp.start):
		mt.dropped = "a person's name (surname " + toks[sp.start-1].text + ")"
	case r.Flags&flagAmbiguous != 0 && !j.caps && m.nameBefore(toks, sp.start):
		mt.dropped = "a person's name"
	case r.Flags&flagAmbiguous != 0 && !j.caps && sp.end-sp.start == 1 && m.givenBefore(toks, sp.start):
		mt.dropped = "a person's name (" + toks[sp.start-1].text + " " + mt.text + ")"
	case mt.effect == ctxSource:
		mt.dropped = "the outlet, not the place (" + mt.context + ")"
	case r.Flags&flagNeedContext != 0 && mt.effect != ctxStrong && !j.dateline:
		mt.dropped = "needs context (tỉnh/TP/tại/ở)"
	case r.Flags&flagNoProperAfter != 0 && sp.end < len(toks) && !j.caps &&
		toks[sp.end].upper && joinable(toks, sp.end):
		mt.dropped = "another place's capital (" + toks[sp.end].text + ")"
	case len(r.Cands) > 1:
		mt.province, mt.legacy, mt.wardOf = "", "", r.Cands
		mt.dropped = "a name several units share: needs the source's province or another mention"
	default:
		return false
	}
	return true
}

// place weighs a match no rule dropped: a ward, a weak or a wire
// context, a strong one ("tỉnh X", "X (cũ)", a dateline), or a name that
// needs confirming by another mention.
func (m *provMatcher) place(j judging, mt *mention) {
	toks, sp, r := j.toks, j.sp, j.r
	switch {
	case mt.effect == ctxWard:
		m.ward(toks, sp, mt)
	case mt.effect == ctxWeak:
		mt.weight = weakWeight
	case m.wireAfter(toks, sp.end):
		mt.effect, mt.weight, mt.context = ctxWire, weakWeight, "("+toks[sp.end].text+")"
	case mt.effect == ctxStrong || j.legacyMarked || j.dateline:
		mt.weight = max(mt.weight, strongWeight)
		if j.dateline && j.ci < 0 {
			mt.context = "dateline"
		}
		if j.legacyMarked {
			mt.context = strings.TrimSpace(mt.context + " (cũ)")
		}
	case r.Flags&(flagAmbiguous|flagCapFirst) != 0 && j.caps && len(r.Cands) == 0:
		mt.confirm = true
	}
}

// houseNumber reports a house number right before toks[i] in an address:
// "tại 912 Tôn Đức Thắng", "nhà số 314 Bình Long", "(số 2 Hoa Lư, …)" name
// a street. An ordinal is no address: "đơn vị bầu cử số 3 TP.HCM",
// "Trường THPT số 1 Tuy Phước" keep their place.
func houseNumber(toks []token, i int) bool {
	if i < 2 || !joinable(toks, i) || toks[i-1].first || strings.TrimSpace(toks[i-1].gap) != "" {
		return false
	}
	n := toks[i-1].text
	if n[0] < '0' || n[0] > '9' || len(n) > 5 {
		return false
	}
	k := i - 2
	if wordIs(toks, k, "tai", "tại") || wordIs(toks, k, "o", "ở") {
		return true
	}
	if !wordIs(toks, k, "so", "số") {
		return false
	}
	return strings.Contains(toks[k].gap, "(") || k > 0 && !toks[k].first &&
		(wordIs(toks, k-1, "nha", "nhà") || wordIs(toks, k-1, "chi", "chỉ") ||
			wordIs(toks, k-1, "tai", "tại") || wordIs(toks, k-1, "o", "ở"))
}

// seaPosition reports an archipelago after a direction: "phía tây bắc
// (quần đảo) Hoàng Sa", "hướng về phía bắc Trường Sa" place a storm or a
// ship at sea, not on the islands.
func seaPosition(toks []token, sp span) bool {
	if t := toks[sp.end-1].fold; t != "sa" || sp.end-sp.start < 2 || toks[sp.end-2].fold != "truong" && toks[sp.end-2].fold != "hoang" {
		return false
	}
	k := sp.start - 1
	for k >= 0 && !toks[k+1].first && (wordIs(toks, k, "dao", "đảo") || wordIs(toks, k, "quan", "quần") ||
		wordIs(toks, k, "khu", "khu") || wordIs(toks, k, "dac", "đặc")) {
		k--
	}
	if k < 0 || toks[k+1].first || toks[k].upper {
		return false
	}
	switch toks[k].fold {
	case "bac", "nam", "dong", "tay":
		return true
	}
	return false
}
