package classify

import (
	"strings"
	"testing"

	"bantin/internal/model"
)

// TestMoveAbroad: with the shipped model, in an incident whose title or
// lead names a place abroad and none in Việt Nam the world topic takes Xã
// hội's place, and says so; an incident at home (with or without a place
// abroad named), one naming Việt Nam or a journey from here ("sang"), a
// place inside a longer name ("Mỹ Tâm") or that is a person ("bà Nga"), a
// document name ("Pháp lệnh"), an idiom that is no incident ("bùng nổ"),
// a story abroad with no incident and an outlet's own Xã hội (a source
// topic, a section) keep Xã hội. Sentences written for the test.
func TestMoveAbroad(t *testing.T) {
	c := newTest(t)
	const fire, fireLead = "Cháy chung cư ở Hong Kong, ít nhất 40 người chết", "Lửa bao trùm nhiều tòa nhà, hàng trăm người mất tích."
	for _, tc := range []struct {
		in    Input
		moved bool
	}{
		{Input{Title: fire, Summary: fireLead}, true},
		{Input{Title: "Cháy lớn ở khu ổ chuột", Summary: "Hàng trăm căn nhà ở thủ đô Manila bị thiêu rụi, nhiều người mất tích."}, true},
		{Input{Title: "Cháy chung cư ở Hà Nội, ít nhất 3 người chết", Summary: "Lửa bao trùm tầng 5, lực lượng cứu hộ đưa nhiều người ra ngoài."}, false},
		{Input{Title: "Cháy xưởng của doanh nghiệp Hàn Quốc ở Bắc Ninh, 3 người chết", Summary: "Lửa bao trùm nhà xưởng, lực lượng cứu hộ đưa nhiều người ra ngoài."}, false},
		{Input{Title: "Hai lao động Việt mất tích trong vụ cháy nhà xưởng ở Hàn Quốc", Summary: "Lực lượng cứu hộ đang tìm kiếm."}, false},
		{Input{Title: "Kiều bào mất nhà trong vụ cháy chung cư ở Hong Kong", Summary: fireLead}, false},
		{Input{Title: fire, Summary: "Lửa bao trùm nhiều tòa nhà, Bộ Ngoại giao chỉ đạo bảo hộ công dân."}, false},
		{Input{Title: "Cháy khu nhà trọ ở Osaka, nhiều người mất tích", Summary: "Cục Lãnh sự theo dõi tình hình, lực lượng cứu hộ đang tìm kiếm."}, false},
		{Input{Title: "Đội cứu hộ lên đường sang Thổ Nhĩ Kỳ", Summary: "Đội cứu nạn, cứu hộ mang theo thiết bị tìm người mắc kẹt."}, false},
		{Input{Title: "Mỹ Tâm ủng hộ nạn nhân vụ cháy", Summary: "Nữ ca sĩ góp tiền giúp các gia đình mất nhà."}, false},
		{Input{Title: "Cháy nhà trong đêm, bà Nga mất tích", Summary: "Lực lượng cứu hộ đang tìm kiếm bà Nga, 70 tuổi."}, false},
		{Input{Title: "Pháp lệnh mới về phòng cháy", Summary: "Người dân được hỗ trợ khi nhà bị cháy."}, false},
		{Input{Title: "Bùng nổ người vô gia cư ở Mỹ", Summary: "Số người sống trên đường phố tăng mạnh, trợ cấp xã hội không đủ."}, false},
		{Input{Title: "Hàn Quốc tăng trợ cấp thất nghiệp", Summary: "Người lao động mất việc được nhận thêm tiền."}, false},
		{Input{Title: fire, Summary: fireLead, SourceTopics: []string{homeTopic}}, false},
		{Input{Title: fire, Summary: fireLead, URL: "https://vnexpress.net/thoi-su/chay-chung-cu-123.html"}, false},
	} {
		r := c.Classify(tc.in)
		var reason, home bool
		for _, tt := range r.Topics {
			reason = reason || tt.Topic == abroadTopic && strings.Contains(tt.Reason, "in place of "+homeTopic+" on a story abroad")
			home = home || tt.Topic == homeTopic
		}
		switch {
		case tc.moved && (home || !reason || r.Topics[0].Topic != abroadTopic):
			t.Errorf("%q: %+v, want %s first in place of %s", tc.in.Title, r.Topics, abroadTopic, homeTopic)
		case !tc.moved && (!home || reason):
			t.Errorf("%q: %+v, want %s kept", tc.in.Title, r.Topics, homeTopic)
		}
	}
}

// TestMoveAbroadNeedsModel: the rules alone (bantin-corpus train's labels)
// are unchanged.
func TestMoveAbroadNeedsModel(t *testing.T) {
	rules, err := NewWithModel(model.NewCatalog(), nil)
	if err != nil {
		t.Fatal(err)
	}
	r := rules.Classify(Input{Title: "Cháy chung cư ở Hong Kong, ít nhất 40 người chết"})
	if len(r.Topics) == 0 || r.Topics[0].Topic != homeTopic {
		t.Errorf("rules alone: %+v, want %s first", r.Topics, homeTopic)
	}
}

