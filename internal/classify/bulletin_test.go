package classify

import (
	"strings"
	"testing"
	"time"
)

// TestDailyBulletin reads which titles are a daily series' bulletins.
func TestDailyBulletin(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Giá vàng miếng tăng 2 triệu đồng", true},
		{"Giá xăng giảm hơn 1.000 đồng một lít từ chiều nay", true},
		{"Giá heo hơi hôm nay đi ngang", true},
		{"Mỗi lượng vàng giảm 3 triệu đồng", true},
		{"VN-Index mất 20 điểm", true},
		{"Tỷ giá USD hôm nay giảm nhẹ", true},
		{"Giá yên Nhật giảm mạnh trong phiên sáng", true},
		{"Giá yen Nhật tăng trở lại", true},
		{"Kết quả xổ số Vietlott tối nay, độc đắc 50 tỉ đồng chưa có chủ", true},
		{"Xổ số miền Nam ngày 3 tháng 5: đài Cà Mau có vé trúng", true},
		{"Chưa có người trúng, giải độc đắc cộng dồn lên 40 tỉ", true},
		{"Người bán vé số dạo trúng độc đắc xổ số miền Nam", false}, // a winner's story
		{"Công ty xổ số kiến thiết bị thanh tra", false},
		{"Giá nhà chung cư Hà Nội tăng mạnh", false},
		{"Giá trị xuất khẩu gạo tăng", false}, // "giá trị", no price
		{"Giá vé tàu Tết tăng 10%", false},
		{"Vàng và bạc được người dân mua tích trữ", false},
		{"Nhà đầu tư lo VN-Index giảm sâu", false}, // the index, not opening the title
	} {
		if got := dailyBulletin(lowTitle(tc.title)); got != tc.want {
			t.Errorf("%q: bulletin %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestBulletinsApart: two bulletins are two days' items when published on
// two days in Vietnam and more than ClusterBulletinSpan apart, in either
// order; a story that is no bulletin is compared as before.
func TestBulletinsApart(t *testing.T) {
	vn := time.FixedZone("ICT", 7*3600)
	at := func(day, hour, min int) int64 { return time.Date(2026, 3, day, hour, min, 0, 0, vn).UnixNano() }
	bulletin, other := &Signature{bulletin: true}, &Signature{}
	for _, tc := range []struct {
		name   string
		a, b   *Signature
		pa, pb int64
		want   bool
	}{
		{"the morning's and the evening's of one day", bulletin, bulletin, at(21, 2, 58), at(21, 21, 18), false},
		{"an evening's and the next morning's", bulletin, bulletin, at(10, 17, 19), at(11, 1, 1), false},
		{"a day's and the next day's, a day apart", bulletin, bulletin, at(26, 12, 15), at(27, 12, 40), true},
		{"an evening's and the next afternoon's", bulletin, bulletin, at(25, 22, 0), at(26, 17, 0), true},
		{"two days apart, the later first", bulletin, bulletin, at(9, 3, 1), at(7, 3, 0), true},
		{"a bulletin and another story", bulletin, other, at(5, 9, 0), at(7, 9, 0), false},
	} {
		if got := bulletinsApart(tc.a, tc.b, tc.pa, tc.pb); got != tc.want {
			t.Errorf("%s: apart %v, want %v", tc.name, got, tc.want)
		}
		if got := bulletinsApart(tc.b, tc.a, tc.pb, tc.pa); got != tc.want {
			t.Errorf("%s, swapped: apart %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestBulletinsNeverJoin: two days' gold bulletins, worded alike, never
// share a story (nor count for a story's majority), one day's do as
// before, and the bulletin survives the stored form.
func TestBulletinsNeverJoin(t *testing.T) {
	c := newTest(t)
	sig := func(title, lead string) Signature {
		return c.Signature(title, lead, c.Classify(Input{Title: title, Summary: lead}))
	}
	a := sig("Giá vàng miếng tăng hơn 1 triệu đồng", "Các thương hiệu tăng giá vàng miếng hơn 1 triệu đồng một lượng sáng nay.")
	b := sig("Giá vàng miếng tăng gần 1 triệu đồng", "Các thương hiệu tăng giá vàng miếng gần 1 triệu đồng một lượng sáng nay.")
	if !a.bulletin || !b.bulletin {
		t.Fatalf("not read as bulletins: %v %v", a.bulletin, b.bulletin)
	}
	day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600))
	pa, later, sameDay := day.UnixNano(), day.Add(24*time.Hour).UnixNano(), day.Add(3*time.Hour).UnixNano()
	if got := matchThreshold(&a, &b, pa, later); got != clusterNever {
		t.Errorf("a day apart: threshold %v, want never", got)
	}
	if linked(&a, &b, pa, later, 0) {
		t.Error("a day apart: linked")
	}
	if got := matchThreshold(&a, &b, pa, sameDay); got == clusterNever || similarity(&a, &b) < got {
		t.Errorf("one day: threshold %v, similarity %v", got, similarity(&a, &b))
	}
	raw, err := a.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Signature
	if err := back.UnmarshalBinary(raw); err != nil || back != a {
		t.Fatalf("round trip: %v, bulletin %v", err, back.bulletin)
	}
}

// clusprecVeto is the veto of the rule a sample of pairs_i15clusprec.jsonl
// judged: two rubric items (daysConflict) for the i15-rubric samples, two
// days' bulletins (bulletinsApart) for the others.
func clusprecVeto(sample string, a, b *Signature, pa, pb int64) bool {
	if strings.HasPrefix(sample, "i15-rubric") {
		return daysConflict(a, b)
	}
	return bulletinsApart(a, b, pa, pb)
}

// TestClusprecVerdicts re-signs the judged training-day pairs of
// pairs_i15clusprec.jsonl (checkVetoVerdicts, with clusprecVeto).
func TestClusprecVerdicts(t *testing.T) {
	checkVetoVerdicts(t, "pairs_i15clusprec.jsonl", clusprecVeto)
}
