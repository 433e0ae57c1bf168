package classify

import (
	"testing"
	"time"
)

// TestTitleIncidents: the kinds of incident a title names, whole words
// only, idioms of selling out left out. Own sentences.
func TestTitleIncidents(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  uint8
	}{
		{"Cháy nhà xưởng ở khu công nghiệp, hai người mắc kẹt", incidentFire},
		{"Vé concert cháy vé sau 10 phút mở bán", 0},
		{"Chợ đêm cháy hàng dịp cuối tuần", 0},
		{"Nghe tiếng nổ lớn, người dân chạy khỏi khu trọ", incidentBlast},
		{"Tay súng xả súng trong trung tâm thương mại", incidentShooting},
		{"Quân đội tập kích căn cứ phiến quân lúc rạng sáng", incidentAttack},
		{"Xe khách lật xe trên đèo, 5 người bị thương", incidentCrash},
		{"Nghi phạm sát hại chủ tiệm vàng bị bắt", incidentCrime},
		{"Cháy nổ trong căn hộ, một người tử vong", incidentFire | incidentBlast},
		{"Bão số 5 đổ bộ, nhiều nơi ngập sâu", 0},                    // storms are not burst incidents
		{"Lũy kế doanh thu quý ba tăng mạnh", 0},                     // "lũ" only as a word
		{"Cầu thủ sập bẫy việt vị ở phút cuối", 0},                   // "sập bẫy": falls into a trap
		{"Cháy hàng chục ki-ốt ở chợ huyện trong đêm", incidentFire}, // an idiom's phrase, literal
		{"Cháy phòng trọ lúc nửa đêm, ba sinh viên thoát ra", incidentFire},
		{"Cháy máy bay chở khách khi đang lăn bánh", incidentFire},
		{"Căn phòng cháy rụi sau khi sạc xe điện", incidentFire},
		{"Khách sạn ven biển cháy phòng dịp nghỉ lễ", 0},
		{"Cửa hàng 'cháy hàng' trước giờ mở bán", 0},
		{"Cầu Bãi Cháy tạm đóng khi bão đến gần", 0}, // a place
		{"Cháy khách sạn ở Bãi Cháy lúc rạng sáng", incidentFire},
		{"Tập huấn phòng cháy chữa cháy cho cư dân chung cư", 0},
		{"Nhắc người dân phòng cháy nổ dịp Tết", 0},
		{"Phát hiện lò giết mổ lậu giữa khu dân cư", 0},
		{"Giá bạc 'sập' mạnh trong phiên sáng", 0}, // a cue quoted on its own is figurative
		{"Rong biển “tấn công” bãi tắm mùa hè", 0},
		{"Ca sĩ trẻ ‘cháy’ hết mình trên sân khấu", 0},
		{"Vụ tấn công 'khủng bố' ở bến cảng", incidentAttack}, // the unquoted cue counts
		{"'Cháy' vé tàu về quê, còn cháy cả kho hàng ga", incidentFire},
		{"Vụ 'cháy lớn' ở khu trọ", incidentFire},                         // a quoted phrase, not the cue alone
		{"Gia đình nói con trai bị 'bắt cóc' ở biên giới", incidentCrime}, // quoted, still literal
		{"Cảnh sát 'đột kích' sòng bạc trong đêm", incidentAttack},
		{"Giá vàng hôm nay đi ngang", 0},
		{"Đồng tiền số BTC sập mạnh, nhà đầu tư bán tháo", 0}, // prices fall
		{"Sầu riêng sập giá giữa vụ thu hoạch", 0},
		{"Thiếu ngủ khiến cơ thể sập nguồn giữa ca làm", 0},
		{"Không quân nhận thêm hai oanh tạc cơ hiện đại", 0}, // a bomber, a noun
		{"Máy bay oanh tạc căn cứ ven biển", incidentAttack},
		{"Tìm thấy hài cốt liệt sĩ ở hang Đá Sập", 0},    // a place
		{"Cảnh báo nguy cơ tai nạn trên đèo mùa mưa", 0}, // a risk
		{"Triệu hồi xe điện vì nguy cơ cháy pin", 0},
		{"Chung cư cũ có nguy cơ đổ sập", 0},
		{"Tai nạn trên đèo, xe khách lao xuống vực", incidentCrash},
		{"Miền núi chìm trong rét đậm", 0}, // sunk in the cold
		{"Khu phố chìm trong biển lửa sau tiếng nổ", incidentFire | incidentBlast},
		{"Tàu hàng chìm trong đêm, ba thuyền viên mất tích", incidentCrash},
		{"Hai tàu chiến bị đánh chìm trong tập trận", incidentCrash},
		{"Nhà hai tầng đổ sập khi đang sửa, một người chết", incidentCrash},
	} {
		if got := titleIncidents(lowTitle(tc.title)); got != tc.want {
			t.Errorf("%q: kinds %06b, want %06b", tc.title, got, tc.want)
		}
	}
}

