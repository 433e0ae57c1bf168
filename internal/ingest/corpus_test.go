package ingest_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"bantin/internal/vntext"
)

// corpusArticle is one labelled article of testdata/classify, split into
// sentences.
type corpusArticle struct {
	title, summary string
	body           []string
	group          int // index in corpus.byPlace
}

// corpus holds the labelled Vietnamese articles of the evaluation sets
// (titles, summaries, body excerpts), grouped by their first province:
// real vocabulary and word frequencies, and bodies that stay about one
// place as real local news does, so that generated items differ from each
// other as much as real news and the classifier and clusterer do realistic
// work.
type corpus struct {
	arts    []corpusArticle
	byPlace [][]int // article indexes sharing a first province ("" too)
}

var loadCorpus = sync.OnceValues(func() (*corpus, error) {
	c := &corpus{}
	groups := map[string]int{}
	for _, name := range []string{"eval.jsonl", "handwritten.jsonl"} {
		f, err := os.Open("../../testdata/classify/" + name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var a struct {
				Title, Summary, Body string
				Provinces            []string
			}
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				f.Close()
				return nil, err
			}
			place := ""
			if len(a.Provinces) > 0 {
				place = a.Provinces[0]
			}
			g, ok := groups[place]
			if !ok {
				g = len(c.byPlace)
				groups[place] = g
				c.byPlace = append(c.byPlace, nil)
			}
			c.byPlace[g] = append(c.byPlace[g], len(c.arts))
			// Most real feeds are NFC; the evaluation set's NFD and Ð
			// variants (a few sources do that) are normalised here so that
			// they do not end up in every generated body.
			c.arts = append(c.arts, corpusArticle{title: vntext.Normalize(a.Title), summary: vntext.Normalize(a.Summary),
				body: strings.Split(vntext.Normalize(a.Body), ". "), group: g})
		}
		f.Close()
	}
	return c, nil
})

// splice builds a line of about words words from runs of three or four
// words taken at random offsets of the given lines: plausible text in
// which no long run repeats across items, as in real headlines (reusing
// whole half-titles made unrelated items look like one story).
func splice(r *rand.Rand, words int, lines ...string) string {
	var out []string
	for len(out) < words {
		f := strings.Fields(lines[r.IntN(len(lines))])
		n := min(3+r.IntN(2), len(f))
		at := r.IntN(len(f) - n + 1)
		out = append(out, f[at:at+n]...)
	}
	return strings.Join(out, " ")
}

// corpusSpec says which feed of a generated corpus to write.
type corpusSpec struct {
	feed, feeds, items int       // this feed's number, of feeds in all, of items each
	version            int       // bumps every item's text
	newest             time.Time // publication of the newest item of the corpus
	window             time.Duration
}

// published returns the publication time of item i of the spec's feed: the
// corpus's items spread evenly over window before newest, each feed's items
// interleaved with the others' (item 0 of every feed is the newest), as a
// country's papers publish through the day.
func (s corpusSpec) published(i int) time.Time {
	step := s.window / time.Duration(s.feeds*s.items)
	return s.newest.Add(-time.Duration(i*s.feeds+s.feed) * step)
}

// Corpus shape: sameEvent of the items report a story that other feeds
// report too (about eventReach outlets each, within the same hour), and
// fullText of the items carry a body of 5–10 KB (content:encoded); the
// others have a description only, as most Vietnamese feeds do.
const (
	sameEvent  = 0.30
	eventReach = 5
	fullText   = 0.30
)

