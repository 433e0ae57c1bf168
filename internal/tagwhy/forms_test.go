package tagwhy_test

import (
	"bufio"
	"encoding/json"
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"bantin/internal/classify"
	"bantin/internal/model"
	"bantin/internal/tagwhy"
)

// english matches words of the classifier's English reasons; quoted text
// (the article's own words) is removed before it is applied.
var english = regexp.MustCompile(`(?i)\b(model|cue|title|summary|body|source|topic|section|upstream|category|digest|more|after|context|gazetteer|former|province|home|names|dateline|listed|wire|ward|weak|the|of|and|in|with|URL)\b`)

var quoted = regexp.MustCompile(`/[^/ ]*/|“[^”]*”|\([^()]*\.[a-z]{2,}\)`)

// catalogNames resolves slugs as the pages do.
func catalogNames(cat *model.Catalog) tagwhy.Names {
	return tagwhy.Names{
		Topic: func(s string) string {
			t, _ := cat.Topic(s)
			return t.Name
		},
		Province: func(s string) string {
			p, _ := cat.Province(s)
			return p.Name
		},
	}
}

// TestEveryClassifierReason classifies the written sets and inputs that
// reach the structural evidence (source topics, sections, categories, a
// provincial paper's home), and fails on any reason tagwhy does not
// understand or whose rendering still holds an English word: a new form
// of the classifier must be taught here, not shown to readers in English.
func TestEveryClassifierReason(t *testing.T) {
	cat := model.NewCatalog()
	c, err := classify.New(cat)
	if err != nil {
		t.Fatal(err)
	}
	names := catalogNames(cat)
	ins := append(readSet(t, "eval.jsonl"), readSet(t, "handwritten.jsonl")...)
	ins = append(ins, structuralInputs...)
	if extra := os.Getenv("BANTIN_TAGWHY_INPUTS"); extra != "" {
		ins = append(ins, readFile(t, extra)...) // e.g. every training-day item of the corpus
	}
	forms := map[string]int{}
	check := func(kind, reason, vi string, ok bool) {
		for _, piece := range strings.Split(strings.ReplaceAll(reason, "home; no", "home, no"), "; ") {
			forms[kind+": "+shape(piece)]++
		}
		if !ok {
			t.Errorf("%s reason not understood: %q", kind, reason)
			return
		}
		if w := english.FindString(quoted.ReplaceAllString(vi, "")); w != "" {
			t.Errorf("%s reason %q renders %q: English word %q", kind, reason, vi, w)
		}
	}
	for _, in := range ins {
		res := c.Classify(in)
		for _, tg := range res.Topics {
			vi, ok := tagwhy.Topic(tg.Reason, names)
			check("topic", tg.Reason, vi, ok)
		}
		for _, p := range res.Provinces {
			vi, ok := tagwhy.Province(p.Reason, names)
			check("province", p.Reason, vi, ok)
			if p.Legacy != "" {
				vi, ok := tagwhy.Legacy(p.Reason, p.Legacy, names)
				check("province", p.Reason, vi, ok)
			}
		}
	}
	if len(ins) < 500 || len(forms) < 20 {
		t.Fatalf("only %d inputs, %d reason openings: the sets did not load", len(ins), len(forms))
	}
	t.Logf("%d inputs; %d forms of reason pieces:", len(ins), len(forms))
	for _, f := range slices.Sorted(maps.Keys(forms)) {
		t.Logf("  %5d %s", forms[f], f)
	}
}

// shapes reduce a piece of a reason to its form: quoted words, features,
// numbers, slugs and hosts become placeholders.
var shapes = []struct {
	re *regexp.Regexp
	to string
}{
	{regexp.MustCompile(`"(?:[^"\\]|\\.)*"`), "Q"},
	{regexp.MustCompile(`«[^»]*»(, «[^»]*»)*`), "F"},
	{regexp.MustCompile(`/[^/ ]+/`), "/S/"},
	{regexp.MustCompile(`(former province|source topic|of the source) [a-z0-9.-]+`), "$1 S"},
	{regexp.MustCompile(`digest \([a-z0-9-]+\)`), "digest (S)"},
	{regexp.MustCompile(`[0-9.]+`), "N"},
}

func shape(s string) string {
	for _, sh := range shapes {
		s = sh.re.ReplaceAllString(s, sh.to)
	}
	return s
}

// structuralInputs reach the evidence the written sets do not carry
// (the last: an incident abroad, classify's moveAbroad).
var structuralInputs = []classify.Input{
	{Title: "Điểm tin sáng 12/3: mưa lớn kéo dài", Summary: "Những tin đáng chú ý.",
		URL: "https://vnexpress.net/the-thao/bong-da/tran-dau-1.html", SourceURL: "https://vnexpress.net/rss/the-thao.rss",
		Categories: []string{"Bóng đá"}, SourceTopics: []string{"the-thao"}},
	{Title: "Họp bàn kế hoạch phát triển nông nghiệp", Summary: "Trên địa bàn có nhiều mô hình sản xuất hiệu quả.",
		URL: "https://baothanhhoa.vn/kinh-te/hop-ban-1.html", SourceURL: "https://baothanhhoa.vn/rss/kinh-te.rss",
		HomeProvince: "thanh-hoa", SourceName: "Báo Thanh Hóa"},
	{Title: "Khánh thành cầu mới ở xã Hoằng Hóa", Summary: "UBND tỉnh dự lễ.",
		URL: "https://baothanhhoa.vn/thoi-su/cau-moi-1.html", SourceURL: "https://baothanhhoa.vn/rss/thoi-su.rss",
		HomeProvince: "thanh-hoa", SourceName: "Báo Thanh Hóa"},
	{Title: "Cháy chung cư ở Hong Kong, ít nhất 40 người chết", Summary: "Lửa bao trùm nhiều tòa nhà, hàng trăm người mất tích."},
}

// readSet returns the classifier inputs of one written set.
func readSet(t *testing.T, name string) []classify.Input {
	return readFile(t, "../../testdata/classify/"+name)
}

// readFile returns the classifier inputs of a JSONL file of articles
// (source, title, summary, body, url, source_url).
func readFile(t *testing.T, name string) []classify.Input {
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []classify.Input
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a struct {
			Source, Title, Summary, Body, URL string
			SourceURL                         string `json:"source_url"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out = append(out, classify.Input{Title: a.Title, Summary: a.Summary, Body: a.Body, URL: a.URL,
			SourceURL: a.SourceURL, SourceName: a.Source})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
