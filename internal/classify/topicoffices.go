package classify

import (
	"fmt"
	"strings"
)

// A field of public life named in the name of an office or a school says
// what the body covers or teaches, not what the story is about: "Sở Văn
// hóa, Thể thao và Du lịch" censoring a music video, "Bộ Nông nghiệp và Môi
// trường" warning of El Niño, admissions at "Học viện Nông nghiệp" or
// "Trường đại học Công nghệ", a wedding registered at the "nhà văn hóa".
// fieldNouns are those field names, each with its topic. A cue that is one
// of them, or lies inside one ("thể thao" in "thể dục thể thao"), is an
// office's cue (officeCue) when the field stands in the name of a school
// (schoolHeads), in an office's name (officeHeads) that names a field of
// another topic too, or in one of fieldHouses. A name of one field ("Sở Y
// tế", "Bộ Quốc phòng", "Liên đoàn Lao động") and a list of fields outside
// a name ("văn hóa, thể thao và du lịch") keep their cues: their stories
// mostly share the field (BENCHMARKS.md, "Thirteenth session: i13topic10").
// Alone, office cues tag nothing (dropOfficeOnly).
var fieldNouns = []struct{ text, topic string }{
	{"văn hóa", "van-hoa-giai-tri"}, {"văn nghệ", "van-hoa-giai-tri"}, {"nghệ thuật", "van-hoa-giai-tri"},
	{"thể thao", "the-thao"}, {"thể dục thể thao", "the-thao"}, {"thể dục", "the-thao"},
	{"du lịch", "doi-song"}, {"y tế", "y-te"}, {"sức khỏe", "y-te"},
	{"giáo dục", "giao-duc"}, {"đào tạo", "giao-duc"}, {"kinh tế", "kinh-te"}, {"thương mại", "kinh-te"},
	{"tài chính", "kinh-te"}, {"đầu tư", "kinh-te"}, {"công nghiệp", "kinh-te"},
	{"xã hội", "xa-hoi"}, {"lao động", "xa-hoi"}, {"việc làm", "xa-hoi"},
	{"quốc phòng", "quoc-phong-an-ninh"}, {"an ninh", "quoc-phong-an-ninh"},
	{"môi trường", "moi-truong"}, {"tài nguyên", "moi-truong"}, {"nông nghiệp", "nong-nghiep"},
	{"khoa học", "khoa-hoc-cong-nghe"}, {"công nghệ", "khoa-hoc-cong-nghe"},
	{"giao thông", "giao-thong"}, {"hạ tầng", "giao-thong"}, {"xây dựng", "giao-thong"},
	{"chính trị", "chinh-tri"}, {"ngoại giao", "chinh-tri"}, {"nội vụ", "chinh-tri"}, {"tư pháp", "phap-luat"},
}

// officeHeads begin the name of an office or a body, schoolHeads the name
// of a school; fieldHouses are lower-case names of places called after a
// field.
var (
	officeHeads = []string{"Sở", "Bộ", "Trung tâm", "Nhà", "Viện", "Hội", "Ủy ban", "Ban", "Cục",
		"Tổng cục", "Vụ", "Phòng", "Liên đoàn", "Quỹ", "Hiệp hội"}
	schoolHeads = []string{"Trường", "Học viện", "Đại học", "Cao đẳng", "ĐH", "CĐ", "Khoa"}
	fieldHouses = []string{"nhà văn hóa"}
)

// fieldNoun is one of fieldNouns as words, with its topic index; nameHead
// one of officeHeads or schoolHeads as words.
type (
	fieldNoun struct {
		words wordSeq
		topic int
	}
	nameHead struct {
		words  wordSeq
		school bool
	}
)

// addFieldNouns indexes fieldNouns, the heads and fieldHouses, and flags
// the cues that are a field noun or its last words; it fails on an unknown
// topic. It runs before the negatives are added.
func (m *topicMatcher) addFieldNouns() error {
	for _, n := range fieldNouns {
		ti, ok := m.index[n.topic]
		if !ok {
			return fmt.Errorf("field noun %q: unknown topic %q", n.text, n.topic)
		}
		m.fieldNouns = append(m.fieldNouns, fieldNoun{phraseKeys(n.text), ti})
	}
	for _, h := range officeHeads {
		m.officeHeads = append(m.officeHeads, nameHead{phraseKeys(h), false})
	}
	for _, h := range schoolHeads {
		m.officeHeads = append(m.officeHeads, nameHead{phraseKeys(h), true})
	}
	for _, h := range fieldHouses {
		m.fieldHouses = append(m.fieldHouses, phraseKeys(h))
	}
	for i := range m.rules {
		c := " " + strings.ToLower(m.rules[i].Text)
		for _, n := range fieldNouns {
			m.rules[i].field = m.rules[i].field || strings.HasSuffix(" "+n.text, c)
		}
	}
	return nil
}

// officeCue reports whether the cue span [i, j) of topic t is, or lies
// inside, a field noun in a school's name, in an office's name with a
// field of another topic, or in one of fieldHouses.
func (m *topicMatcher) officeCue(toks []token, i, j, t int) bool {
	s, e, ok := m.fieldMember(toks, i, j)
	if !ok {
		return false
	}
	for _, h := range m.fieldHouses {
		if p := e - len(h); p >= 0 && p < s && wordsAt(toks, p, h) {
			return true
		}
	}
	found, school := m.officeName(toks, s)
	return found && (school || m.otherField(toks, s, e, t))
}

// dropOfficeOnly zeroes the score of every topic whose only evidence is
// office cues: no other cue, no model belief, nothing from the outlet. It
// does so only when the topic model read the article: the rules alone
// (bantin-corpus train's labels for the shipped model) keep these cues,
// so that the rule does not change the model's training input.
func dropOfficeOnly(s *topicScores) {
	if !s.model {
		return
	}
	var office, other uint32
	for i := range s.ev {
		if e := &s.ev[i]; e.named {
			office |= 1 << e.topic
		} else {
			other |= 1 << e.topic
		}
	}
	for t := range s.score {
		if office&^other&(1<<t) != 0 {
			s.score[t] = 0
		}
	}
}
