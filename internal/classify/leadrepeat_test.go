package classify

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// A lead restated in the body — the whole of it, as a description-only
// feed gives; at the body's start with more after it; cut short with "…"
// from the body's first paragraph; after a dateline — weighs as the lead
// alone: the same tags, the same signature, and the explanation names the
// summary, not the body, for a cue the lead holds.
func TestLeadRepeatReadOnce(t *testing.T) {
	c := newTest(t)
	const (
		title = "Ông Nguyễn Văn An làm Phó bí thư Thành ủy Hà Nội"
		lead  = "Bộ Chính trị điều động ông Nguyễn Văn An, Bí thư Tỉnh ủy Quảng Ninh, giữ chức Phó bí thư Thành ủy Hà Nội nhiệm kỳ mới."
		more  = " Hội nghị công bố quyết định diễn ra sáng nay tại trụ sở Thành ủy."
	)
	cut := strings.TrimSuffix(lead, " nhiệm kỳ mới.") + " nhiệm k…"
	tests := []struct {
		name, summary, body, plain string // plain: the body left once the repeat is gone
	}{
		{"body equals lead", lead, lead, ""},
		{"body equals lead, spaced differently", lead, "  " + strings.ReplaceAll(lead, " ", "  \n") + " ", ""},
		{"body begins with the lead", lead, lead + more, more},
		{"lead cut short", cut, lead + more, "kỳ mới." + more},
		{"dateline first", lead, "(Dân trí) - " + lead + more, "(Dân trí) - " + more},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := Input{Title: title, Summary: tt.summary, URL: "https://vnexpress.net/a-1.html"}
			want, wantSig := c.ClassifySigned(Input{Title: in.Title, Summary: in.Summary, Body: tt.plain, URL: in.URL})
			in.Body = tt.body
			got, gotSig := c.ClassifySigned(in)
			if tagLine(got) != tagLine(want) {
				t.Errorf("tags %v, want %v (the lead read once)", tagLine(got), tagLine(want))
			}
			a, _ := gotSig.MarshalBinary()
			b, _ := wantSig.MarshalBinary()
			if !bytes.Equal(a, b) {
				t.Errorf("signature differs from the lead read once")
			}
		})
	}
	var w strings.Builder
	if err := c.Explain(Input{Title: title, Summary: lead, Body: lead}, &w); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(w.String(), "body") {
		t.Errorf("explanation names the body of a repeated lead:\n%s", w.String())
	}
}

// A body that does not restate the lead, or restates only part of an uncut
// one, is read whole.
func TestLeadRepeatKeepsOtherBodies(t *testing.T) {
	c := newTest(t)
	tok := func(s string) []token {
		toks, _ := c.fold.tokenize(nil, s, fieldBody, nil, c.voc)
		return toks
	}
	tests := []struct {
		name, summary, body string
		want                int // body tokens left
	}{
		{"other text", "Mưa lớn ở Huế", "Giá vàng tăng mạnh", 4},
		{"lead's start only", "Mưa lớn ở Huế chiều nay", "Mưa lớn ở Huế, đường ngập", 6},
		{"repeat after the dateline window", "Mưa lớn", "một hai ba bốn năm sáu bảy Mưa lớn", 9},
		{"empty body", "Mưa lớn", "", 0},
		{"empty lead", "", "Mưa lớn", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lead, body := tok(tt.summary), tok(tt.body)
			toks := append(append([]token{}, lead...), body...)
			got := dropLeadRepeat(toks, 0, len(lead), tt.summary)
			if len(got)-len(lead) != tt.want {
				t.Errorf("%d body tokens left, want %d", len(got)-len(lead), tt.want)
			}
		})
	}
}

// tagLine renders a result's topics (primary first) and provinces as one
// comparable line.
func tagLine(r Result) string {
	var ts, ps []string
	for _, t := range r.Topics {
		ts = append(ts, t.Topic)
	}
	for _, p := range r.Provinces {
		ps = append(ps, p.Province)
	}
	slices.Sort(ps)
	return strings.Join(ts, ",") + " | " + strings.Join(ps, ",")
}

// EnvLeadBody names the file TestLeadBodyCensus writes.
const EnvLeadBody = "BANTIN_LEADBODY_DIFF"

// TestLeadBodyCensus classifies every training-day item twice, as the
// evaluation reads it (title and lead) and as a description-only feed
// delivers it (the lead again as the body), and writes the items whose
// tags or signature differ, tab-separated, to the file EnvLeadBody names.
// It skips unless EnvRealCorpus and EnvLeadBody are both set.
func TestLeadBodyCensus(t *testing.T) {
	n, tags, sigs := 0, 0, 0
	trainCensus(t, EnvLeadBody, func(c *Classifier, it realItem) string {
		n++
		in := Input{Title: it.Title, Summary: it.Summary, URL: it.URL, SourceURL: it.FeedURL}
		r1, s1 := c.ClassifySigned(in)
		in.Body = it.Summary
		r2, s2 := c.ClassifySigned(in)
		x, _ := s1.MarshalBinary()
		y, _ := s2.MarshalBinary()
		l1, l2, sameSig := tagLine(r1), tagLine(r2), bytes.Equal(x, y)
		if l1 != l2 {
			tags++
		}
		if !sameSig {
			sigs++
		}
		if l1 == l2 && sameSig {
			return ""
		}
		return fmt.Sprintf("%s\t%s\t%s\t%v", it.URL, l1, l2, sameSig)
	})
	t.Logf("%d training-day items: %d differ in tags, %d in signature", n, tags, sigs)
}

// leadBodyVerdict is a line of leadbody_i17leadbody.jsonl: a training-day
// item whose tags (tagLine) differed between its title and lead read once
// and read with the lead again as its body, and which reading is right
// ("once", "twice" or "doubtful"). sample is "topic" (a random draw of
// the items whose tags differed), "province" (every item whose provinces
// differed) or "given" (the one training-day tag givenCountries changed).
type leadBodyVerdict struct {
	URL, Sample, Once, Twice, Verdict string
}

// TestLeadBodyVerdicts: every judged item now reads the same with its lead
// repeated as the body as without; the "given" item keeps the tags judged
// right. It logs the verdicts' counts. It skips without EnvRealCorpus.
func TestLeadBodyVerdicts(t *testing.T) {
	vs, items := judgedItems(t, "leadbody_i17leadbody.jsonl", func(v leadBodyVerdict) string { return v.URL })
	c := newTest(t)
	counts := map[string]int{}
	for _, v := range vs {
		it := items[v.URL]
		in := Input{Title: it.Title, Summary: it.Summary, URL: it.URL, SourceURL: it.FeedURL}
		once := tagLine(c.Classify(in))
		in.Body = it.Summary
		if twice := tagLine(c.Classify(in)); twice != once {
			t.Errorf("%s: %q with the lead as body, %q without", v.URL, twice, once)
		}
		if v.Sample == "given" && once != v.Once {
			t.Errorf("%s: judged %q right, now %q", v.URL, v.Once, once)
		}
		counts[v.Sample+" "+v.Verdict]++
	}
	t.Logf("leadbody_i17leadbody: %v", counts)
}
