package classify

import (
	"testing"
	"time"

	"bantin/internal/model"
)

// TestSharedIncident: the incident rule's pairs, their similarity aside.
// Own sentences; the topic is the world's.
func TestSharedIncident(t *testing.T) {
	c := newTest(t)
	world := Result{Topics: []model.TopicTag{{Topic: "the-gioi"}}}
	sign := func(title, lead string) Signature { return c.Signature(title, lead, world) }
	fire := sign("Cháy lớn tại khu chung cư, nhiều người mắc kẹt", "Ngọn lửa bùng lên ở khu chung cư Wang Fuk Court tại Hong Kong.")
	h := int64(time.Hour)
	for _, tc := range []struct {
		name        string
		title, lead string
		gap         int64
		want        bool
	}{
		{"one fire, its site named", "Lính cứu hỏa kể lại đêm chống cháy", "Lực lượng cứu hỏa khống chế vụ cháy tại Wang Fuk Court sau nhiều giờ.", 3 * h, true},
		{"past IncidentSpan", "Lính cứu hỏa kể lại đêm chống cháy", "Lực lượng cứu hỏa khống chế vụ cháy tại Wang Fuk Court sau nhiều giờ.", 13 * h, false},
		{"no incident in the title", "Cư dân Wang Fuk Court tìm chỗ ở mới", "Nhiều gia đình ở Wang Fuk Court chưa có nơi ở.", 3 * h, false},
		{"another kind of incident", "Xả súng gần khu chung cư", "Cảnh sát phong tỏa khu vực quanh Wang Fuk Court.", 3 * h, false},
		{"only the city in common", "Cháy nhà xưởng ở ngoại ô", "Vụ cháy xảy ra tại một nhà xưởng ở Hong Kong.", 3 * h, false},
	} {
		b := sign(tc.title, tc.lead)
		if got := sharedIncident(&fire, &b, tc.gap, 0); got != tc.want {
			t.Errorf("%s: %v, want %v (incidents %b %b, names %v %v)", tc.name, got, tc.want, fire.incident, b.incident, fire.names, b.names)
		}
		if got := sharedIncident(&b, &fire, 0, tc.gap); got != tc.want {
			t.Errorf("%s, the other way: %v, want %v", tc.name, got, tc.want)
		}
	}
	sports := fire
	sports.match.sports = true
	b := sign("Lính cứu hỏa kể lại đêm chống cháy", "Lực lượng cứu hỏa khống chế vụ cháy tại Wang Fuk Court sau nhiều giờ.")
	if sharedIncident(&sports, &b, h, 0) {
		t.Error("a sports story: the rule holds, want not")
	}
	if got := pairThreshold(&fire, &b, h, 0, 0, 0); got != min(IncidentThreshold, burstThreshold(&fire, &b, h, 0, 0)) {
		t.Errorf("pairThreshold %.3f, want at most IncidentThreshold", got)
	}
}
