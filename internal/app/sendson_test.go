package app

import (
	"testing"

	"bantin/internal/config"
)

func TestSendsOn(t *testing.T) {
	for _, tt := range []struct{ schedule, want string }{
		{"Mon 07:00", "sáng thứ Hai"},
		{"Fri 19:30", "tối thứ Sáu"},
		{"sunday 12:00", "trưa Chủ nhật"},
		{"Wed 15:00", "chiều thứ Tư"},
		{"Sat 01:00", "đêm thứ Bảy"},
	} {
		s, err := config.ParseSchedule(tt.schedule)
		if err != nil {
			t.Fatal(err)
		}
		if got := sendsOn(s); got != tt.want {
			t.Errorf("sendsOn(%q) = %q, want %q", tt.schedule, got, tt.want)
		}
	}
}
