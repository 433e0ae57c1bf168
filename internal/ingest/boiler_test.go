package ingest

import (
	"fmt"
	"strings"
	"testing"
)

// leads are ten unrelated leads written for the tests.
var leads = []string{
	"Giá xăng giảm hơn 400 đồng mỗi lít từ chiều nay.",
	"Ngân hàng giữ nguyên lãi suất cho vay đến cuối năm.",
	"Đội tuyển nữ vào chung kết sau trận thắng ngược 3-2.",
	"Học sinh được nghỉ Tết 12 ngày, sớm hơn năm ngoái.",
	"Mưa lớn làm sạt lở ba ngôi nhà trong đêm.",
	"Cây cầu dài ba km được thông xe sau ba năm thi công.",
	"Ca ghép tim cho bé trai kéo dài tám giờ.",
	"Giá lúa tăng 500 đồng mỗi kg nhờ đơn hàng xuất khẩu.",
	"Công an triệt phá nhóm làm giả văn bằng.",
	"Người dân đặt lịch khám bệnh trên điện thoại.",
}

const testFooter = "Bài viết được đăng tại Báo Ánh Sáng. Đường dây nóng: 0912 345 678."

// texts returns the first n leads, each made by f.
func texts(n int, f func(i int, s string) string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = f(i, leads[i%len(leads)])
	}
	return out
}

func TestFindBoilerplate(t *testing.T) {
	for _, tc := range []struct {
		name       string
		texts      []string
		head, tail string // expected of texts[0]
	}{
		{"footer on all", texts(10, func(_ int, s string) string { return s + " " + testFooter }), "", testFooter},
		{"masthead on all", texts(10, func(_ int, s string) string { return "(Báo Ánh Sáng) – Tin tức cập nhật 24 giờ – " + s }),
			"(Báo Ánh Sáng) – Tin tức cập nhật 24 giờ –", ""},
		{"footer on three of ten", texts(10, func(i int, s string) string {
			if i < 3 {
				return s + " " + testFooter
			}
			return s
		}), "", ""},
		{"footer on four of ten", texts(10, func(i int, s string) string {
			if i < 4 {
				return s + " " + testFooter
			}
			return s
		}), "", testFooter},
		{"four items", texts(4, func(_ int, s string) string { return s + " " + testFooter }), "", ""},
		{"five words", texts(10, func(_ int, s string) string { return s + " Xem thêm tại Báo Ánh." }), "", ""},
		// A phrase ending many leads is part of their sentence, not a footer.
		{"inside a sentence", texts(10, func(i int, s string) string {
			return fmt.Sprintf("Đội %d thắng %d-0 ở vòng 1/8 World Cup 2026.", i, i)
		}), "", ""},
		{"shared start of a sentence", texts(10, func(i int, s string) string {
			return fmt.Sprintf("Tổng Bí thư, Chủ tịch nước tiếp đoàn đại biểu số %d. %s", i, s)
		}), "", ""},
		{"padding longer than the window", texts(10, func(_ int, s string) string { return s + strings.Repeat(" lorem ipsum", 500) }),
			"", strings.TrimSpace(strings.Repeat(" lorem ipsum", 500))},
		{"identical texts", texts(10, func(_ int, _ string) string {
			return "Đọc tin tức mới nhất của Báo Ánh Sáng tại đây."
		}),
			"Đọc tin tức mới nhất của Báo Ánh Sáng tại đây.", "Đọc tin tức mới nhất của Báo Ánh Sáng tại đây."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bps := findBoilerplate(tc.texts)
			var got boiler
			if bps != nil {
				got = bps[0]
			}
			if got.head != tc.head || got.tail != tc.tail {
				t.Errorf("got head %q tail %q, want %q and %q", got.head, got.tail, tc.head, tc.tail)
			}
			if got.tail != "" && got.strip(tc.texts[0]) != leads[0] && tc.name != "identical texts" {
				t.Errorf("stripped %q, want %q", got.strip(tc.texts[0]), leads[0])
			}
		})
	}
}

func TestBoilerStripHTML(t *testing.T) {
	b := boiler{head: "(Báo A) –", tail: "Đường dây nóng: 0912 & 0913."}
	for _, tc := range []struct{ in, want string }{
		{"(Báo A) – Tin chính. Đường dây nóng: 0912 &amp; 0913.", "Tin chính."},
		{"<p>(Báo A) – Tin chính.</p><p>Đường dây nóng: 0912 &amp; 0913.</p>", "<p>Tin chính.</p><p></p>"},
		{"<p>Tin chính. Đường dây nóng: 0912 &amp; 0913.</p><p>Còn nữa.</p>", "<p>Tin chính. Đường dây nóng: 0912 &amp; 0913.</p><p>Còn nữa.</p>"},
		{"<p>Tin (Báo A) – chính.</p>", "<p>Tin (Báo A) – chính.</p>"},
	} {
		if got := b.stripHTML(tc.in); got != tc.want {
			t.Errorf("stripHTML(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestBoilerplateOfPadding: 2,000 texts of 24 KB that share their
// padding lose all of it (BenchmarkFindBoilerplate measures the cost).
func TestBoilerplateOfPadding(t *testing.T) {
	pad := strings.Repeat(" lorem ipsum", 2000)
	big := texts(2000, func(i int, s string) string { return fmt.Sprintf("%s %d.%s", s, i, pad) })
	bps := findBoilerplate(big)
	for i, b := range bps {
		if b.head != "" || b.tail != strings.TrimSpace(pad) {
			t.Fatalf("text %d: head %q, tail of %d bytes, want none and %d", i, b.head, len(b.tail), len(pad)-1)
		}
	}
	if bps == nil {
		t.Fatal("no boilerplate found")
	}
}

// BenchmarkFindBoilerplate: n texts of 24 KB sharing their padding.
func BenchmarkFindBoilerplate(b *testing.B) {
	pad := strings.Repeat(" lorem ipsum", 2000)
	for _, n := range []int{200, 2000} {
		big := texts(n, func(i int, s string) string { return fmt.Sprintf("%s %d.%s", s, i, pad) })
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				findBoilerplate(big)
			}
		})
	}
}
