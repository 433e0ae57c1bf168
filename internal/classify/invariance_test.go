package classify

import (
	"slices"
	"strings"
	"testing"
)

var toCaps = strings.ToUpper

// variant is a line of testdata/classify/variants.jsonl: an article of the
// evaluation set in NFD, with Ð for Đ, with the other tone placement or in
// ALL CAPS (written by the generator, since only vntext may use x/text).
type variant struct {
	ID, Kind, Title, Summary, Body string
}

func loadVariants(t *testing.T) []variant {
	return readJSONL[variant](t, "../../testdata/classify/variants.jsonl")
}

func transform(in Input, f func(string) string) Input {
	in.Title, in.Summary, in.Body = f(in.Title), f(in.Summary), f(in.Body)
	return in
}

func sameTags(a, b Result) bool {
	key := func(r Result) []string {
		var out []string
		for _, t := range r.Topics {
			out = append(out, t.Topic)
		}
		for _, p := range r.Provinces {
			out = append(out, p.Province+"/"+p.Legacy)
		}
		return out
	}
	return slices.Equal(key(a), key(b))
}

// TestInvariance: NFD, Ð for Đ and the other tone placement give the same
// tags as the original on every variant; a fully capitalised article is
// logged when it differs (case is a signal for ambiguous names).
func TestInvariance(t *testing.T) {
	c := newTest(t)
	byID := map[string]evalArticle{}
	for _, a := range loadEval(t) {
		byID[a.ID] = a
	}
	counts, capsDiff := map[string]int{}, 0
	for _, v := range loadVariants(t) {
		a := byID[v.ID]
		in := a.input()
		base := c.Classify(in)
		in.Title, in.Summary, in.Body = v.Title, v.Summary, v.Body
		got := c.Classify(in)
		counts[v.Kind]++
		switch {
		case sameTags(base, got):
		case v.Kind == "caps":
			capsDiff++
			t.Logf("%s all caps: %v vs %v", a.ID, predicted(base), predicted(got))
		default:
			t.Errorf("%s %s: %+v\nvs %+v", a.ID, v.Kind, base, got)
		}
	}
	if len(counts) != 4 || counts["nfd"] < 100 {
		t.Errorf("variants %v, want four kinds, ≥100 each", counts)
	}
	t.Logf("variants checked %v; fully capitalised articles with other tags: %d", counts, capsDiff)
}

// TestCapsInvariance: an ALL-CAPS headline gives the same tags on every
// article of the set, and a fully capitalised article the same tags when
// its places carry context or are unambiguous names.
func TestCapsInvariance(t *testing.T) {
	c := newTest(t)
	for _, a := range loadEval(t) {
		in := a.input()
		base := c.Classify(in)
		in.Title = toCaps(in.Title)
		if got := c.Classify(in); !sameTags(base, got) {
			t.Errorf("%s caps title: %v vs %v", a.ID, predicted(base), predicted(got))
		}
	}
	// Fully capitalised articles whose ambiguous names carry context.
	articles := []Input{
		{Title: "Thanh Hóa đón 1 triệu du khách", Body: "Tỉnh Hòa Bình (cũ) và Hà Nam cũ cũng tăng trưởng. Chị Nguyễn Thị Hồng Huế cho biết."},
		{Title: "Quốc hội thông qua luật", Body: "Vì hòa bình, hữu nghị. Phó Thủ tướng Nguyễn Hòa Bình phát biểu. Diễn biến tích cực."},
		{Title: "Đắk Lắk: mưa lớn", Body: "Dự tại điểm cầu Cà Mau có lãnh đạo tỉnh. Báo Quảng Ninh đưa tin. Tại Huế, lễ hội khai mạc."},
		{Title: "Lũ dâng", Body: "(Quảng Trị) – Mưa lớn. Xã Quảng Ninh bị ngập. Phường Bắc Kạn, tỉnh Thái Nguyên sơ tán dân."},
	}
	for _, in := range articles {
		base, got := c.Classify(in), c.Classify(transform(in, toCaps))
		if !sameTags(base, got) {
			t.Errorf("all caps %q: %v vs %v", in.Title, predicted(base), predicted(got))
		}
	}
}
