package classify

import (
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"sync"
	"unicode"
	"unicode/utf8"
)

// TopicModel is a multinomial naive Bayes model of the topics over the
// syllable unigrams and bigrams of an article's title and summary (hashed,
// pruned to the features seen often enough in training). It keeps the
// counts, not just the weights, so that a deployment can add its own
// labelled articles to the shipped counts (TopicTrainer.AddModel) and
// retrain. A TopicModel is immutable after it is read or trained and safe
// for concurrent use.
type TopicModel struct {
	classes []string         // topic slugs
	docs    []float64        // documents per class
	totals  []float64        // feature occurrences per class
	feats   map[uint32]int32 // feature hash → row
	hashes  []uint32         // row → feature hash
	counts  []uint32         // row*len(classes)+c: occurrences of the feature in class c; nil once dropped
	logp    []int16          // row*len(classes)+c: log P(feature | c), smoothed, times logpScale
	prior   []float64        // log P(c), flattened towards uniform
	byClass map[string]int   // slug → class index
	rare    []uint8          // row → Rarity times rarityScale
	unseen  float64          // the Rarity of a feature the model does not keep
}

const (
	modelMagic     = "bantin-topic-nb/1\n"
	modelSmoothing = 0.1 // additive smoothing of the feature counts
	logpScale      = 64  // log probabilities are kept in 1/64 nat steps
	rarityScale    = 12  // rarities are kept in 1/12 nat steps
	titleRepeat    = 2   // title features count twice
)

//go:embed topicmodel.bin
var defaultTopicModel []byte

// DefaultTopicModel returns the model shipped with bantin (see
// BENCHMARKS.md, "Topic model", for the data and the command that built
// it), without its counts. It is read once per process: it is immutable,
// so every Classifier shares it.
func DefaultTopicModel() (*TopicModel, error) { return readDefaultModel() }

var readDefaultModel = sync.OnceValues(func() (*TopicModel, error) {
	m, err := readTopicModel(bytes.NewReader(defaultTopicModel), false)
	if err != nil {
		return nil, fmt.Errorf("classify: the embedded topic model: %w", err)
	}
	return m, nil
})

// DefaultTopicCounts returns the shipped model with its counts, to train
// on (TopicTrainer.AddModel); a new copy each call.
func DefaultTopicCounts() (*TopicModel, error) {
	m, err := readTopicModel(bytes.NewReader(defaultTopicModel), true)
	if err != nil {
		return nil, fmt.Errorf("classify: the embedded topic model: %w", err)
	}
	return m, nil
}

// Features returns the number of features the model keeps.
func (m *TopicModel) Features() int { return len(m.hashes) }

// finish computes the smoothed log probabilities and priors from the counts.
func (m *TopicModel) finish() {
	nc, v := len(m.classes), float64(len(m.hashes))
	m.logp = make([]int16, len(m.counts))
	var logs [1024]float64 // math.Log(n + modelSmoothing) of the small counts, most of them
	for n := range logs {
		logs[n] = math.Log(float64(n) + modelSmoothing)
	}
	den := make([]float64, nc)
	for c := range nc {
		den[c] = math.Log(m.totals[c] + modelSmoothing*v)
	}
	for i, n := range m.counts { // row by row: i = r*nc + c
		var lp float64
		if int(n) < len(logs) {
			lp = logs[n] - den[i%nc]
		} else {
			lp = math.Log(float64(n)+modelSmoothing) - den[i%nc]
		}
		m.logp[i] = int16(max(math.Round(lp*logpScale), math.MinInt16))
	}
	// Class priors from document counts, square-rooted: the training
	// classes are far from balanced, the news is less so.
	m.prior = make([]float64, nc)
	sum := 0.0
	for c := range nc {
		sum += math.Sqrt(m.docs[c] + 1)
	}
	for c := range nc {
		m.prior[c] = math.Log(math.Sqrt(m.docs[c]+1) / sum)
	}
	m.byClass = map[string]int{}
	for i, s := range m.classes {
		m.byClass[s] = i
	}
	m.rarities()
}

