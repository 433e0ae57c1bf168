package app

import (
	"time"

	"bantin/internal/config"
)

var vnDays = [...]string{time.Sunday: "Chủ nhật", time.Monday: "thứ Hai", time.Tuesday: "thứ Ba",
	time.Wednesday: "thứ Tư", time.Thursday: "thứ Năm", time.Friday: "thứ Sáu", time.Saturday: "thứ Bảy"}

// sendsOn says when digests go out as the subscription pages write it
// after "Mỗi": the part of the day and the weekday, "sáng thứ Hai" for the
// default "Mon 07:00", "tối thứ Sáu" for "Fri 19:30".
func sendsOn(s config.Schedule) string {
	part := "tối"
	switch {
	case s.Hour < 4:
		part = "đêm"
	case s.Hour < 11:
		part = "sáng"
	case s.Hour < 13:
		part = "trưa"
	case s.Hour < 18:
		part = "chiều"
	}
	return part + " " + vnDays[s.Weekday]
}