// corpusFeed returns an RSS 2.0 feed in the VnExpress style (CDATA
// description with an image, content:encoded body on some items) for the
// spec. Titles and summaries are runs of words of real titles and ledes;
// a same-event item retells its event's title and lede with a few words
// dropped and changed, as outlets do. Deterministic for the spec.
func corpusFeed(c *corpus, s corpusSpec) []byte {
	r := rand.New(rand.NewPCG(uint64(s.feed), uint64(s.version)))
	events := max(1, int(float64(s.feeds)*sameEvent/eventReach))
	var b strings.Builder
	b.Grow(s.items * 4000)
	s.writeHead(&b)
	for i := range s.items {
		var title, summary string
		var a *corpusArticle
		if r.Float64() < sameEvent {
			var et, es string
			a, et, es = corpusEvent(c, i, r.IntN(events), s.version)
			title, summary = retell(r, et, 2), retell(r, es, 3)
		} else {
			a = &c.arts[r.IntN(len(c.arts))]
			b, d := &c.arts[r.IntN(len(c.arts))], &c.arts[r.IntN(len(c.arts))]
			e, g := &c.arts[r.IntN(len(c.arts))], &c.arts[r.IntN(len(c.arts))]
			title = splice(r, 9+r.IntN(8), a.title, b.title, d.summary)
			summary = splice(r, 20+r.IntN(15), e.summary, g.summary, a.body[r.IntN(len(a.body))])
		}
		content := ""
		if r.Float64() < fullText {
			content = "<content:encoded><![CDATA[" + corpusBody(r, c, a, 5000+r.IntN(5000)) + "]]></content:encoded>"
		}
		s.writeItem(&b, i, title, summary, content)
	}
	b.WriteString("</channel></rss>\n")
	return []byte(b.String())
}

// writeHead writes the RSS head of the spec's feed.
func (s corpusSpec) writeHead(b *strings.Builder) {
	fmt.Fprintf(b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Báo số %d</title><link>https://bao%d.example.vn/</link><description>Tin tức</description>
`, s.feed, s.feed)
}

// writeItem writes item i of the spec's feed: its link, publication time
// and image are the feed's and the item's; content is a content:encoded
// element or "".
func (s corpusSpec) writeItem(b *strings.Builder, i int, title, summary, content string) {
	link := fmt.Sprintf("https://bao%d.example.vn/tin-tuc/bai-%d-%d.html", s.feed, s.feed, i)
	pub := s.published(i).In(time.FixedZone("ICT", 7*3600))
	fmt.Fprintf(b, "<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate>"+
		"<description><![CDATA[<a href=\"%s\"><img src=\"https://cdn.example.vn/%d/%d.jpg\"></a></br>%s.]]></description>"+
		"%s</item>\n", html.EscapeString(title), link, link, pub.Format(time.RFC1123Z), link, s.feed, i, summary, content)
}

// corpusEvent returns event e of row i (the items of one hour): its
// article, title and lede, the same for every feed that reports it.
func corpusEvent(c *corpus, row, e, version int) (*corpusArticle, string, string) {
	r := rand.New(rand.NewPCG(uint64(row)<<32|uint64(e), uint64(version)<<1|1))
	a := &c.arts[r.IntN(len(c.arts))]
	return a, splice(r, 12+r.IntN(5), a.title, a.summary), splice(r, 25+r.IntN(10), a.summary, a.body[r.IntN(len(a.body))])
}

// retell returns line with edits words dropped or added: one outlet's
// wording of a story another outlet also tells.
func retell(r *rand.Rand, line string, edits int) string {
	w := strings.Fields(line)
	for range edits {
		if len(w) < 4 {
			break
		}
		k := r.IntN(len(w))
		if r.IntN(2) == 0 {
			w = append(w[:k], w[k+1:]...)
		} else {
			w = slices.Insert(w, k, fillers[r.IntN(len(fillers))])
		}
	}
	return strings.Join(w, " ")
}

var fillers = []string{"vừa", "sáng nay", "chiều qua", "tối 4", "khẩn trương", "chính thức", "bất ngờ", "liên tiếp"}

// corpusBody is about size bytes of paragraphs: the article's own
// sentences, then sentences of other articles about the same place.
func corpusBody(r *rand.Rand, c *corpus, a *corpusArticle, size int) string {
	var b strings.Builder
	for _, sent := range a.body {
		fmt.Fprintf(&b, "<p>%s.</p>", strings.TrimSuffix(sent, "."))
	}
	peers := c.byPlace[a.group]
	for b.Len() < size {
		p := &c.arts[peers[r.IntN(len(peers))]]
		fmt.Fprintf(&b, "<p>%s.</p>", strings.TrimSuffix(p.body[r.IntN(len(p.body))], "."))
	}
	return b.String()
}
