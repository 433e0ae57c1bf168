package classify

import (
	"testing"
	"time"
)

// TestTitleRound: the title's first round word is the result's round;
// reaching a round reports the one before; a tournament's finals stage
// and a lead's round are no round.
func TestTitleRound(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		title, summary string
		want           uint8
	}{
		{"Tay cơ Trần Quyết Chiến thắng ngược ở bán kết giải billiards", "", roundSemi},
		{"Trần Quyết Chiến thắng Jaspers, vào chung kết giải billiards", "", roundSemi},
		{"Trần Quyết Chiến thua ở chung kết, giành á quân", "", roundFinal},
		{"Lý Hoàng Nam thắng dễ, vào bán kết", "", roundQuarter},
		{"Lý Hoàng Nam thắng tay vợt Nhật Bản ở tứ kết", "", roundQuarter},
		{"Man City thắng Real Madrid 2-0 ở lượt về bán kết", "", roundSemi},
		{"Nguyễn Thùy Linh thắng, vào tứ kết", "", 0},
		{"U23 Việt Nam thắng Lào 3-0 ở vòng chung kết U23 châu Á", "", 0},
		{"U23 Việt Nam vô địch bảng A sau trận thắng Lào 3-0 ở vòng chung kết", "", 0},
		{"Thắng Lào 3-0, U23 Việt Nam sáng cửa dự VCK", "Trận chung kết sẽ diễn ra ngày 20.", 0},
		{"Nguyễn Thùy Linh thắng tay vợt Thái Lan", "Cô vào chung kết.", 0},
		{"Caudron thắng thuyết phục, vô địch giải billiards", "", roundFinal},
		{"Đương kim vô địch thua ở bán kết", "", roundSemi},
		{"Đương kim vô địch thua sốc tay vợt trẻ", "", 0},
		{"Hà Nội thắng ở giải vô địch bóng chuyền quốc gia", "", 0},
	}
	for _, tc := range cases {
		if got := sportsSig(c, tc.title, tc.summary).match.round; got != tc.want {
			t.Errorf("%q: round %d, want %d", tc.title, got, tc.want)
		}
	}
}

// TestRoundsApart: one player's semifinal and final share the player's
// rare name and are two matches: the match rule does not hold; the
// reports of one round, or a title without a round, are compared as
// before (the match rule joins them); the round survives encoding.
func TestRoundsApart(t *testing.T) {
	c := newTest(t)
	semi := sportsSig(c, "Trần Quyết Chiến thắng ngược Jaspers ở bán kết", "")
	t0 := time.Date(2026, 5, 24, 12, 0, 0, 0, time.UTC).UnixNano()
	cases := []struct {
		name string
		b    Signature
		want bool
	}{
		{"the final", sportsSig(c, "Trần Quyết Chiến thua Caudron ở chung kết", ""), false},
		{"the quarterfinal", sportsSig(c, "Trần Quyết Chiến thắng ở tứ kết", ""), false},
		{"reaching the final", sportsSig(c, "Trần Quyết Chiến vào chung kết", "Tay cơ Việt Nam thắng ngược."), true},
		{"no round", sportsSig(c, "Trần Quyết Chiến thắng ngược đầy cảm xúc", ""), true},
		// Not "lên ngôi": a past cue, so the past-cue rule (which reads no
		// round: a reaction's title names rounds loosely — measured by the
		// lead, 5 joined / 5 split, 4 of the splits one match's) joins it
		// to the semifinal's titled result within PastSpan.
		{"the title won", sportsSig(c, "Trần Quyết Chiến vô địch World Cup", ""), false},
	}
	for _, tc := range cases {
		if got := sameMatch(&semi, &tc.b); got != tc.want {
			t.Errorf("%s: one match %v, want %v (%+v / %+v)", tc.name, got, tc.want, semi.match, tc.b.match)
		}
		if th := matchThreshold(&semi, &tc.b, t0, t0+int64(time.Hour)); (th == ClusterMatch) != tc.want {
			t.Errorf("%s: threshold %.2f", tc.name, th)
		}
	}
	data, err := cases[0].b.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Signature
	if err := back.UnmarshalBinary(data); err != nil || back.match.round != roundFinal {
		t.Errorf("decoded round %d (%v), want %d", back.match.round, err, roundFinal)
	}
}

// TestRoundAhead: a result whose title names a round and states no
// result while its lead reports another round's result (the semifinal
// under a title about the final) is a look ahead to the title's round
// (match.ahead); a title that states the result, a lead naming no round
// or the same round ("lượt về bán kết" is the semifinal's second leg, no
// reach) leave it a result.
func TestRoundAhead(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		title, summary string
		want           bool
	}{
		{"Chung kết bóng rổ nữ Đông Nam Á gọi tên Philippines - Thái Lan", "Tối 3-5, Thái Lan thắng Malaysia 78-60 ở bán kết. Trận chung kết diễn ra ngày 5-5.", true},
		{"Sinner gặp Alcaraz ở chung kết giải Rome", "Sinner thắng Ruud 6-3, 6-4 ở bán kết hôm qua.", true},
		{"Đội tuyển Nhật Bản chờ đối thủ ở bán kết", "Nhật Bản thắng Iran 2-1 ở tứ kết tối qua.", true},
		{"Man City vào chung kết Cup FA", "Man City thắng Chelsea 2-0 ở lượt về bán kết.", false},
		{"Thái Lan - Việt Nam: Chung kết bóng chuyền nữ", "Việt Nam thua Thái Lan 2-3 sau năm set.", false},
		{"Carlsen thắng Caruana 2-1 ở chung kết", "Ở bán kết, Carlsen hạ Keymer 3-1.", false},
		{"Chung kết bóng rổ nữ Đông Nam Á gọi tên Philippines - Thái Lan", "Thái Lan thắng Malaysia 78-60 ở chung kết bảng.", false},
	}
	for _, tc := range cases {
		s := sportsSig(c, tc.title, tc.summary)
		if !s.match.ok {
			t.Errorf("%q: no result read", tc.title)
		}
		if s.match.ahead != tc.want {
			t.Errorf("%q / %q: ahead %v, want %v (round %d, titled %v)", tc.title, tc.summary, s.match.ahead, tc.want, s.match.round, s.match.titled)
		}
	}
}
