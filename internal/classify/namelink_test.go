package classify

import (
	"bantin/internal/model"
	"testing"
	"time"
)

// TestKeyNames: which names of a title and lead are key names. Own
// sentences; the topic is the world's or the law's, as nameTopics wants.
func TestKeyNames(t *testing.T) {
	c := newTest(t)
	law := Result{Topics: []model.TopicTag{{Topic: "phap-luat"}}}
	for _, tc := range []struct {
		name, title, lead string
		r                 Result
		want              bool
	}{
		{"a suspect's full name", "Bắt giám đốc chiếm đoạt tiền đặt cọc", "Trần Quốc Khải bị cáo buộc nhận tiền của hàng trăm khách.", law, true},
		{"a company's name", "Khởi tố chủ doanh nghiệp", "Giám đốc Công ty TNHH Phúc Khang Thịnh bị bắt.", law, true},
		{"an institution opens the name", "Cục An ninh mạng cảnh báo lừa đảo", "Người dân cần cảnh giác.", law, false},
		{"a foreign city", "Đấu súng tại ga tàu", "Cảnh sát Los Angeles phong tỏa khu vực.", Result{Topics: []model.TopicTag{{Topic: "the-gioi"}}}, false},
		{"a province", "Bắt nghi phạm trộm cắp", "Vụ việc xảy ra ở Quảng Ngãi.", law, false},
		{"one syllable", "Bắt nghi phạm trộm cắp", "Nghi phạm tên Khải bị bắt.", law, false},
		{"a topic outside nameTopics", "Ca sĩ ra mắt album mới", "Trần Quốc Khải phát hành album thứ ba.", Result{Topics: []model.TopicTag{{Topic: "van-hoa-giai-tri"}}}, false},
		{"no topic", "Bắt giám đốc chiếm đoạt tiền đặt cọc", "Trần Quốc Khải bị cáo buộc nhận tiền của hàng trăm khách.", Result{}, false},
	} {
		sig := c.Signature(tc.title, tc.lead, tc.r)
		if got := sig.keys != 0; got != tc.want {
			t.Errorf("%s: key names %06b (names %v), want some: %v", tc.name, sig.keys, sig.names, tc.want)
		}
		raw, err := sig.MarshalBinary()
		var back Signature
		if err == nil {
			err = back.UnmarshalBinary(raw)
		}
		if err != nil || back != sig {
			t.Errorf("%s: after encoding %+v, want %+v (%v)", tc.name, back, sig, err)
		}
	}
}

// TestSharedKey: the name rule's pair conditions, one at a time, and the
// threshold it lowers.
func TestSharedKey(t *testing.T) {
	h := time.Hour.Nanoseconds()
	base := func() (Signature, Signature) {
		a := Signature{n: 1, topic: 5, names: [sigNames]uint16{11, 21}, keys: 1 << 1}
		b := Signature{n: 1, topic: 5, names: [sigNames]uint16{5, 21}, keys: 1 << 1}
		return a, b
	}
	for _, tc := range []struct {
		name string
		edit func(a, b *Signature)
		gap  int64
		keys uint8
		want bool
	}{
		{"a shared key name, 3 h apart", func(a, b *Signature) {}, 3 * h, anyKey, true},
		{"NameSpan apart, the other way", func(a, b *Signature) {}, -12 * h, anyKey, true},
		{"more than NameSpan apart", func(a, b *Signature) {}, 13 * h, anyKey, false},
		{"the name is no key at the newcomer's publication", func(a, b *Signature) {}, 3 * h, 1 << 0, false},
		{"a key name of one, a plain name of the other", func(a, b *Signature) { b.keys = 1 << 0 }, 3 * h, anyKey, false},
		{"the shared name is no key of either", func(a, b *Signature) { a.keys, b.keys = 1<<0, 1<<0 }, 3 * h, anyKey, false},
		{"different primary topics", func(a, b *Signature) { b.topic = 7 }, 3 * h, anyKey, false},
		{"no primary topic", func(a, b *Signature) { a.topic, b.topic = 0, 0 }, 3 * h, anyKey, false},
	} {
		a, b := base()
		tc.edit(&a, &b)
		if got := sharedKey(&a, &b, tc.gap, 0, tc.keys); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
	a, b := base()
	if th := pairThreshold(&a, &b, 3*h, 0, 0, anyKey); th != NameThreshold {
		t.Errorf("threshold %.3f, want %.3f", th, NameThreshold)
	}
	if th, plain := pairThreshold(&a, &b, 3*h, 0, 0, 0), matchThreshold(&a, &b, 3*h, 0); th != plain {
		t.Errorf("no key: threshold %.3f, want the pair's %.3f", th, plain)
	}
	a.day, b.day = 1<<5|2, 1<<5|3 // titles dated with different days: the veto stays
	if th := pairThreshold(&a, &b, 3*h, 0, 0, anyKey); th != clusterNever {
		t.Errorf("vetoed pair: threshold %.3f, want clusterNever", th)
	}
}

// TestNameKeys: a key name is a key when at most nameMaxItems stories
// carried it in the NameSpan before and none in the NameNovelSpan before
// that.
func TestNameKeys(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	const name = 77
	for _, tc := range []struct {
		name          string
		recent, older int
		keys          uint8
		want          uint8
	}{
		{"new, in two stories", 2, 0, 1, 1},
		{"new, in nameMaxItems stories", nameMaxItems, 0, 1, 1},
		{"in more than nameMaxItems stories", nameMaxItems + 1, 0, 1, 0},
		{"in the news days before", 2, 1, 1, 0},
		{"no key name", 2, 0, 0, 0},
	} {
		x := NewMemIndex()
		id := int64(0)
		add := func(at time.Time) {
			id++
			x.Add(Member{ArticleID: id, Sig: Signature{n: 1, names: [sigNames]uint16{name}}, Published: at, Key: "k"})
		}
		add(t0.Add(-NameSpan - NameNovelSpan - 2*chainSlack)) // long before: not counted
		for i := range tc.older {
			add(t0.Add(-NameSpan - time.Duration(i+1)*24*time.Hour))
		}
		for i := range tc.recent {
			add(t0.Add(-time.Duration(i+1) * time.Minute))
		}
		add(t0.Add(time.Hour)) // after the newcomer: not counted
		sig := Signature{n: 1, names: [sigNames]uint16{name}, keys: tc.keys}
		if got := x.nameKeys(&sig, t0.UnixNano()); got != tc.want {
			t.Errorf("%s: mask %b, want %b", tc.name, got, tc.want)
		}
	}
}