// TestAbroadAt: a one-word place counts alone, not inside a longer
// capitalised name nor as a given name after an honorific (but after a
// noun of people it is their country); a capitals-only field says
// nothing.
func TestAbroadAt(t *testing.T) {
	c := newTest(t)
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Vụ nổ ở Mỹ làm 3 người chết", "Mỹ"},
		{"Mỹ Tâm nói về vụ nổ", ""},
		{"Thúy Nga kể chuyện vụ cháy", ""},
		{"Cháy rừng ở Bắc Mỹ", ""},
		{"Cháy ở nước Lào", "nước Lào"},
		{"Cháy chợ đêm rạng sáng Bangkok, 3 người chết", "Bangkok"},
		{"Đội cứu hộ sang Bangkok tìm người mất tích", ""},
		{"CHÁY Ở HONG KONG", ""},
		{"Người Việt kể chuyện vụ cháy ở Nhật Bản", ""},
		{"Cháy nhà, bà Nga mất tích", ""},
		{"Tai nạn giao thông, chị Mỹ tử vong", ""},
		{"Người đàn ông Nga chết trong vụ cháy", "Nga"},
		{"Trẻ em Gaza chết trong vụ nổ", "Gaza"},
	} {
		var toks []token
		var buf []byte
		toks, _ = c.fold.tokenize(toks, tc.text, fieldTitle, buf, c.voc)
		name, _, _ := c.topic.abroad.placeAbroad(toks, nil)
		if name != tc.want {
			t.Errorf("%q: place %q, want %q", tc.text, name, tc.want)
		}
	}
}

// abroadVerdict is a row of primary_i17topic.jsonl: a judged training-day
// item, either of the sample of primaries that disagree with the section
// feed's topic (sample "disagreement": verdict classifier_wrong,
// section_wrong or both, class naming the classifier's mistake) or of the
// changes moveAbroad makes (change "primary" or "secondary": verdict
// right, wrong or doubtful; topics before and after, "*" marking the
// primary).
type abroadVerdict struct {
	URL     string `json:"url"`
	Section string `json:"section"`
	Sample  string `json:"sample"`
	Change  string `json:"change"`
	Before  string `json:"before"`
	After   string `json:"after"`
	Verdict string `json:"verdict"`
	Class   string `json:"class"`
}

// TestAbroadVerdicts re-classifies, text only as they were judged, the
// items whose change by moveAbroad was judged right and fails when their
// topics are no longer the judged ones; it logs the disagreement sample's
// classes and how many of the classifier's mistakes now agree with the
// section. It needs the real news corpus (EnvRealCorpus).
func TestAbroadVerdicts(t *testing.T) {
	vs, items := judgedItems(t, "primary_i17topic.jsonl", func(v abroadVerdict) string { return v.URL })
	c := newTest(t)
	counts := map[string]int{}
	for _, v := range vs {
		it := items[v.URL]
		got := topicList(c.Classify(Input{Title: it.Title, Summary: it.Summary, URL: it.URL}))
		switch {
		case v.Sample == "disagreement":
			counts[v.Verdict+" "+v.Class]++
			if v.Verdict == "classifier_wrong" && strings.HasPrefix(got, "*"+v.Section) {
				counts["classifier_wrong now the section's"]++
			}
		case v.Verdict == "right" && got != v.After:
			t.Errorf("%s: judged %q right, now %q", v.URL, v.After, got)
		default:
			counts[v.Change+" "+v.Verdict]++
		}
	}
	t.Logf("primary_i17topic: %v", counts)
}

// topicList renders r's topics as the verdict files do: "*primary
// secondary…".
func topicList(r Result) string {
	var b strings.Builder
	for i, tt := range r.Topics {
		if i > 0 {
			b.WriteByte(' ')
		} else {
			b.WriteByte('*')
		}
		b.WriteString(tt.Topic)
	}
	return b.String()
}

// TestAbroadIncident: an incident word counts, not inside an idiom of
// burst.go's incidentIdioms or abroadIdioms, unless a literal follower
// makes the idiom the incident itself ("cháy hàng chục căn nhà").
func TestAbroadIncident(t *testing.T) {
	c := newTest(t)
	for _, tc := range []struct {
		text string
		ok   bool
	}{
		{"Cháy chợ ở Thái Lan", true},
		{"Cháy vé concert ở Singapore", false},
		{"Bùng nổ du học Nhật Bản", false},
		{"Lật đổ chính quyền ở Syria", false},
		{"Thanh niên sập bẫy lừa đảo ở Campuchia", false},
		{"Cháy hàng chục căn nhà ở Indonesia", true},
		{"Bùng nổ du học Nhật Bản, một người mất tích", true},
	} {
		var toks []token
		toks, _ = c.fold.tokenize(toks, tc.text, fieldTitle, nil, c.voc)
		if _, _, ok := c.topic.abroad.placeAbroad(toks, nil); ok != tc.ok {
			t.Errorf("%q: incident abroad %v, want %v", tc.text, ok, tc.ok)
		}
	}
}
