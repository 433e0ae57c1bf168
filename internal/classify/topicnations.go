package classify

import (
	"fmt"
	"slices"
)

// nationCues are the world-news cues that only name a country, a capital
// or a bloc. A name says where a story happens, not what it is about: a
// fixture list of ASEAN Cup names four countries, each a cue in the title,
// and outweighs a model sure it is sport, or a sports desk's section. So
// when the model gives a topic of yieldTopics at least nationYieldProb, or
// the outlet files the article under one, these cues add nothing to the
// world topic; its other cues (Tổng thống, ngoại giao, lệnh ngừng bắn…)
// still count. The training labels (bantin-corpus train: the rules alone,
// on text without sections) are unchanged.
var nationCues = []string{
	"Mỹ", "Trung Quốc", "Nga", "Ukraine", "châu Âu", "EU", "Nhật Bản", "Hàn Quốc", "Israel",
	"Washington", "Bắc Kinh", "Thái Lan", "Indonesia", "Philippines", "Ấn Độ", "Pháp", "Đức",
	"Thổ Nhĩ Kỳ", "Chile", "Myanmar", "Ai Cập", "Brazil", "Canada", "Australia", "Bangkok", "ASEAN",
}

// givenCountries are the one-word nationCues that are also given names:
// right after an honorific (personBefore: "bà Nga", "ông Đức", "chị Mỹ")
// such a word is a person and no cue; "người đàn ông Nga" stays Russia's.
var givenCountries = []string{"Nga", "Mỹ", "Pháp", "Đức"}

const (
	nationTopic     = "the-gioi"
	nationYieldProb = 0.9
)

// yieldTopics are the topics that take from the nation cues, when the
// model is sure of them or the outlet files the article under them.
var yieldTopics = []string{"the-thao"}

// markNations flags the rules of nationCues and of givenCountries and
// records nationTopic's index and the yieldTopics; it fails when a name is
// not a cue of nationTopic or a topic is unknown.
func (m *topicMatcher) markNations() error {
	ti, ok := m.index[nationTopic]
	if !ok {
		return fmt.Errorf("nation cues: unknown topic %q", nationTopic)
	}
	m.nationTopic = ti
	byText := map[string]int{}
	for i, r := range m.rules {
		if r.topic == ti {
			byText[r.Text] = i
		}
	}
	for _, n := range nationCues {
		i, ok := byText[n]
		if !ok {
			return fmt.Errorf("nation cue %q: not a cue of %s", n, nationTopic)
		}
		m.rules[i].nation = true
		m.rules[i].given = slices.Contains(givenCountries, n)
	}
	for _, g := range givenCountries {
		if !slices.Contains(nationCues, g) {
			return fmt.Errorf("given country %q: not a nation cue", g)
		}
	}
	for _, y := range yieldTopics {
		yi, ok := m.index[y]
		if !ok {
			return fmt.Errorf("nation cues: unknown yield topic %q", y)
		}
		m.yields |= 1 << yi
	}
	return nil
}

// yieldNations removes the nation cues' evidence from the world topic when
// the model gives topic k, one of yieldTopics, probability p of at least
// nationYieldProb.
func (m *topicMatcher) yieldNations(s *topicScores, k int, p float64) {
	if m.yields&(1<<k) != 0 && p >= nationYieldProb {
		m.dropNations(s)
	}
}

// yieldToOutlet removes the nation cues' evidence from the world topic when
// the outlet files the article under one of yieldTopics (a section, a
// category, a source topic) and not under the world topic too: a sports
// desk's match report naming four countries stays sport.
func (m *topicMatcher) yieldToOutlet(s *topicScores) {
	if s.fixed[m.nationTopic] {
		return
	}
	for t, f := range s.fixed {
		if f && m.yields&(1<<t) != 0 {
			m.dropNations(s)
			return
		}
	}
}

// dropNations removes the nation cues' evidence from the world topic.
func (m *topicMatcher) dropNations(s *topicScores) {
	if s.score[m.nationTopic] == 0 {
		return
	}
	kept := s.ev[:0]
	for _, e := range s.ev {
		if e.topic == m.nationTopic && e.label == "" && e.model == 0 && m.rules[e.cue].nation {
			s.score[e.topic] -= e.score
			continue
		}
		kept = append(kept, e)
	}
	s.ev = kept
	if s.score[m.nationTopic] < 1e-9 {
		s.score[m.nationTopic] = 0
	}
}
