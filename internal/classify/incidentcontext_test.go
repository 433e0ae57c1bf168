package classify

import (
	"testing"
	"time"
)

// TestIncidentInContext: the incident rule in context lowers a pair's
// threshold to IncidentContextThreshold only when the pair already needs
// IncidentThreshold or less and the incident rule holds. Own sentences: a
// fire in one province, its reports worded apart.
func TestIncidentInContext(t *testing.T) {
	c := newTest(t)
	sign := func(title, lead string) Signature {
		return c.Signature(title, lead, c.Classify(Input{Title: title, Summary: lead}))
	}
	fire := sign("Cháy xưởng gỗ ở Quảng Ngãi, khói đen bao trùm khu dân cư",
		"Rạng sáng nay, xưởng gỗ của ông Lương Thế Khiêm ở Quảng Ngãi bốc cháy dữ dội.")
	h := int64(time.Hour)
	for _, tc := range []struct {
		name        string
		title, lead string
		gap         int64
		want        bool // the threshold is IncidentContextThreshold
	}{
		{"one fire, its owner named", "Ông Lương Thế Khiêm kể lại vụ cháy xưởng lúc rạng sáng",
			"Ngọn lửa thiêu rụi xưởng gỗ ở Quảng Ngãi, ông Lương Thế Khiêm ước tính thiệt hại vài tỷ đồng.", 2 * h, true},
		{"past IncidentSpan", "Ông Lương Thế Khiêm kể lại vụ cháy xưởng lúc rạng sáng",
			"Ngọn lửa thiêu rụi xưởng gỗ ở Quảng Ngãi, ông Lương Thế Khiêm ước tính thiệt hại vài tỷ đồng.", 14 * h, false},
		{"the province's name is a rare name in common", "Lại xảy ra cháy xưởng gỗ giữa khu dân cư",
			"Một xưởng gỗ ở Quảng Ngãi bốc cháy lúc rạng sáng, lực lượng chữa cháy có mặt sau ít phút.", 2 * h, true},
		{"another kind of incident", "Xe tải chở gỗ lật trên quốc lộ",
			"Một xe tải chở gỗ bị lật ở Quảng Ngãi, tài xế bị thương nhẹ.", 2 * h, false},
		{"no incident in the title", "Ông Lương Thế Khiêm nhận khen thưởng",
			"Doanh nghiệp của ông Lương Thế Khiêm ở Quảng Ngãi được tỉnh khen thưởng.", 2 * h, false},
		{"another province: the incident rule alone", "Ông Lương Thế Khiêm kể lại vụ cháy xưởng lúc rạng sáng",
			"Ông Lương Thế Khiêm cho biết xưởng thứ hai của ông ở Gia Lai cũng từng bốc cháy.", 2 * h, false},
	} {
		b := sign(tc.title, tc.lead)
		for _, p := range [][2]*Signature{{&fire, &b}, {&b, &fire}} {
			got := pairThreshold(p[0], p[1], tc.gap, 0, 0, 0) == IncidentContextThreshold
			if p[0] != &fire {
				got = pairThreshold(p[0], p[1], 0, tc.gap, 0, 0) == IncidentContextThreshold
			}
			if got != tc.want {
				t.Errorf("%s: threshold %.3f (plain %.3f), want IncidentContextThreshold %v (incidents %b %b, names %v %v)", tc.name,
					pairThreshold(&fire, &b, tc.gap, 0, 0, 0), burstThreshold(&fire, &b, tc.gap, 0, 0), tc.want, fire.incident, b.incident, fire.names, b.names)
			}
		}
	}
	b := sign("Ông Lương Thế Khiêm kể lại vụ cháy xưởng lúc rạng sáng",
		"Ngọn lửa thiêu rụi xưởng gỗ ở Quảng Ngãi, ông Lương Thế Khiêm ước tính thiệt hại vài tỷ đồng.")
	for _, tc := range []struct {
		t    float64
		want bool
	}{{ClusterContextThreshold, true}, {IncidentThreshold * BurstFactor, true}, {ClusterCountryContext, false}, {IncidentContextThreshold, false}, {clusterNever, false}} {
		if got := incidentInContext(&fire, &b, h, 0, tc.t); got != tc.want {
			t.Errorf("threshold %.3f: %v, want %v", tc.t, got, tc.want)
		}
	}
}