// TestBurstPair: the burst rule's pair conditions, one at a time.
func TestBurstPair(t *testing.T) {
	h := time.Hour.Nanoseconds()
	base := func() (Signature, Signature) {
		a := Signature{incident: incidentFire, names: [sigNames]uint16{11, 21}}
		b := Signature{incident: incidentFire | incidentCrash, names: [sigNames]uint16{5, 21}}
		return a, b
	}
	for _, tc := range []struct {
		name  string
		edit  func(a, b *Signature)
		gap   int64
		burst uint8
		want  bool
	}{
		{"bursting shared name, one kind, 3 h apart", func(a, b *Signature) {}, 3 * h, 1 << 1, true},
		{"the shared name is not the bursting one", func(a, b *Signature) {}, 3 * h, 1 << 0, false},
		{"no name bursts", func(a, b *Signature) {}, 3 * h, 0, false},
		{"more than BurstSpan apart", func(a, b *Signature) {}, 25 * h, 1 << 1, false},
		{"BurstSpan apart, the other way", func(a, b *Signature) {}, -24 * h, 1 << 1, true},
		{"different kinds of incident", func(a, b *Signature) { b.incident = incidentShooting }, 3 * h, 1 << 1, false},
		{"no incident in one title", func(a, b *Signature) { b.incident = 0 }, 3 * h, 1 << 1, false},
		{"a sports story", func(a, b *Signature) { b.match.sports = true }, 3 * h, 1 << 1, false},
		{"the lookup's mask", func(a, b *Signature) {}, 3 * h, anyBurst, true},
	} {
		a, b := base()
		tc.edit(&a, &b)
		if got := burstPair(&a, &b, tc.gap, 0, tc.burst); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
	a, b := base()
	if th, plain := burstThreshold(&a, &b, 3*h, 0, 1<<1), matchThreshold(&a, &b, 3*h, 0); th != plain*BurstFactor {
		t.Errorf("threshold %.3f, want %.3f × %.1f", th, plain, BurstFactor)
	}
	a.day, b.day = 1<<5|2, 1<<5|3 // titles dated with different days: the veto stays
	if th := burstThreshold(&a, &b, 3*h, 0, 1<<1); th != clusterNever {
		t.Errorf("vetoed pair: threshold %.3f, want clusterNever", th)
	}
}

// TestBurstNames: a name bursts when burstMin stories carried it in the
// burstRecent before, at least as many as in the ClusterWindow before
// that; only for a newcomer naming an incident.
func TestBurstNames(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	const name = 77
	for _, tc := range []struct {
		name           string
		recent, before int
		incident       uint8
		want           uint8
	}{
		{"four in the last hours, none before", 4, 0, incidentFire, 1},
		{"three in the last hours", 3, 0, incidentFire, 0},
		{"four now, four in the days before", 4, 4, incidentFire, 1},
		{"four now, five in the days before", 4, 5, incidentFire, 0},
		{"a newcomer naming no incident", 4, 0, 0, 0},
	} {
		x := NewMemIndex()
		id := int64(0)
		add := func(at time.Time) {
			id++
			sig := Signature{n: 1, names: [sigNames]uint16{name}}
			x.Add(Member{ArticleID: id, Sig: sig, Published: at, Key: "k"})
		}
		for i := range tc.recent {
			add(t0.Add(-time.Duration(i+1) * time.Hour))
		}
		for i := range tc.before {
			add(t0.Add(-burstRecent - time.Duration(i+1)*6*time.Hour))
		}
		add(t0.Add(time.Hour)) // after the newcomer: not counted
		sig := Signature{n: 1, incident: tc.incident, names: [sigNames]uint16{name}}
		if got := x.burstNames(&sig, t0.UnixNano()); got != tc.want {
			t.Errorf("%s: mask %b, want %b", tc.name, got, tc.want)
		}
	}
}

// TestSignatureIncidentStored: the incident byte survives the stored form,
// and a byte with a bit outside incidentAll is refused.
func TestSignatureIncidentStored(t *testing.T) {
	c := newTest(t)
	title := "Cháy quán ăn ở trung tâm thành phố, nhiều người mắc kẹt"
	sig := c.Signature(title, "Lính cứu hỏa đưa nhiều người mắc kẹt ra ngoài.", c.Classify(Input{Title: title}))
	if sig.incident != incidentFire {
		t.Fatalf("fixture: kinds %06b, want fire", sig.incident)
	}
	raw, err := sig.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Signature
	if err := back.UnmarshalBinary(raw); err != nil || back != sig {
		t.Fatalf("round trip: %v, equal %v", err, back == sig)
	}
	raw[15+2*sigNames+4*sigTeams+17] |= ^incidentAll // the incident byte (MarshalBinary)
	if err := back.UnmarshalBinary(raw); err == nil {
		t.Error("an unknown incident bit was accepted")
	}
}

// TestPhraseIndex: whole-word occurrences from a byte offset, edges
// included. Own sentences.
func TestPhraseIndex(t *testing.T) {
	for _, tc := range []struct {
		t, w string
		from int
		want int
	}{
		{"cháy", "cháy", 0, 0},
		{"", "cháy", 0, -1},
		{"bốc cháy, cháy lan", "cháy", 0, 6},
		{"bốc cháy, cháy lan", "cháy", 7, 13},
		{"cháyy cháy", "cháy", 0, 7},
		{"bùng cháy", "cháy", 10, -1},
		{"lũy kế", "lũ", 0, -1},
	} {
		if got := phraseIndex(tc.t, tc.w, tc.from); got != tc.want {
			t.Errorf("phraseIndex(%q, %q, %d) = %d, want %d", tc.t, tc.w, tc.from, got, tc.want)
		}
	}
}
