package classify

import (
	"testing"

	"bantin/internal/model"
)

// TestMoment: a sports story's moment from its title (sentences written
// for the test), and its survival through the stored form.
func TestMoment(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		title string
		want  uint8
	}{
		{"Họp báo trước trận Việt Nam gặp Lào: HLV tự tin", momentBefore},
		{"Đội hình ra sân Việt Nam đấu Lào: Tiến Linh đá chính", momentBefore},
		{"Soi kèo Hà Nội đấu Nam Định", momentBefore},
		{"Giá vé xem Việt Nam đấu Thái Lan tăng gấp đôi", momentBefore},
		{"Nhận định Việt Nam đấu Lào", momentBefore},                           // a preview
		{"HLV Lào quyết thắng Việt Nam", momentBefore},                         // a wish, no result (matchintent.go)
		{"Cầu thủ Việt Nam ăn mừng bên khán giả Mỹ Đình", momentAfter},         // an after cue, no result
		{"Việt Nam thắng Lào 3-0", momentAfter},                                // a result
		{"HLV Lào nói gì sau trận thua Việt Nam 0-3", momentAfter},             // both a result and a cue of after
		{"Tiến Linh tập luyện cùng đồng đội ở Mỹ Đình", 0},                     // neither
		{"Đội hình ra sân và màn ăn mừng của Việt Nam", 0},                     // cues of both
		{"Người hùng Tiến Linh được thưởng nóng sau chiến thắng", momentAfter}, // two after cues
	}
	for _, tc := range cases {
		s := sportsSig(c, tc.title, "")
		if got := s.match.moment(); got != tc.want {
			t.Errorf("%q: moment %d (cue %d, result %v, preview %v), want %d", tc.title, got, s.match.cue, s.match.ok, s.match.preview, tc.want)
		}
		raw, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Signature
		if err := back.UnmarshalBinary(raw); err != nil || back != s {
			t.Errorf("%q: round trip %v, cue %d want %d", tc.title, err, back.match.cue, s.match.cue)
		}
	}
}

// TestMomentConflict: a sports story before its match and one after a
// match are never one story; unknown moments and other topics are free.
func TestMomentConflict(t *testing.T) {
	c := newTest(t)
	before := sportsSig(c, "Đội hình ra sân Việt Nam đấu Lào: Tiến Linh đá chính", "")
	after := sportsSig(c, "Cầu thủ Việt Nam ăn mừng bên khán giả Mỹ Đình", "")
	result := sportsSig(c, "Việt Nam thắng Lào 3-0", "")
	unknown := sportsSig(c, "Tiến Linh tập luyện cùng đồng đội ở Mỹ Đình", "")
	world := c.Signature("Người dân Lào ăn mừng năm mới", "", Result{Topics: []model.TopicTag{{Topic: "the-gioi"}}})
	cases := []struct {
		name string
		a, b *Signature
		want bool
	}{
		{"line-up and celebration", &before, &after, true},
		{"line-up and result", &before, &result, true},
		{"celebration and line-up", &after, &before, true},
		{"result and celebration", &result, &after, false},
		{"line-up and unknown", &before, &unknown, false},
		{"line-up and world news with an after cue", &before, &world, false},
	}
	for _, tc := range cases {
		if got := momentConflict(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: conflict %v, want %v", tc.name, got, tc.want)
		}
		if got := matchThreshold(tc.a, tc.b, 0, 0) == clusterNever; tc.want && !got {
			t.Errorf("%s: matchThreshold does not veto", tc.name)
		}
	}
}

// TestMomentVerdicts: the judged training-day pairs of i15moment2 (every
// pair the moment veto moved on the training days, and two random
// samples) — a pair judged other events that the veto kept apart stays
// apart, and none judged one event becomes vetoed (checkVetoVerdicts).
func TestMomentVerdicts(t *testing.T) {
	checkVetoVerdicts(t, "pairs_i15moment2.jsonl", func(_ string, a, b *Signature, _, _ int64) bool { return momentConflict(a, b) })
}
