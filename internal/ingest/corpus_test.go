package ingest_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"math/rand/v2"
	"os"
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

// corpusFeed returns an RSS 2.0 feed of n items for feed number f, in the
// VnExpress style (CDATA description with an image, content:encoded body of
// 1–10 KB). Deterministic for (f, n, version).
func corpusFeed(c *corpus, f, n, version int, base time.Time) []byte {
	r := rand.New(rand.NewPCG(uint64(f), uint64(version)))
	var b strings.Builder
	b.Grow(n * 6000)
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Báo số %d</title><link>https://bao%d.example.vn/</link><description>Tin tức</description>
`, f, f)
	for i := range n {
		a := &c.arts[r.IntN(len(c.arts))]
		peers := c.byPlace[a.group]
		other := &c.arts[peers[r.IntN(len(peers))]]
		title := splice(r, 9+r.IntN(8), a.title, a.summary, other.title, other.body[0])
		pub := base.Add(-time.Duration(f*n+i) * time.Minute).In(time.FixedZone("ICT", 7*3600))
		link := fmt.Sprintf("https://bao%d.example.vn/tin-tuc/bai-%d-%d.html", f, f, i)
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate>"+
			"<description><![CDATA[<a href=\"%s\"><img src=\"https://cdn.example.vn/%d/%d.jpg\"></a></br>%s.]]></description>"+
			"<content:encoded><![CDATA[%s]]></content:encoded></item>\n",
			html.EscapeString(title), link, link, pub.Format(time.RFC1123Z), link, f, i,
			splice(r, 20+r.IntN(15), a.summary, other.summary, a.body[r.IntN(len(a.body))]), corpusBody(r, c, a))
	}
	b.WriteString("</channel></rss>\n")
	return []byte(b.String())
}

// corpusBody is 1–10 KB of paragraphs: the article's own sentences, then
// sentences of other articles about the same place.
func corpusBody(r *rand.Rand, c *corpus, a *corpusArticle) string {
	var b strings.Builder
	size := 1000 + r.IntN(9000)
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
