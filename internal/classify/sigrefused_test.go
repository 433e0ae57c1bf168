package classify

import (
	"testing"
	"time"
)

// TestRefusedPlaceContext checks that a place the classification refused
// (a club's home) is a common place only between stories of one primary
// topic reported within ClusterRefusedSpan (contextPlaces), while a kept
// place stays context at any distance, and that the stored form keeps it.
func TestRefusedPlaceContext(t *testing.T) {
	sig := signerOf(newTest(t))
	club := sig("CLB Công An TP.HCM vô địch giải bóng chuyền Cúp Hùng Vương",
		"Đội bóng chuyền Công An TP.HCM đánh bại Biên Phòng trong trận chung kết tối qua.")
	rival := sig("Công An TP.HCM thắng ngược Biên Phòng ở chung kết bóng chuyền",
		"Các cô gái Công An TP.HCM lần đầu vô địch giải bóng chuyền Cúp Hùng Vương.")
	rite := sig("Người dân TP.HCM dâng hương ngày giỗ Tổ Hùng Vương",
		"Sáng nay, đông đảo người dân TP.HCM đến đền thờ các Vua Hùng dâng hương tưởng nhớ.")
	if club.refused == 0 || club.refused&^club.places != 0 {
		t.Fatalf("club story: places %x refused %x, want its club's place refused", club.places, club.refused)
	}
	if rite.refused != 0 {
		t.Fatalf("rite story: refused %x, want none", rite.refused)
	}
	for _, tc := range []struct {
		name string
		a, b Signature
		want bool
	}{
		{"club and rite: other topics", club, rite, false},
		{"two reports of the final: one topic", club, rival, true},
		{"rite and itself", rite, rite, true},
	} {
		if got := SharesPlace(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: SharesPlace %v, want %v (places %x %x, refused %x %x, topics %d %d)", tc.name, got, tc.want,
				tc.a.places, tc.b.places, tc.a.refused, tc.b.refused, tc.a.topic, tc.b.topic)
		}
	}
	rite2 := sig("TP.HCM tổ chức lễ giỗ Tổ Hùng Vương tại đền thờ các Vua Hùng",
		"Lãnh đạo TP.HCM dâng hương tưởng nhớ các Vua Hùng sáng nay.")
	for _, tc := range []struct {
		name string
		a, b Signature
		d    time.Duration
		want float64
	}{
		{"two reports of the final, hours apart", club, rival, 3 * time.Hour, ClusterContextThreshold},
		{"two reports of the final, a day apart", club, rival, -24 * time.Hour, ClusterThreshold},
		{"two rite stories, a day apart", rite, rite2, 24 * time.Hour, ClusterContextThreshold},
	} {
		if got := thresholdAt(&tc.a, &tc.b, int64(tc.d)); got != tc.want {
			t.Errorf("%s: threshold %v, want %v", tc.name, got, tc.want)
		}
	}
	raw, err := club.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Signature
	if err := back.UnmarshalBinary(raw); err != nil || back != club {
		t.Fatalf("round trip: %v, refused %x, want %x", err, back.refused, club.refused)
	}
}
