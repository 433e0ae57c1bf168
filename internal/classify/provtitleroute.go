package classify

// The ends of a journey the title names with an incident on the way (issue
// 9, real news; i20titleroute): "Xe khách từ Hà Nội đi Lào Cai gặp nạn ở
// Yên Bái", "Xe giường nằm từ TP HCM ra Đà Nẵng bốc cháy", the lead
// placing the crash. By the journeys convention (testdata/classify/real
// README, "Routes and journeys"), an incident on the way is the place
// where it happened; the journey's ends that are not that place get no
// tag. flowEnds reads the lead only; this reads the title, where a route
// that is the story ("Mở tuyến xe khách từ Hà Nội đi Lào Cai", "Ùn tắc
// trên cao tốc từ TP HCM đi Trung Lương") holds no incident word and is
// left alone.

// wayIncidents, besides accidentWords, say the title tells an incident
// on the way.
var wayIncidents = []wordSeq{phraseKeys("gặp nạn"), phraseKeys("lật"), phraseKeys("lao xuống"), phraseKeys("gặp sự cố"),
	phraseKeys("hạ cánh khẩn cấp"), phraseKeys("chết máy"), phraseKeys("sinh con"), phraseKeys("trở dạ")}

// titleEnds refuses, among ms (the mentions of toks, in order), a province
// whose every kept mention is an end of a journey in a title that tells an
// incident on the way (titleIncident), or the same journey's end again in
// the lead (journeyEnd), when another province has a kept mention in the
// title or after a place word (refuseMarked): the title's "gặp nạn ở Z"
// or the lead's "tại xã …, tỉnh Z" places the incident.
func (m *provMatcher) titleEnds(toks []token, ms []mention) {
	if !m.titleIncident(toks) {
		return
	}
	var marks map[int]bool // nil (no allocation) for nearly every article
	ends := map[string]bool{}
	for i := range ms {
		mt := ms[i]
		if mt.field != fieldTitle || mt.dropped != "" || mt.effect == ctxStrong || marks[i] {
			continue
		}
		a, b := journeyEnd(toks, ms, i)
		if a < 0 {
			continue
		}
		if marks == nil {
			marks = map[int]bool{}
		}
		for j := range ms { // this end, the other end, and the places listed with either
			if ms[j].dropped == "" && ms[j].field == fieldTitle && (j == i || ms[j].start >= a && ms[j].start < b) {
				marks[j], ends[ms[j].province] = true, true
				for k := j; k+1 < len(ms) && ms[k+1].dropped == "" && listed(toks, ms[k], ms[k+1].start); k++ {
					marks[k+1], ends[ms[k+1].province] = true, true
				}
			}
		}
	}
	for i := range ms { // the lead naming the same journey again
		if mt := ms[i]; ends[mt.province] && mt.field == fieldSummary && mt.dropped == "" && mt.effect != ctxStrong && mt.start > 0 {
			if a, _ := journeyEnd(toks, ms, i); a >= 0 {
				marks[i] = true
			}
		}
	}
	refuseMarked(ms, marks, func(i int) string {
		return "a journey's end in a title that tells an incident on the way (" + ms[i].text + "); the title or a place word puts the incident in another province"
	})
}

// titleIncident reports a word of accidentWords or wayIncidents in the
// title.
func (m *provMatcher) titleIncident(toks []token) bool {
	for k := 0; k < len(toks) && toks[k].field == fieldTitle; k++ {
		if m.phraseEndsAt(toks, k, m.accidents) || m.phraseEndsAt(toks, k, wayIncidents) {
			return true
		}
	}
	return false
}
