package classify

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestAfterMatch: the aftermath rule joins a result published within
// AftermathSpan after a score report of its team, and nothing else. Own
// sentences.
func TestAfterMatch(t *testing.T) {
	c := newTest(t)
	sign := func(title, lead string) Signature {
		return c.Signature(title, lead, c.Classify(Input{Title: title, Summary: lead}))
	}
	score := sign("Việt Nam 3-1 Malaysia", "Tuyển Việt Nam thắng Malaysia 3-1 ở lượt cuối vòng loại Asian Cup trên sân Mỹ Đình tối qua.")
	h := int64(time.Hour)
	for _, tc := range []struct {
		name        string
		title, lead string
		gap         int64 // the story's publication after the score report's
		want        bool
	}{
		{"the celebration, hours after", "Người hâm mộ xuống đường ăn mừng", "Hàng nghìn cổ động viên Việt Nam đổ ra đường sau khi đội nhà thắng đậm.", 3 * h, true},
		{"the coach's words, the next morning", "HLV Kim Sang-sik: 'Các cầu thủ đã chơi quả cảm'", "HLV Kim Sang-sik khen các cầu thủ Việt Nam sau chiến thắng tối qua.", 11 * h, true},
		{"past AftermathSpan", "Người hâm mộ xuống đường ăn mừng", "Hàng nghìn cổ động viên Việt Nam đổ ra đường sau khi đội nhà thắng đậm.", 13 * h, false},
		{"published before the score report", "Người hâm mộ xuống đường ăn mừng", "Hàng nghìn cổ động viên Việt Nam đổ ra đường sau khi đội nhà thắng đậm.", -h, false},
		{"the next match's preview", "Việt Nam sẽ gặp Thái Lan ở chung kết", "Đội tuyển Việt Nam sẽ đối đầu Thái Lan ở trận chung kết tuần sau.", 3 * h, false},
		{"another score line", "Việt Nam thắng Lào", "Đội tuyển Việt Nam thắng Lào 2-0 ở trận giao hữu.", 3 * h, false},
		{"no team of the score report", "Thái Lan thắng nhọc Singapore", "Thái Lan giành chiến thắng trước Singapore ở bảng B.", 3 * h, false},
		{"an after-cued piece that states no result", "Cầu thủ Việt Nam hát vang trong phòng thay đồ sau trận", "Các cầu thủ Việt Nam nhảy nhót cùng ban huấn luyện trên sân Mỹ Đình.", 5 * h, true},
		{"an after-cued piece past AftermathSpan", "Cầu thủ Việt Nam hát vang trong phòng thay đồ sau trận", "Các cầu thủ Việt Nam nhảy nhót cùng ban huấn luyện trên sân Mỹ Đình.", 13 * h, false},
		{"an after-cued piece of another team", "Cầu thủ Thái Lan hát vang trong phòng thay đồ sau trận", "Các cầu thủ Thái Lan nhảy nhót cùng ban huấn luyện ở Bangkok.", 5 * h, false},
		{"an after-cued piece naming the team in its lead only", "Người hùng thầm lặng sau trận", "Tiền vệ của tuyển Việt Nam được người hâm mộ nhắc tên nhiều nhất.", 5 * h, false},
		{"an uncued piece that states no result", "Cầu thủ Việt Nam hát vang trong phòng thay đồ", "Các cầu thủ Việt Nam nhảy nhót cùng ban huấn luyện trên sân Mỹ Đình.", 5 * h, false},
	} {
		b := sign(tc.title, tc.lead)
		if strings.HasPrefix(tc.name, "an ") && b.match.ok {
			t.Errorf("%s: read as a result (%+v); the case wants none", tc.name, b.match)
		}
		for _, p := range [][2]*Signature{{&score, &b}, {&b, &score}} {
			pa, pb := int64(0), tc.gap
			if p[0] != &score {
				pa, pb = tc.gap, 0
			}
			if got := afterMatch(p[0], p[1], pa, pb); got != tc.want {
				t.Errorf("%s: afterMatch %v, want %v (match %+v | %+v)", tc.name, got, tc.want, score.match, b.match)
			}
		}
		if tc.want && (flatThreshold(&score, &b, 0, tc.gap) != ClusterMatch || !linked(&b, &score, tc.gap, 0, 1)) {
			t.Errorf("%s: threshold %.3f, linked %v: want ClusterMatch and linked", tc.name, flatThreshold(&score, &b, 0, tc.gap), linked(&b, &score, tc.gap, 0, 1))
		}
	}
	// The anchor must state its score in its title: a result word with
	// the score in the lead is no score report, nor is a league's name a
	// team ("Ngoại hạng Anh").
	for _, tc := range []struct{ name, aTitle, aLead, bTitle, bLead string }{
		{"the score only in the lead", "Việt Nam thắng Malaysia", "Tuyển Việt Nam thắng Malaysia 3-1 tối qua.",
			"Người hâm mộ xuống đường ăn mừng", "Hàng nghìn cổ động viên Việt Nam đổ ra đường sau khi đội nhà thắng đậm."},
		{"a round's two results", "Arsenal 2-0 Chelsea", "Arsenal thắng Chelsea ở vòng 20 Ngoại hạng Anh.",
			"Man City thắng ngược Liverpool", "Man City thắng Liverpool ở vòng 20 Ngoại hạng Anh."},
	} {
		a, b := sign(tc.aTitle, tc.aLead), sign(tc.bTitle, tc.bLead)
		if afterMatch(&a, &b, 0, 3*h) {
			t.Errorf("%s: afterMatch holds", tc.name)
		}
	}
}

