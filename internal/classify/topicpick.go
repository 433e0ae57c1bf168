package classify

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"bantin/internal/model"
)

// pick chooses one primary topic and up to two secondary ones. A secondary
// topic needs structural evidence (source topic, section, category) or a
// score of at least secondaryShare of the primary and minSecondary, and on
// a digest a cue in the title (leadOnly). A topic whose only evidence is
// fields named in offices' names gets no tag (dropOfficeOnly).
func (m *topicMatcher) pick(s *topicScores) []model.TopicTag {
	defer func() { s.explain = nil }()
	dropOfficeOnly(s)
	order := make([]int, 0, len(m.topics))
	for i := range m.topics {
		if s.score[i] > 0 {
			order = append(order, i)
		}
	}
	if len(order) == 0 {
		return nil
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(s.score[b], s.score[a]) })
	top := s.score[order[0]]
	var tags []model.TopicTag
	for k, ti := range order {
		if len(tags) == maxTopics {
			break
		}
		if k > 0 && !s.fixed[ti] && (s.score[ti] < secondaryShare*top || s.score[ti] < minSecondary || m.leadOnly(s, ti)) {
			continue
		}
		tags = append(tags, model.TopicTag{Topic: m.topics[ti].Slug, Primary: k == 0,
			Score: math.Round(s.score[ti]*10) / 10, Reason: m.reason(s, ti)})
	}
	return tags
}

// reason renders the strongest pieces of evidence of topic t: the first
// three in a stable sort by score, highest first, then how many more.
func (m *topicMatcher) reason(s *topicScores, t int) string {
	var top [3]*evidence
	n := 0
	for i := range s.ev {
		e := &s.ev[i]
		if e.topic != t {
			continue
		}
		n++
		p := 0 // after every kept one at least as strong: a stable order
		for p < len(top) && top[p] != nil && cmp.Compare(e.score, top[p].score) <= 0 {
			p++
		}
		if p < len(top) {
			copy(top[p+1:], top[p:len(top)-1])
			top[p] = e
		}
	}
	var b strings.Builder
	for i, e := range top {
		if e == nil {
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		switch {
		case e.label != "":
			b.WriteString(e.label)
		case e.model > 0 && s.explain != nil:
			b.WriteString(s.explain(e.model-1, e.prob))
		default:
			b.WriteString("cue ")
			b.WriteString(strconv.Quote(m.rules[e.cue].Text))
			b.WriteString(" in ")
			b.WriteString(fieldNames[e.field])
			if e.n > 1 {
				b.WriteString(" ×")
				b.WriteString(strconv.Itoa(e.n))
			}
		}
	}
	if n > len(top) {
		b.WriteString("; and ")
		b.WriteString(strconv.Itoa(n - len(top)))
		b.WriteString(" more")
	}
	return b.String()
}
