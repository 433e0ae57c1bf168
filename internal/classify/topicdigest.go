package classify

// A digest (isDigest: "Điểm tin 17h: A | B", "Tin tức sáng 6-1: …", the
// print issue's "Tin tức đặc biệt trên báo in …") strings several headlines
// together, and its lead lists still other headlines: a topic that only the
// lead's words speak for is one of those, not the digest's. As its places
// (dropDigestLead), such a topic does not count for a secondary tag. The
// title's cues, the outlet's own evidence and a digest's own topic
// (roundupTopic) still do, and so does a sure
// model: it reads every headline, and gives digestModelSure or more only
// when most of them share the topic ("Tin tức thế giới 28-2: …", a digest
// of road works). Measured on the training days (BENCHMARKS.md, i13topic9).
const digestModelSure = 0.8

// leadOnly reports whether topic t, on a digest, rests only on the lead's
// cues and an unsure model: not roundupTopic, no cue in the title, no
// section, category or source topic, and a model probability under
// digestModelSure.
func (m *topicMatcher) leadOnly(s *topicScores, t int) bool {
	if !s.digest || s.fixed[t] || m.topics[t].Slug == roundupTopic {
		return false
	}
	for i := range s.ev {
		e := &s.ev[i]
		if e.topic != t || e.label != "" {
			continue
		}
		if e.model > 0 && e.prob >= digestModelSure || e.model == 0 && e.field == fieldTitle {
			return false
		}
	}
	return true
}
