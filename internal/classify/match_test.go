package classify

import (
	"testing"
	"time"

	"bantin/internal/model"
)

// sportsSig returns the signature of a sports story (primary topic
// the-thao, as the classifier would give it).
func sportsSig(c *Classifier, title, summary string) Signature {
	return c.Signature(title, summary, Result{Topics: []model.TopicTag{{Topic: matchTopic}}})
}

// TestStoryMatch: a score line or a result word makes a result report; a
// preview word, a live-coverage opener or a kickoff time in the title
// without a score makes a preview; a date
// written like a score is no score; a story of another topic matches
// nothing.
func TestStoryMatch(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		title, summary  string
		result, preview bool
		score           bool
	}{
		{"Việt Nam 2-0 Malaysia", "Các cầu thủ thắng dễ ở lượt cuối.", true, false, true},
		{"Hà Nội FC hạ Ninh Bình để áp sát top 3", "", true, false, false},
		{"Nhận định trận tranh hạng ba U23 châu Á", "Việt Nam gặp Hàn Quốc tranh hạng ba.", false, true, false},
		{"Cổ động viên tin U23 Việt Nam sẽ thắng", "", false, true, false},
		{"Man City thử thách ở Turin", "Trận đấu rạng sáng mai 22-1 ở Champions League.", false, false, false},
		{"Trực tuyến Indonesia - Việt Nam (20h30): Phải thắng", "", false, true, false},
		{"TRỰC TIẾP, 2 giờ ngày 15.7, Pháp - Tây Ban Nha: Cuộc chiến", "", false, true, false},
		{"Link xem trực tiếp Việt Nam đấu Thái Lan", "", false, true, false},
		{"Công An Hà Nội đấu Nam Định (19h15): Chủ nhà quyết thắng", "", false, true, false},
		{"Việt Nam đấu Thái Lan, 19:30 hôm nay: quyết thắng", "", false, true, false},
		{"Trực tuyến Việt Nam 2-1 Thái Lan: Thắng nghẹt thở", "", true, false, true},
		{"Việt Nam thắng Thái Lan, 2-1 (19h)", "", true, false, true},
	}
	for _, tc := range cases {
		m := sportsSig(c, tc.title, tc.summary).match
		if m.ok != tc.result || m.preview != tc.preview || (m.score != 0) != tc.score {
			t.Errorf("%q: result %v preview %v score %d, want %v %v %v", tc.title, m.ok, m.preview, m.score, tc.result, tc.preview, tc.score)
		}
	}
	if m := c.Signature("Việt Nam 2-0 Malaysia", "", Result{}).match; m.ok {
		t.Error("a story without the sports topic is a result report")
	}
	a := sportsSig(c, "Việt Nam thắng Malaysia 2-0", "").match
	b := sportsSig(c, "Malaysia thua Việt Nam 0-2", "").match
	if a.score != b.score || a.teams == [sigTeams]uint16{} {
		t.Errorf("scores %d and %d, teams %v: want one order-free score and teams", a.score, b.score, a.teams)
	}
}

// TestSameMatch: two teams in common, or one and the same score, within
// MatchWindow join; another score line, another age group, one common team
// without a score or a preview do not.
func TestSameMatch(t *testing.T) {
	c := newTest(t)
	res := sportsSig(c, "U23 Việt Nam thua U23 Trung Quốc 0-3 ở bán kết", "Đội bóng của HLV Kim thất bại.")
	cases := []struct {
		name string
		b    Signature
		want bool
	}{
		{"quotes of the result", sportsSig(c, "Tiền đạo U23 Trung Quốc: 'Biết trước sẽ thắng Việt Nam'", "Bàn ấn định thắng lợi 3-0 ở bán kết U23."), true},
		{"one team and the score", sportsSig(c, "CĐV sửng sốt trước trận thua của U23 Việt Nam", "U23 Việt Nam để thua 0-3."), true},
		{"another score", sportsSig(c, "U23 Việt Nam thắng U23 Trung Quốc 2-1", ""), false},
		{"another age group", sportsSig(c, "U17 Việt Nam thua U17 Trung Quốc 0-3", ""), false},
		{"one team, no score", sportsSig(c, "U23 Việt Nam thua, thủ môn vẫn được khen", ""), false},
		{"a preview", sportsSig(c, "U23 Việt Nam sẽ gặp U23 Trung Quốc ở bán kết", ""), false},
		{"another discipline", sportsSig(c, "Futsal U23 Việt Nam thua U23 Trung Quốc 0-3", ""), false},
		{"the women's team", sportsSig(c, "Tuyển nữ U23 Việt Nam thua U23 Trung Quốc 0-3", ""), false},
	}
	for _, tc := range cases {
		if got := sameMatch(&res, &tc.b); got != tc.want {
			t.Errorf("%s: sameMatch %v, want %v (%+v / %+v)", tc.name, got, tc.want, res.match, tc.b.match)
		}
	}
	t0 := time.Date(2026, 1, 20, 22, 0, 0, 0, time.UTC).UnixNano()
	b := cases[0].b
	if th := matchThreshold(&res, &b, t0, t0+int64(3*time.Hour)); th != ClusterMatch {
		t.Errorf("threshold within the window %.2f, want %.2f", th, ClusterMatch)
	}
	if th := matchThreshold(&res, &b, t0, t0+int64(MatchWindow+time.Hour)); th == ClusterMatch {
		t.Error("the match rule holds after MatchWindow")
	}
}

