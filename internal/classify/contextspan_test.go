package classify

import (
	"testing"
	"time"
)

func TestStaleContext(t *testing.T) {
	sig := func(names ...uint16) *Signature {
		var s Signature
		copy(s.names[:], names)
		return &s
	}
	day := int64(24 * time.Hour)
	tests := []struct {
		name string
		a, b *Signature
		d    int64
		want bool
	}{
		{"same day, no names", sig(), sig(), int64(3 * time.Hour), false},
		{"exactly the span", sig(), sig(), day, false},
		{"past the span, no names", sig(), sig(), day + 1, true},
		{"past the span, earlier first", sig(), sig(), -(day + 1), true},
		{"past the span, a shared name", sig(7, 9), sig(9, 11), 2 * day, false},
		{"past the span, different names", sig(7, 9), sig(10, 11), 2 * day, true},
		{"unused name slots are no shared name", sig(7), sig(8), 2 * day, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := staleContext(tc.a, tc.b, tc.d); got != tc.want {
				t.Errorf("staleContext(d=%v) = %v, want %v", time.Duration(tc.d), got, tc.want)
			}
		})
	}
}

// TestThresholdStaleContext checks the hook: two features of one
// province and topic with no name in common get the context threshold
// when published the same day and lose it a day and a half apart.
func TestThresholdStaleContext(t *testing.T) {
	sig := signerOf(newTest(t))
	a := sig("Đà Lạt rực rỡ mùa hoa dã quỳ", "Hoa dã quỳ nở vàng các con dốc ở Đà Lạt, du khách đổ về chụp ảnh.")
	b := sig("Du khách chen chân ở chợ đêm Bảo Lộc", "Chợ đêm phường Bảo Lộc đông nghẹt du khách dịp cuối tuần.")
	if !sharesContext(&a, &b, false) {
		t.Fatalf("the fixtures share no province and topic (topics %d, %d); reword them", a.topic, b.topic)
	}
	if !staleContext(&a, &b, int64(36*time.Hour)) {
		t.Fatalf("the fixtures share a name (%v, %v); reword them", a.names, b.names)
	}
	if got := thresholdAt(&a, &b, int64(2*time.Hour)); got != ClusterContextThreshold {
		t.Errorf("threshold 2 h apart = %v, want the context threshold %v", got, ClusterContextThreshold)
	}
	if got := thresholdAt(&a, &b, int64(36*time.Hour)); got <= ClusterContextThreshold {
		t.Errorf("threshold 36 h apart = %v, want above the context threshold %v", got, ClusterContextThreshold)
	}
}