// rarities computes each feature's Rarity from the counts: the log of the
// total feature occurrences over the feature's own; a feature the model
// pruned is as rare as one seen half as often as its rarest.
func (m *TopicModel) rarities() {
	nc, total, least := len(m.classes), 0.0, math.Inf(1)
	for _, t := range m.totals {
		total += t
	}
	m.rare = make([]uint8, len(m.hashes))
	for r := range m.hashes {
		n := 0.0
		for _, x := range m.counts[r*nc : r*nc+nc] {
			n += float64(x)
		}
		n = max(n, 1)
		least = min(least, n)
		m.rare[r] = uint8(min(math.Round(math.Log(max(total, n)/n)*rarityScale), math.MaxUint8))
	}
	if math.IsInf(least, 1) {
		least = 1
	}
	m.unseen = min(math.Log(max(total, 1)/(least/2)), math.MaxUint8/rarityScale)
}

// Rarity returns how much rarer the feature is than the average token of
// the training news, as the log of the ratio of their frequencies
// (inverse document frequency, by occurrences).
func (m *TopicModel) Rarity(hash uint32) float64 {
	if r, ok := m.feats[hash]; ok {
		return float64(m.rare[r]) / rarityScale
	}
	return m.unseen
}

// feature is one hashed feature of an article and where it came from.
type feature struct {
	hash uint32
	i, j int32 // tokens [i, j) it spans
	n    int32 // weight: titleRepeat in the title
	row  int32 // the model's row of hash, -1 if it has none; set by TopicModel.lookup
}

// lookup sets the rows of fs, so that scoring, explaining and weighing
// them look each feature up once.
func (m *TopicModel) lookup(fs []feature) {
	for k := range fs {
		if r, ok := m.feats[fs[k].hash]; ok {
			fs[k].row = r
		} else {
			fs[k].row = -1
		}
	}
}

// rarityAt is Rarity of the feature of row r (-1: one the model lacks).
func (m *TopicModel) rarityAt(r int32) float64 {
	if r < 0 {
		return m.unseen
	}
	return float64(m.rare[r]) / rarityScale
}

// features appends the unigram and bigram features of the title and
// summary tokens (lower case, tone marks placed canonically; digits as one
// symbol); a bigram never spans punctuation or two fields.
func features(toks []token, out []feature) []feature {
	prev := uint32(0)
	for i := range toks {
		t := &toks[i]
		if t.field == fieldBody {
			break
		}
		h := tokenHash(toks, i)
		n := int32(1)
		if t.field == fieldTitle {
			n = titleRepeat
		}
		out = append(out, feature{hash: h, i: int32(i), j: int32(i + 1), n: n})
		if i > 0 && prev != 0 && joinable(toks, i) {
			out = append(out, feature{hash: mixHash(prev, h), i: int32(i - 1), j: int32(i + 1), n: n})
		}
		prev = h
	}
	return out
}

// tokenHash is FNV-1a over the token's lower-case runes (its canonical key
// when its tone placement varies), digits folded to '0'.
func tokenHash(toks []token, i int) uint32 {
	s := toks[i].text
	h := uint32(2166136261)
	if toneVaries(toks[i].fold) {
		s = keyOf(toks, i)
	} else if toks[i].lower { // the same bytes as below, without decoding them
		for k := 0; k < len(s); k++ {
			c := s[k]
			if c >= '0' && c <= '9' {
				c = '0'
			}
			h ^= uint32(c)
			h *= 16777619
		}
		return h | 1
	}
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		s = s[n:]
		r = unicode.ToLower(r)
		if r >= '0' && r <= '9' {
			r = '0'
		}
		var buf [4]byte
		for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
			h ^= uint32(c)
			h *= 16777619
		}
	}
	return h | 1 // never 0: 0 marks "no previous token"
}

func mixHash(a, b uint32) uint32 {
	x := uint64(a)<<32 | uint64(b)
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	return uint32(x) | 1
}
