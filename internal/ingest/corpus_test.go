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
)

// corpusSentences are the distinct sentences of the labelled Vietnamese
// articles in testdata/classify (titles, summaries and body excerpts of the
// evaluation sets): real vocabulary, real word frequencies, real place and
// topic words, so that generated items differ from each other as much as
// real news does and the classifier and clusterer do realistic work.
var corpusSentences = sync.OnceValues(func() ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, name := range []string{"eval.jsonl", "handwritten.jsonl"} {
		f, err := os.Open("../../testdata/classify/" + name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var a struct{ Title, Summary, Body string }
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				f.Close()
				return nil, err
			}
			for _, s := range strings.Split(a.Title+". "+a.Summary+" "+a.Body, ". ") {
				if s = strings.TrimSpace(strings.TrimSuffix(s, ".")); len(strings.Fields(s)) >= 6 && !seen[s] {
					seen[s] = true
					out = append(out, s)
				}
			}
		}
		f.Close()
	}
	return out, nil
})

// splice joins the first part of one random sentence to the last part of
// another: millions of distinct, plausible lines from a few thousand.
func splice(r *rand.Rand, sents []string, words int) string {
	a := strings.Fields(sents[r.IntN(len(sents))])
	b := strings.Fields(sents[r.IntN(len(sents))])
	na := min(len(a), max(3, words/2))
	nb := min(len(b), words-na)
	return strings.Join(append(a[:na:na], b[len(b)-nb:]...), " ")
}

// corpusFeed returns an RSS 2.0 feed of n items for feed number f, in the
// VnExpress style (CDATA description with an image, content:encoded body of
// 1–10 KB). Deterministic for (f, n, version).
func corpusFeed(sents []string, f, n, version int, base time.Time) []byte {
	r := rand.New(rand.NewPCG(uint64(f), uint64(version)))
	var b strings.Builder
	b.Grow(n * 6000)
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Báo số %d</title><link>https://bao%d.example.vn/</link><description>Tin tức</description>
`, f, f)
	for i := range n {
		title := splice(r, sents, 9+r.IntN(8))
		pub := base.Add(-time.Duration(f*n+i) * time.Minute).In(time.FixedZone("ICT", 7*3600))
		link := fmt.Sprintf("https://bao%d.example.vn/tin-tuc/bai-%d-%d.html", f, f, i)
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate>"+
			"<description><![CDATA[<a href=\"%s\"><img src=\"https://cdn.example.vn/%d/%d.jpg\"></a></br>%s.]]></description>"+
			"<content:encoded><![CDATA[%s]]></content:encoded></item>\n",
			html.EscapeString(title), link, link, pub.Format(time.RFC1123Z), link, f, i,
			splice(r, sents, 20+r.IntN(15)), corpusBody(r, sents))
	}
	b.WriteString("</channel></rss>\n")
	return []byte(b.String())
}

// corpusBody is 1–10 KB of paragraphs of real sentences.
func corpusBody(r *rand.Rand, sents []string) string {
	var b strings.Builder
	size := 1000 + r.IntN(9000)
	for b.Len() < size {
		fmt.Fprintf(&b, "<p>%s. %s.</p>", sents[r.IntN(len(sents))], sents[r.IntN(len(sents))])
	}
	return b.String()
}
