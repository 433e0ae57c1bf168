package classify

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"syscall"
	"testing"
	"time"

	"bantin/internal/vntext"
)

// article5KB builds a realistic 5 KB article from the evaluation set.
func article5KB(b *testing.B) Input {
	arts := loadEval(b)
	in := arts[0].input()
	var body strings.Builder
	for i := 1; body.Len() < 5<<10; i++ {
		body.WriteString(arts[i].Summary + " " + arts[i].Body + "\n")
	}
	in.Body = body.String()[:5<<10]
	return in
}

// BenchmarkClassify measures topics and provinces of a 5 KB article; run
// with -cpu 1 for articles per second on one core.
func BenchmarkClassify(b *testing.B) {
	c := newTest(b)
	in := article5KB(b)
	b.SetBytes(int64(len(in.Title) + len(in.Summary) + len(in.Body)))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		c.Classify(in)
	}
	// Wall-clock rate, and the rate per CPU-second of the whole process (GC
	// included), which a busy shared machine does not distort.
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(b.N)/(cpuTime()-cpu0).Seconds(), "articles/cpu-s")
}

// cpuTime returns the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// synthetic makes signatures of synthetic stories: 14–33 content words
// drawn from a Zipf law over 20k words, tuned so that two unrelated stories
// look as alike as two different stories of the evaluation set (mean
// similarity 0.03, a shared LSH band for about 5% of pairs), a place and a
// topic, one article a minute (1,440 a day).
type synthetic struct {
	r     *rand.Rand
	zipf  *rand.Zipf
	words []string
	t0    time.Time
}

func newSynthetic() *synthetic {
	r := rand.New(rand.NewPCG(1, 2))
	s := &synthetic{r: r, zipf: rand.NewZipf(r, 1.1, 10, 19999), t0: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for i := range 20000 {
		s.words = append(s.words, fmt.Sprintf("tu%d", i))
	}
	return s
}

func (s *synthetic) member(id int64) Member {
	var b strings.Builder
	for range 14 + s.r.IntN(20) {
		b.WriteString(s.words[s.zipf.Uint64()])
		b.WriteByte(' ')
	}
	sig := NewSignature(b.String(), "")
	sig.places = 1 << s.r.IntN(34)
	sig.topic = uint8(1 + s.r.IntN(16))
	return Member{ArticleID: id, ClusterID: id, Sig: sig, Published: s.t0.Add(time.Duration(id) * time.Minute)}
}

// BenchmarkAssign measures the cost of clustering one article as the index
// grows from 10k to 1M articles (one a minute: from 10k on, the candidate
// window of a new article holds the same number of articles at every size,
// as it does in production once the index spans more than four days).
func BenchmarkAssign(b *testing.B) {
	s := newSynthetic()
	idx := NewMemIndex()
	for _, size := range []int{10_000, 100_000, 1_000_000} {
		for id := int64(idx.Len()); id < int64(size); id++ {
			idx.Add(s.member(id + 1))
		}
		probes := make([]Member, 512)
		for i := range probes {
			probes[i] = s.member(int64(size + 1 + i))
		}
		b.Run(fmt.Sprintf("%dk", size/1000), func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				p := probes[i%len(probes)]
				idx.Assign(p.Sig, p.Published)
				i++
			}
		})
	}
}

// BenchmarkSignature measures the story signature of an article's title
// and summary (ingestion computes it after Classify).
func BenchmarkSignature(b *testing.B) {
	c := newTest(b)
	in := article5KB(b)
	r := c.Classify(in)
	b.ReportAllocs()
	for b.Loop() {
		c.Signature(in.Title, in.Summary, r)
	}
}

// ingestMix returns the evaluation set's articles as ingestion sees them
// (the ingest benchmark's mix): normalised (the parser normalises what it
// reads), every third with a 5–10 KB body made of other articles' text,
// the others with only their title and summary.
func ingestMix(b testing.TB) []Input {
	arts := loadEval(b)
	out := make([]Input, len(arts))
	for i, a := range arts {
		out[i] = a.input()
		out[i].Title, out[i].Summary, out[i].Body = vntext.Normalize(a.Title), vntext.Normalize(a.Summary), ""
		if i%3 != 0 {
			continue
		}
		var body strings.Builder
		size := 5<<10 + (i*397)%(5<<10)
		for k := i + 1; body.Len() < size; k++ {
			o := arts[k%len(arts)]
			body.WriteString(o.Summary + " " + o.Body + "\n")
		}
		out[i].Body = vntext.Normalize(body.String())
	}
	return out
}

// BenchmarkTagAndSign measures what ingestion spends classifying a new
// article and building its story signature, over the ingest mix; run
// with -cpu 1 for articles per second on one core.
func BenchmarkTagAndSign(b *testing.B) {
	c := newTest(b)
	ins := ingestMix(b)
	b.ReportAllocs()
	cpu0 := cpuTime()
	i := 0
	for b.Loop() {
		c.ClassifySigned(ins[i%len(ins)])
		i++
	}
	b.ReportMetric(float64(b.N)/(cpuTime()-cpu0).Seconds(), "articles/cpu-s")
}
