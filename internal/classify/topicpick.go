package classify

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"bantin/internal/model"
)

// pick chooses one primary topic and up to two secondary ones. A secondary
// topic needs structural evidence (source topic, section, category) or a
// score of at least secondaryShare of the primary and minSecondary.
func (m *topicMatcher) pick(s *topicScores) []model.TopicTag {
	defer func() { s.explain = nil }()
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
		if k > 0 && !s.fixed[ti] && (s.score[ti] < secondaryShare*top || s.score[ti] < minSecondary) {
			continue
		}
		tags = append(tags, model.TopicTag{Topic: m.topics[ti].Slug, Primary: k == 0,
			Score: math.Round(s.score[ti]*10) / 10, Reason: m.reason(s, ti)})
	}
	return tags
}

// reason renders the strongest pieces of evidence of topic t.
func (m *topicMatcher) reason(s *topicScores, t int) string {
	var ev []evidence
	for _, e := range s.ev {
		if e.topic == t {
			ev = append(ev, e)
		}
	}
	slices.SortStableFunc(ev, func(a, b evidence) int { return cmp.Compare(b.score, a.score) })
	var parts []string
	for i, e := range ev {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("and %d more", len(ev)-3))
			break
		}
		if e.label == "" && e.model > 0 && s.explain != nil {
			e.label = s.explain(e.model-1, e.prob)
		} else if e.label == "" {
			e.label = fmt.Sprintf("cue %q in %s", m.rules[e.cue].Text, fieldNames[e.field])
			if e.n > 1 {
				e.label += fmt.Sprintf(" ×%d", e.n)
			}
		}
		parts = append(parts, e.label)
	}
	return strings.Join(parts, "; ")
}