// Story census changes of the landed rule (main db58e40, news_v2.jsonl,
// 88,288 training-day items): the same-story pairs it joins and splits,
// of which pairs_i20aftermath.jsonl judges a random 40 each.
const (
	aftermathJoined = 657
	aftermathSplit  = 204
)

// TestAftermathVerdicts reads the judged pairs of the aftermath rule
// (testdata/classify/real/pairs_i20aftermath.jsonl): 40 joined and 40
// split, and the bar they were landed on — Δtp > 0 and Δtp/(Δtp+Δfp) ≥
// 0.82 estimated from them, doubtful pairs counted against. With the
// corpus (EnvRealCorpus) it logs how many of each label satisfy the rule
// as a pair (most moved through the linkage majority, not directly).
func TestAftermathVerdicts(t *testing.T) {
	const file = "pairs_i20aftermath.jsonl"
	verdicts := readJSONL[pairLabel](t, "../../testdata/classify/real/"+file)
	n := labelsBySample(verdicts)
	joined, split := n["i20-aftermath-joined-20201"], n["i20-aftermath-split-20202"]
	if len(verdicts) != 80 || labelTotal(joined) != 40 || labelTotal(split) != 40 {
		t.Fatalf("%d verdicts: %v", len(verdicts), n)
	}
	dtp, dfp := censusDelta(aftermathJoined, aftermathSplit, joined, split)
	if dtp <= 0 || dtp/(dtp+dfp) < 0.82 {
		t.Errorf("Δtp %.0f Δfp %.0f: below the bar", dtp, dfp)
	}
	t.Logf("joined %v, split %v: Δtp ≈ %.0f, Δfp ≈ %.0f, Δtp/(Δtp+Δfp) = %.3f", joined, split, dtp, dfp, dtp/(dtp+dfp))
	if os.Getenv(EnvRealCorpus) == "" {
		return
	}
	_, signed := signedVerdicts[pairLabel](t, file)
	holds := map[string]int{}
	for i, v := range verdicts {
		if sp := &signed[i]; afterMatch(&sp.a, &sp.b, sp.pa, sp.pb) {
			holds[v.Sample+" "+v.Label]++
		}
	}
	t.Logf("pairs satisfying the rule: %v", holds)
}
