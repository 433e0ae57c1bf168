package classify

// The veto rule: an article joins no story that holds a member its pair
// decision tells apart from it by what they are (conflicting: a preview and
// a result, results of different matches, different sports, titles dated
// differently, before and after one match), among the members linkage
// checks (the maxLinkCheck most recent, published within ClusterWindow of
// it). A story grows through its members' links
// (A~B, B~C), and linkage only asks that most of its members be loosely
// related to a newcomer, so without the rule a big story takes in what
// its own pair decision refuses with one of its members: the next match's
// previews join the last match's aftermath through the reports that name
// both, a final's preview joins the semifinal's reports. With the rule such
// a newcomer goes to another candidate or starts a story of its own. The
// rule refuses a candidate story, it adds none; it reads only signatures
// and publications, so the batch (AssignBatch) and ingestion against stored
// stories decide alike, whatever order the articles were stored in.

// Two days' bulletins (bulletinsApart) are no conflict here: a price story
// reported on two days stays one story through its other reports.

// refusesVetoed reports whether cluster cid must refuse sig under the veto
// rule: one of its maxLinkCheck most recent members published in [lo, hi]
// conflicts with sig.
func (x *MemIndex) refusesVetoed(sig *Signature, cid int64, lo, hi int64) bool {
	if !mayConflict(sig) {
		return false
	}
	ms := x.members[cid]
	for _, mi := range ms[max(0, len(ms)-maxLinkCheck):] {
		if p := x.pub[mi]; p >= lo && p <= hi && conflicting(sig, &x.sigs[mi]) {
			return true
		}
	}
	return false
}

// mayConflict reports whether sig can conflict with any story: conflicting
// needs a dated title, a sports story, a result or a preview on one side
// and the same on the other.
func mayConflict(s *Signature) bool {
	return s.day != 0 || s.match.sports || s.match.ok || s.match.preview
}
