package classify

import (
	"testing"
	"time"
)

// TestCountrySpan: a shared foreign country is context (the lower
// ClusterCountryContext) up to ClusterCountrySpan apart, in either order,
// and no context further apart.
func TestCountrySpan(t *testing.T) {
	for _, tc := range []struct {
		name string
		d    time.Duration
		want float64
	}{
		{"same hour", 0, ClusterCountryContext},
		{"a day apart", 24 * time.Hour, ClusterCountryContext},
		{"at the span", ClusterCountrySpan, ClusterCountryContext},
		{"just past the span", ClusterCountrySpan + time.Minute, ClusterThreshold},
		{"two days apart", 48 * time.Hour, ClusterThreshold},
	} {
		if got := countryContext(int64(tc.d)); got != tc.want {
			t.Errorf("%s: countryContext %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestCountrySpanThreshold: two world reports (sentences written for the
// test) that share a foreign country and their topic need
// ClusterCountryContext within a day and the plain threshold two days on,
// whichever is published first; matchThreshold adds the age rise.
func TestCountrySpanThreshold(t *testing.T) {
	sig := signerOf(newTest(t))
	a := sig("Iran tuyên bố phóng tên lửa vào tàu hàng trên vịnh Oman",
		"Vệ binh Iran cho biết đã phóng tên lửa vào một tàu hàng, cảnh báo đáp trả mọi hành động gây hấn.")
	b := sig("Iran đăng video tập kích tàu khu trục trên vịnh Oman",
		"Truyền thông Iran công bố video được cho là cảnh phóng tên lửa nhằm vào tàu khu trục.")
	if !SharesCountryContext(a, b) || sharesContext(&a, &b, false) || a.match.sports {
		t.Fatalf("setup: country context %v, province context %v, sports %v", SharesCountryContext(a, b), sharesContext(&a, &b, false), a.match.sports)
	}
	h := int64(time.Hour)
	for _, tc := range []struct {
		name   string
		pa, pb int64
		want   float64
	}{
		{"hours apart", 6 * h, 0, ClusterCountryContext},
		{"two days apart", 48 * h, 0, ClusterThreshold},
		{"two days apart, the other first", 0, 48 * h, ClusterThreshold},
	} {
		if got := flatThreshold(&a, &b, tc.pa, tc.pb); got != tc.want {
			t.Errorf("%s: flatThreshold %v, want %v", tc.name, got, tc.want)
		}
	}
	if got, want := matchThreshold(&a, &b, 48*h, 0), ClusterThreshold*ageScale(48*h); got != want {
		t.Errorf("matchThreshold two days apart %v, want %v", got, want)
	}
}

// signerOf returns a function that classifies a title and summary with c
// and returns the signature ingestion stores (ClassifySigned).
func signerOf(c *Classifier) func(title, summary string) Signature {
	return func(title, summary string) Signature {
		_, s := c.ClassifySigned(Input{Title: title, Summary: summary})
		return s
	}
}
