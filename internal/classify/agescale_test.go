package classify

import (
	"math"
	"testing"
	"time"
)

// TestAgeScale: the threshold is flat up to ClusterAgeFrom apart, either
// way, then rises linearly to 1+ClusterAgeRise at ClusterWindow, and no
// further.
func TestAgeScale(t *testing.T) {
	mid := ClusterAgeFrom + (ClusterWindow-ClusterAgeFrom)/2
	tests := []struct {
		name string
		d    time.Duration
		want float64
	}{
		{"same moment", 0, 1},
		{"six hours", 6 * time.Hour, 1},
		{"at ClusterAgeFrom", ClusterAgeFrom, 1},
		{"at ClusterAgeFrom, earlier", -ClusterAgeFrom, 1},
		{"halfway", mid, 1 + ClusterAgeRise/2},
		{"halfway, earlier", -mid, 1 + ClusterAgeRise/2},
		{"at ClusterWindow", ClusterWindow, 1 + ClusterAgeRise},
		{"past ClusterWindow", 2 * ClusterWindow, 1 + ClusterAgeRise},
		{"past ClusterWindow, earlier", -2 * ClusterWindow, 1 + ClusterAgeRise},
		{"the longest gap", math.MaxInt64, 1 + ClusterAgeRise},
		{"the longest gap, earlier (-d overflows)", math.MinInt64, 1 + ClusterAgeRise},
	}
	for _, tc := range tests {
		if got := ageScale(int64(tc.d)); got < tc.want-1e-9 || got > tc.want+1e-9 {
			t.Errorf("%s: ageScale(%v) = %.4f, want %.4f", tc.name, tc.d, got, tc.want)
		}
	}
}

// TestMatchThresholdRisesWithAge: the same two signatures need more
// similarity three days apart than one hour apart, and exactly the flat
// threshold within ClusterAgeFrom.
func TestMatchThresholdRisesWithAge(t *testing.T) {
	c := newTest(t)
	a := c.Signature("Cháy lớn tại chợ Bến Thành", "Đám cháy bùng phát lúc rạng sáng, lực lượng cứu hỏa đã khống chế.", Result{})
	b := c.Signature("Điều tra nguyên nhân vụ cháy chợ Bến Thành", "Công an đang làm rõ nguyên nhân vụ cháy.", Result{})
	t0 := time.Date(2026, 5, 12, 8, 0, 0, 0, time.UTC).UnixNano()
	flat := threshold(a, b)
	near := matchThreshold(&a, &b, t0+int64(time.Hour), t0)
	far := matchThreshold(&a, &b, t0+int64(70*time.Hour), t0)
	if near != flat {
		t.Errorf("one hour apart: threshold %.4f, want the flat %.4f", near, flat)
	}
	if far <= near {
		t.Errorf("70 hours apart: threshold %.4f, want more than %.4f", far, near)
	}
}