// TestSameMatchOneName: one rare team in common is enough when either
// title states the result; not when both only mention it in the lead, nor
// for a common name.
func TestSameMatchOneName(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		name string
		a, b Signature
		want bool
	}{
		{"a follow-up of the result",
			sportsSig(c, "Tây Ban Nha vô địch World Cup sau loạt luân lưu", ""),
			sportsSig(c, "Các cầu thủ Tây Ban Nha được chào đón khi về nước", "Đội tuyển Tây Ban Nha vừa giành chức vô địch."), true},
		{"results in the leads only",
			sportsSig(c, "Thủ thành Tây Ban Nha nhận giải găng tay vàng", "Tây Ban Nha vô địch nhờ hàng thủ chắc chắn."),
			sportsSig(c, "Chiến thuật giúp Tây Ban Nha kiểm soát bóng", "Tây Ban Nha đăng quang sau trận chung kết."), false},
		{"a common name",
			sportsSig(c, "Việt Nam vô địch giải bóng chuyền nữ", ""),
			sportsSig(c, "Các cầu thủ Việt Nam được chào đón khi về nước", "Đội tuyển Việt Nam vừa vô địch."), false},
	}
	for _, tc := range cases {
		if got := sameMatch(&tc.a, &tc.b); got != tc.want {
			t.Errorf("%s: sameMatch %v, want %v (%+v / %+v)", tc.name, got, tc.want, tc.a.match, tc.b.match)
		}
		if got := sameMatch(&tc.b, &tc.a); got != tc.want {
			t.Errorf("%s, reversed: sameMatch %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestMatchCluster: the reports of one result join though they share few
// words; the match's preview and another match stay apart; the facts
// (whether the title states the result among them) survive encoding.
func TestMatchCluster(t *testing.T) {
	c := newTest(t)
	t0 := time.Date(2026, 4, 24, 13, 0, 0, 0, time.UTC)
	batch := []Member{
		{ArticleID: 1, Key: "a", Published: t0.Add(-20 * time.Hour), Sig: sportsSig(c, "Trước thềm đại chiến Hà Nội FC gặp Ninh Bình", "Hai đội sẽ gặp nhau ở vòng 20 V-League.")},
		{ArticleID: 2, Key: "b", Published: t0, Sig: sportsSig(c, "CLB Hà Nội thắng nghẹt thở Ninh Bình", "CLB Hà Nội giành chiến thắng 3-2 trên sân Ninh Bình.")},
		{ArticleID: 3, Key: "c", Published: t0.Add(time.Hour), Sig: sportsSig(c, "Văn Quyết: 'Ninh Bình có 3 Hoàng Đức cũng vậy thôi'", "Tiền đạo Hà Nội FC mỉa mai đối thủ sau chiến thắng 3-2 ở vòng 20.")},
		{ArticleID: 4, Key: "d", Published: t0.Add(2 * time.Hour), Sig: sportsSig(c, "Đồng Tháp thắng Khánh Hòa 2-0", "CLB Đồng Tháp gây bất ngờ ở giải hạng nhất.")},
	}
	got := threads(NewMemIndex().AssignBatch(batch))
	if got[1] != got[2] || got[0] == got[1] || got[3] == got[1] {
		t.Errorf("clusters %v: want the two reports together, the preview and the other match apart", got)
	}
	if !batch[1].Sig.match.titled || batch[2].Sig.match.titled {
		t.Errorf("result in the title: %v and %v, want true and false", batch[1].Sig.match.titled, batch[2].Sig.match.titled)
	}
	for _, m := range batch[1:3] {
		raw, err := m.Sig.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Signature
		if err := back.UnmarshalBinary(raw); err != nil || back != m.Sig || !back.match.ok {
			t.Errorf("match facts after encoding: %+v, want %+v (%v)", back.match, m.Sig.match, err)
		}
	}
}

// TestPreviewAndSportsCountry: a sports result and a sports preview never
// share a story, however alike, and a preview and another sports story
// only as twins; a common foreign country and the sports
// topic are no clustering context (the common place's threshold, not
// ClusterCountryContext), while world news keeps it; the sports bit
// survives encoding.
func TestPreviewAndSportsCountry(t *testing.T) {
	c := newTest(t)
	t0 := time.Date(2026, 1, 20, 22, 0, 0, 0, time.UTC).UnixNano()
	res := sportsSig(c, "CĐV Đông Nam Á sửng sốt trước trận thua của U23 Việt Nam", "U23 Việt Nam để thua 0-3 U23 Trung Quốc ở bán kết.")
	pre := sportsSig(c, "Nhận định trận tranh hạng ba và chung kết U23 châu Á", "U23 Việt Nam gặp Hàn Quốc tranh hạng ba.")
	if !res.match.ok || !pre.match.preview {
		t.Fatalf("want a result and a preview: %+v / %+v", res.match, pre.match)
	}
	for _, p := range [][2]*Signature{{&res, &pre}, {&pre, &res}} {
		if th := matchThreshold(p[0], p[1], t0, t0+int64(time.Hour)); th <= 1 {
			t.Errorf("a result and a preview need %.2f, want more than any similarity", th)
		}
	}
	pre2 := sportsSig(c, "Lộ diện kênh phát trực tiếp trận Việt Nam tái đấu Malaysia", "Đội tuyển Việt Nam sẽ gặp lại Malaysia ở vòng loại.")
	if !pre2.match.preview {
		t.Fatalf("want a preview: %+v", pre2.match)
	}
	if th := matchThreshold(&pre, &pre2, t0, t0+int64(time.Hour)); th != ClusterTwin {
		t.Errorf("two previews need %.2f, want %.2f", th, ClusterTwin)
	}
	// The referee of the match the preview names: neither a preview by its
	// words nor a result, a story of its own all the same.
	ref := sportsSig(c, "Trọng tài Iran thổi trận U23 Việt Nam và Hàn Quốc tranh hạng ba", "AFC công bố tổ trọng tài trận tranh hạng ba U23 châu Á.")
	if ref.match.ok || ref.match.preview {
		t.Fatalf("want neither a result nor a preview: %+v", ref.match)
	}
	for _, p := range [][2]*Signature{{&ref, &pre}, {&pre, &ref}} {
		if th := matchThreshold(p[0], p[1], t0, t0+int64(time.Hour)); th != ClusterTwin {
			t.Errorf("a preview and a sports story need %.2f, want %.2f", th, ClusterTwin)
		}
	}
	world := func(title string) Signature {
		return c.Signature(title, "", Result{Topics: []model.TopicTag{{Topic: "the-gioi"}}})
	}
	cases := []struct {
		name string
		a, b Signature
		want float64
	}{
		{"sports, a common country", sportsSig(c, "U23 Thái Lan thắng Singapore ở Thái Lan", ""), sportsSig(c, "U23 Việt Nam vượt Malaysia trên sân ở Thái Lan", ""), ClusterPlaceThreshold},
		{"world news, a common country", world("Thái Lan đóng cửa khẩu biên giới"), world("Thái Lan sơ tán dân vùng biên"), ClusterCountryContext},
	}
	for _, tc := range cases {
		if !SharesCountryContext(tc.a, tc.b) {
			t.Fatalf("%s: no common country and topic", tc.name)
		}
		if got := threshold(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: threshold %.2f, want %.2f", tc.name, got, tc.want)
		}
	}
	raw, err := res.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Signature
	if err := back.UnmarshalBinary(raw); err != nil || back != res || !back.match.sports {
		t.Errorf("round trip: %v, sports %v", err, back.match.sports)
	}
}

// TestMatchEvent: the discipline a result names first (football when none)
// and the women's bit, which survive encoding.
func TestMatchEvent(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		title, summary string
		want           uint8
	}{
		{"Việt Nam 3-2 Thái Lan", "Đội bóng của HLV Kim ngược dòng ở chung kết.", eventFootball},
		{"Thua Thái Lan, futsal nam Việt Nam mất cơ hội giành vàng", "", eventFutsal},
		{"Chung kết bóng chuyền nữ Việt Nam 2-3 Thái Lan", "", eventVolleyball | eventWomen},
		{"Việt Nam hạ bệ Thái Lan ở cầu mây nam", "", eventTakraw},
		{"Tay vợt Việt Nam đánh bại đối thủ Thái Lan", "", eventRacket},
		{"Võ sĩ Việt Nam thắng đối thủ Thái Lan 3-0", "", eventCombat},
		{"Đội tuyển nữ Việt Nam thua Philippines ở chung kết", "", eventFootball | eventWomen},
	}
	for _, tc := range cases {
		s := sportsSig(c, tc.title, tc.summary)
		if !s.match.ok || s.match.event != tc.want {
			t.Errorf("%q: event %d (result %v), want %d", tc.title, s.match.event, s.match.ok, tc.want)
		}
		raw, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Signature
		if err := back.UnmarshalBinary(raw); err != nil || back != s {
			t.Errorf("%q: round trip %v, event %d", tc.title, err, back.match.event)
		}
	}
}
