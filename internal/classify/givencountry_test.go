package classify

import "testing"

// A country that is also a given name (givenCountries) right after an
// honorific is a person, no world-news cue; after a noun of people it is
// still the country ("người đàn ông Nga"), and so it is alone.
func TestGivenCountry(t *testing.T) {
	c := newTest(t)
	tests := []struct {
		title, summary string
		world          bool
	}{
		{"Hồ sơ đủ cả vẫn phải chờ cơ chế của chị Nga", "Người dân phường bức xúc vì hồ sơ bị trả về nhiều lần.", false},
		{"Cháy nhà trong đêm, bà Nga mất tích", "Ngọn lửa bùng lên lúc rạng sáng, hàng xóm không thấy bà đâu.", false},
		{"Tòa tuyên ông Đức không đủ chứng cứ", "Vụ tranh chấp đất đai kéo dài nhiều năm giữa hai gia đình.", false},
		{"Người đàn ông Nga say xỉn gây tai nạn", "Người này bị tạm giữ sau khi tông xe vào quầy hàng.", true},
		{"Nga nói sẵn sàng đàm phán", "Điện Kremlin cho biết lập trường không đổi.", true},
	}
	for _, tt := range tests {
		r := c.Classify(Input{Title: tt.title, Summary: tt.summary})
		world := false
		for _, tp := range r.Topics {
			world = world || tp.Topic == nationTopic
		}
		if world != tt.world {
			t.Errorf("%q: world topic %v, want %v (%v)", tt.title, world, tt.world, r.Topics)
		}
	}
}
