package classify

// The result-story rule: a result report (a sports story whose match.ok is
// set: a score line, or a result word without a preview cue; matchparse.go)
// joins no story that holds no result report among its members in the
// window (the maxLinkCheck most recent members published within
// ClusterWindow of it, as linkage checks them). A match's previews,
// line-ups and pre-match talk make a story of their own before kickoff;
// its result reports are near them (the same teams, the same venue) and,
// without the rule, the first report joins the previews' story while the
// later ones, worded like the first report and not like the previews,
// split off into parallel stories of the aftermath. With the rule the
// first result report starts the result story, which draws the rest, and
// the previews stay a story of their own. The rule refuses a candidate
// story, it adds none: a result refused by every candidate starts a
// story of its own. Stories that are not sports, and articles that report
// no result, are untouched. A match-day preview read as a result
// (match.ahead: prevveto.go) is no result member.

// refusesResult reports whether cluster cid must refuse sig under the
// result-story rule: sig reports a result and none of the cluster's
// members in [lo, hi] (of its maxLinkCheck most recent) does, a match-day
// preview aside.
func (x *MemIndex) refusesResult(sig *Signature, cid int64, lo, hi int64) bool {
	if !sig.match.ok {
		return false
	}
	ms := x.members[cid]
	for _, mi := range ms[max(0, len(ms)-maxLinkCheck):] {
		if p := x.pub[mi]; p >= lo && p <= hi && x.sigs[mi].match.ok && !x.sigs[mi].match.ahead { // prevveto.go
			return false
		}
	}
	return true
}
