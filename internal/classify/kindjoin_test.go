package classify

import (
	"testing"
	"time"

	"bantin/internal/model"
)

// TestKindPair: the kind rule's pairs, their similarity aside, on
// signatures of own sentences (the world's topic, or the news's) and on
// ones built by hand (places, sports, a shared city).
func TestKindPair(t *testing.T) {
	c := newTest(t)
	world := Result{Topics: []model.TopicTag{{Topic: "the-gioi"}}}
	news := Result{Topics: []model.TopicTag{{Topic: "xa-hoi"}}}
	sign := func(r Result, title, lead string) Signature { return c.Signature(title, lead, r) }
	shot := sign(world, "Nổ súng gần bữa tiệc của tổng thống", "Mật vụ khống chế một người đàn ông mang súng.")
	h := int64(time.Hour)
	for _, tc := range []struct {
		name        string
		r           Result
		title, lead string
		gap         int64
		want        bool
	}{
		{"one kind, one topic", world, "Camera ghi cảnh tay súng lao qua chốt an ninh", "Đoạn video cho thấy nghi phạm chạy qua cửa kiểm soát.", 3 * h, true},
		{"KindSpan apart", world, "Camera ghi cảnh tay súng lao qua chốt an ninh", "Đoạn video cho thấy nghi phạm chạy qua cửa kiểm soát.", 12 * h, true},
		{"past KindSpan", world, "Camera ghi cảnh tay súng lao qua chốt an ninh", "Đoạn video cho thấy nghi phạm chạy qua cửa kiểm soát.", 13 * h, false},
		{"another kind", world, "Cháy lớn gần khách sạn", "Lửa bùng lên ở tầng trệt.", 3 * h, false},
		{"no incident in the title", world, "Tổng thống dự tiệc cùng phóng viên", "Buổi tiệc diễn ra như thường lệ.", 3 * h, false},
		{"another topic", news, "Camera ghi cảnh tay súng lao qua chốt an ninh", "Đoạn video cho thấy nghi phạm chạy qua cửa kiểm soát.", 3 * h, false},
	} {
		b := sign(tc.r, tc.title, tc.lead)
		if got := kindPair(&shot, &b, tc.gap, 0); got != tc.want {
			t.Errorf("%s: %v, want %v (incidents %b %b, topics %d %d)", tc.name, got, tc.want, shot.incident, b.incident, shot.topic, b.topic)
		}
		if got := kindPair(&b, &shot, 0, tc.gap); got != tc.want {
			t.Errorf("%s, the other way: %v, want %v", tc.name, got, tc.want)
		}
	}
	var city uint16
	for h := range cityNames {
		city = h
		break
	}
	base := Signature{n: 1, topic: 3, places: 1, incident: incidentFire}
	for _, tc := range []struct {
		name string
		edit func(a, b *Signature)
		want bool
	}{
		{"a fire in one province", func(a, b *Signature) {}, true},
		{"one names no place", func(a, b *Signature) { b.places = 0 }, true},
		{"places contradict", func(a, b *Signature) { b.places = 2 }, false},
		{"a crash", func(a, b *Signature) { a.incident, b.incident = incidentCrash, incidentCrash }, false},
		{"a crash and a fire in both", func(a, b *Signature) { a.incident, b.incident = incidentCrash|incidentFire, incidentCrash|incidentFire }, true},
		{"sports", func(a, b *Signature) { a.match.sports = true }, false},
		{"no topic", func(a, b *Signature) { a.topic, b.topic = 0, 0 }, false},
		{"a foreign city in common", func(a, b *Signature) { a.names[0], b.names[0] = city, city }, false},
		{"a foreign city on one side", func(a, b *Signature) { a.names[0] = city }, true},
	} {
		a, b := base, base
		tc.edit(&a, &b)
		if got := kindPair(&a, &b, h, 0); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestKindThreshold: the kind rule lowers a pair's threshold to
// KindFactor of it, never under lowestThreshold, and leaves a vetoed
// pair and a pair outside the rule alone.
func TestKindThreshold(t *testing.T) {
	a := Signature{n: 1, topic: 3, incident: incidentFire}
	other := Signature{n: 1, topic: 4, incident: incidentFire}
	for _, tc := range []struct {
		name string
		b    Signature
		t    float64
		want float64
	}{
		{"lowered", a, 0.30, 0.6 * 0.30},
		{"not under lowestThreshold", a, 0.14, lowestThreshold},
		{"already at lowestThreshold", a, lowestThreshold, lowestThreshold},
		{"under lowestThreshold stays", a, 0.05, 0.05},
		{"vetoed", a, clusterNever, clusterNever},
		{"outside the rule", other, 0.30, 0.30},
	} {
		if got := kindThreshold(&a, &tc.b, 0, 0, tc.t); got != tc.want {
			t.Errorf("%s: %.3f, want %.3f", tc.name, got, tc.want)
		}
	}
}

// TestKindJoinVerdicts keeps i23storyrec's finding (BENCHMARKS.md,
// "Twenty-third session: i23storyrec"): the kind rule without crashes
// ("kind", landed: 133 census pairs joined, 6 split) passes the stories
// bar; with crashes ("kindcrash": 146 and 6) it does not.
func TestKindJoinVerdicts(t *testing.T) {
	checkBarRows(t, "pairs_i23storyrec.jsonl", []barRow{
		{"kind", 133, 6, "i23storyrec-kind-joined-23105", "i23storyrec-kind-split-23106", 111.05, 17.95, true},
		{"kindcrash", 146, 6, "i23storyrec-kindcrash-joined-23103", "i23storyrec-kindcrash-split-23104", 114.8, 27.2, false},
	})
}
