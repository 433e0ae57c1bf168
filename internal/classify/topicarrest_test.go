package classify

import "testing"

// TestArrestedOnCharge: "bị bắt với/vì cáo buộc" (arrested on a charge)
// tags the law topic; a bare accusation between states does not.
func TestArrestedOnCharge(t *testing.T) {
	checkRuleTopics(t, []topicCase{
		{"Cựu phi công bị bắt với cáo buộc huấn luyện quân nhân nước ngoài", "phap-luat", true},
		{"Nghệ sĩ hài bị bắt vì cáo buộc xúc phạm tổng thống", "phap-luat", true},
		{"Kuwait cáo buộc Iran tập kích nhà máy lọc nước", "phap-luat", false},
		{"Nga, Ukraine cáo buộc lẫn nhau tấn công mục tiêu dân sự", "phap-luat", false},
	})
}
