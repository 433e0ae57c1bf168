package classify

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// TopicTrainer counts the features of labelled articles into a TopicModel.
// It is not safe for concurrent use.
type TopicTrainer struct {
	c      *Classifier
	index  map[string]int
	docs   []float64
	counts map[uint32][]uint32
	totals []float64
	toks   []token
	buf    tokenBuf
	fs     []feature
}

// NewTopicTrainer returns a trainer over the catalog's topics.
func (c *Classifier) NewTopicTrainer() *TopicTrainer {
	t := &TopicTrainer{c: c, index: map[string]int{}, counts: map[uint32][]uint32{}}
	for i, tp := range c.topic.topics {
		t.index[tp.Slug] = i
	}
	n := len(c.topic.topics)
	t.docs, t.totals = make([]float64, n), make([]float64, n)
	return t
}

// Add counts one article labelled with topic. It fails on an unknown topic.
func (t *TopicTrainer) Add(topic, title, summary string) error {
	ci, ok := t.index[topic]
	if !ok {
		return fmt.Errorf("classify: unknown topic %q", topic)
	}
	t.toks = t.toks[:0]
	for f, s := range [...]string{title, summary} {
		t.toks = t.c.fold.tokenizeInto(t.toks, s, field(f), &t.buf, t.c.voc)
	}
	t.fs = features(t.toks, t.fs[:0])
	for _, f := range t.fs {
		row := t.counts[f.hash]
		if row == nil {
			row = make([]uint32, len(t.docs))
			t.counts[f.hash] = row
		}
		row[ci] += uint32(f.n)
		t.totals[ci] += float64(f.n)
	}
	t.docs[ci]++
	return nil
}

// AddModel adds a model's counts (the shipped one, DefaultTopicCounts) to
// the trainer's, class by class; classes the catalog does not know are
// skipped. It fails when the model was read without its counts.
func (t *TopicTrainer) AddModel(m *TopicModel) error {
	if m.counts == nil && len(m.hashes) > 0 {
		return fmt.Errorf("classify: the topic model was read without its counts")
	}
	nc := len(m.classes)
	for c, slug := range m.classes {
		ci, ok := t.index[slug]
		if !ok {
			continue
		}
		t.docs[ci] += m.docs[c]
		t.totals[ci] += m.totals[c]
		for r, h := range m.hashes {
			n := m.counts[r*nc+c]
			if n == 0 {
				continue
			}
			row := t.counts[h]
			if row == nil {
				row = make([]uint32, len(t.docs))
				t.counts[h] = row
			}
			row[ci] += n
		}
	}
	return nil
}

// Docs returns the number of articles counted per topic slug.
func (t *TopicTrainer) Docs() map[string]int {
	out := map[string]int{}
	for slug, i := range t.index {
		out[slug] = int(t.docs[i])
	}
	return out
}

// Model returns the model of the counts so far, keeping the features seen
// at least minCount times, at most maxFeatures of them (the most frequent;
// ties by hash). Counts of pruned features stay in the class totals.
func (t *TopicTrainer) Model(minCount, maxFeatures int) *TopicModel {
	type cand struct {
		h uint32
		n uint32
	}
	var keep []cand
	for h, row := range t.counts {
		n := uint32(0)
		for _, x := range row {
			n += x
		}
		if int(n) >= minCount {
			keep = append(keep, cand{h, n})
		}
	}
	slices.SortFunc(keep, func(a, b cand) int { return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.h, b.h)) })
	if len(keep) > maxFeatures {
		keep = keep[:maxFeatures]
	}
	slices.SortFunc(keep, func(a, b cand) int { return cmp.Compare(a.h, b.h) })
	nc := len(t.docs)
	m := &TopicModel{feats: map[uint32]int32{}, docs: slices.Clone(t.docs), totals: slices.Clone(t.totals)}
	for _, tp := range t.c.topic.topics {
		m.classes = append(m.classes, tp.Slug)
	}
	m.hashes, m.counts = make([]uint32, len(keep)), make([]uint32, len(keep)*nc)
	for r, k := range keep {
		m.hashes[r], m.feats[k.h] = k.h, int32(r)
		copy(m.counts[r*nc:], t.counts[k.h])
	}
	for c := range nc { // totals are integers in the file
		m.totals[c] = math.Round(m.totals[c])
	}
	m.finish()
	return m
}
