package mailer

import (
	"testing"
)

// TestDigestSubjectManyFilters: a subscriber with many topics and provinces
// gets a subject cut between whole names ("…, Hà…" could be Hà Nội or Hà
// Tĩnh: neomutt's index shows only the subject).
func TestDigestSubjectManyFilters(t *testing.T) {
	for _, tc := range []struct {
		topics, provinces []string
		want              string
	}{
		{[]string{"Đời sống – Du lịch", "Kinh tế", "Môi trường – Thời tiết", "Văn hóa – Giải trí"},
			[]string{"Hà Nội", "Thái Nguyên", "Bắc Kạn (cũ)"},
			"Bản tin tuần 48/2026 – Đời sống – Du lịch, Kinh tế, Môi trường – Thời tiết, Văn hóa – Giải trí, …"},
		{[]string{"Kinh tế", "Giáo dục", "Y tế – Sức khỏe", "Thể thao", "Chính trị", "Pháp luật"},
			[]string{"Hà Tĩnh", "Hà Nội"},
			"Bản tin tuần 48/2026 – Kinh tế, Giáo dục, Y tế – Sức khỏe, Thể thao, Chính trị, Pháp luật, Hà Tĩnh, …"},
		{[]string{"Kinh tế"}, []string{"Hà Nội"}, "Bản tin tuần 48/2026 – Kinh tế, Hà Nội"},
	} {
		d := sampleDigest()
		d.Topics, d.Provinces = tc.topics, tc.provinces
		m, err := newTestRenderer(t, nil).RenderDigest(d)
		if err != nil {
			t.Fatal(err)
		}
		if got := decodeHeader(t, parseMessage(t, m.Raw).header.Get("Subject")); got != tc.want {
			t.Errorf("Subject = %q, want %q", got, tc.want)
		}
	}
}

func TestShortenList(t *testing.T) {
	for _, tc := range []struct {
		n        int
		in, want string
	}{
		{20, "Kinh tế, Hà Nội", "Kinh tế, Hà Nội"},
		{20, "Kinh tế, Giáo dục, Hà Nội", "Kinh tế, Giáo dục, …"},
		{12, "Kinh tế, Giáo dục", "Kinh tế, …"},
		{10, "Môi trường – Thời tiết, Hà Nội", "Môi trường…"},
	} {
		if got := shortenList(tc.n, tc.in); got != tc.want {
			t.Errorf("shortenList(%d, %q) = %q, want %q", tc.n, tc.in, got, tc.want)
		}
	}
}
