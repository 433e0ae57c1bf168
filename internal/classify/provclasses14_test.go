package classify

import "testing"

// TestBinhPhuocInTPHCM covers TP.HCM's places whose names hold the former
// province's name (the QL1 bridge, the former ward), and the counter-case of
// the former province itself. The sentences are written for the test.
func TestBinhPhuocInTPHCM(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the bridge, in a title", "Cầu Bình Phước 2 được sửa mặt đường trong ba đêm", "", "ho-chi-minh"},
		{"the bridge, in a lead", "Cấm xe tải nặng qua cầu để gia cố",
			"Xe trên 30 tấn không được đi qua cầu Bình Phước 1 từ tối thứ Bảy.", "ho-chi-minh"},
		{"the former ward's school", "Phụ huynh chờ trường mới",
			"Trường tiểu học Hiệp Bình Phước vẫn chưa xây xong sau nhiều năm.", "ho-chi-minh"},
		{"the former province stays", "Mưa lớn gây sạt lở đồi điều ở Bình Phước cũ", "", "dong-nai binh-phuoc"},
	}
	checkProvinces(t, c, cases, true)
}
