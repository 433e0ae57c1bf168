package classify

import (
	"fmt"
	"strings"
)

// Thời sự – Xã hội is Việt Nam's own current affairs. Its cues (cháy, hỏa
// hoạn, mất tích, cứu hộ…) say what happened, not where, and the topic
// model learned them, and the places of the fires it read, from the rules'
// labels: a fire in Hong Kong, an explosion in India or a cave rescue in
// Laos came out Xã hội first and Thế giới second, or not Thế giới at all,
// while the labelled sets file such events under Thế giới (BENCHMARKS.md,
// "Seventeenth session: i17topic"). So when the title or lead reports an
// incident (abroadIncidents) and names a place abroad (abroadPlaces) and
// no place in Việt Nam (a kept province mention, homeNames, or a place
// abroad reached by "sang": a delegation leaving from here), the world
// topic takes Xã hội's place (moveAbroad), under a reason that says so. A
// section, a category, a source topic or a digest's own Xã hội stays (the
// outlet said so). The rule reads the topic model's belief too, so it runs
// only with a model: the rules alone — bantin-corpus train's labels — are
// unchanged, and the shipped model stays reproducible.
const (
	homeTopic   = "xa-hoi"
	abroadTopic = "the-gioi"
)

// abroadPlaces are countries, territories, regions and cities abroad, as
// the Vietnamese press writes them. A one-word name that is also a word or
// a given name (Anh, Đức, Ý, Áo, Nhật, Hàn) is left out or written with
// its qualifier; a name inside a longer capitalised name
// ("Mỹ Tâm", "Thúy Nga", "Bắc Mỹ", "Lào Cai") does not count (abroadAt).
var abroadPlaces = []string{
	// Countries and territories.
	"Mỹ", "Hoa Kỳ", "Trung Quốc", "Nga", "Nhật Bản", "Hàn Quốc", "Triều Tiên", "Ấn Độ", "Pháp",
	"nước Anh", "Vương quốc Anh", "nước Đức", "Ukraine", "Israel", "Gaza", "Iran", "Iraq", "Syria",
	"Lebanon", "Thái Lan", "Lào", "nước Lào", "Campuchia", "Indonesia", "Malaysia", "Philippines",
	"Singapore", "Myanmar", "Brunei", "Australia", "Úc", "Brazil", "Chile", "Thổ Nhĩ Kỳ", "Ai Cập",
	"Canada", "Nepal", "Mexico", "Venezuela", "Colombia", "Peru", "Argentina", "Ecuador", "Bolivia",
	"Cuba", "Haiti", "Guatemala", "Pakistan", "Afghanistan", "Bangladesh", "Sri Lanka", "Đài Loan",
	"Hong Kong", "Hồng Kông", "Ma Cao", "Macau", "Thụy Sĩ", "Thụy Điển", "Na Uy", "Phần Lan",
	"Đan Mạch", "Hà Lan", "Tây Ban Nha", "Bồ Đào Nha", "Italy", "Hy Lạp", "Ba Lan", "Hungary",
	"Romania", "Serbia", "Slovakia", "Ireland", "Scotland", "Nigeria", "Kenya", "Nam Phi",
	"Ethiopia", "Sudan", "Congo", "Morocco", "Algeria", "Libya", "Ả Rập Xê Út", "Arab Saudi",
	"UAE", "Qatar", "Kuwait", "Yemen", "Mông Cổ", "Kazakhstan", "New Zealand", "Papua New Guinea",
	// Regions.
	"châu Âu", "châu Phi", "Trung Đông", "Nam Á", "Mỹ Latin",
	// Cities and states.
	"Bắc Kinh", "Thượng Hải", "Quảng Châu", "Thâm Quyến", "Tokyo", "Osaka", "Seoul", "Busan",
	"Bangkok", "Pattaya", "Phuket", "Jakarta", "Bali", "Manila", "Kuala Lumpur", "Phnom Penh",
	"Viêng Chăn", "New York", "Washington", "California", "Texas", "Florida", "Los Angeles",
	"Chicago", "Hawaii", "London", "Paris", "Moskva", "Kiev", "Kyiv", "Tehran", "Jerusalem",
	"Tel Aviv", "Istanbul", "Mumbai", "New Delhi", "Sydney", "Melbourne", "Toronto", "Dubai",
	"Dhaka", "Karachi", "Kabul",
}

// abroadWords are title-opening words that hold a one-word name of
// abroadPlaces and name nothing abroad ("Mỹ phẩm", "Pháp luật").
var abroadWords = []string{
	"Mỹ phẩm", "Mỹ thuật", "Mỹ nhân", "Mỹ mãn", "Mỹ vị", "Mỹ nghệ", "Mỹ quan", "Mỹ học",
	"Pháp luật", "Pháp lý", "Pháp lệnh", "Pháp chế", "Pháp nhân", "Pháp sư", "Pháp môn", "Pháp danh",
}

// abroadIncidents say the article reports a disaster, an accident or a
// crime. Lower case.
var abroadIncidents = []string{
	"cháy", "hỏa hoạn", "lửa", "nổ", "sập", "mất tích", "thiệt mạng", "tử vong", "người chết",
	"thương vong", "cứu hộ", "cứu nạn", "mắc kẹt", "chết đuối", "đắm", "lật", "tai nạn", "động đất",
	"sạt lở", "nạn nhân", "sát hại", "xả súng",
}

// abroadFrom is the word before a place abroad that makes a journey from
// here ("lên đường sang Venezuela"): such a story is Việt Nam's too.
const abroadFrom = "sang"

// homeNames say the story is Việt Nam's too ("người Việt", "Việt kiều").
var homeNames = []string{"Việt", "VN"}

// abroadTable indexes abroadPlaces (rules ≥ 0), abroadWords (rule
// abroadWord), homeNames (rule homeName) and abroadIncidents (rule
// incidentWord).
type abroadTable struct {
	places *trie
}

const (
	abroadWord   = -1
	homeName     = -2
	incidentWord = -3
)

func newAbroadTable(voc vocab) (*abroadTable, error) {
	t := &abroadTable{places: newTrie(voc)}
	for _, l := range []struct {
		names []string
		rule  int
	}{{abroadPlaces, 0}, {abroadWords, abroadWord}, {homeNames, homeName}, {abroadIncidents, incidentWord}} {
		for i, n := range l.names {
			r := l.rule
			if r == 0 {
				r = i
			}
			if err := t.places.add(n, r, false); err != nil {
				return nil, fmt.Errorf("abroad place %q: %w", n, err)
			}
		}
	}
	return t, nil
}

// placeAbroad returns the first place abroad that the title or lead
// (tokens of fields before fieldBody) names, with its field, when they
// report an incident and name no place at home: homeNames, a place abroad
// after abroadFrom, nor a kept province mention of ms.
func (t *abroadTable) placeAbroad(toks []token, ms []mention) (name string, f field, ok bool) {
	for _, m := range ms {
		if m.field != fieldBody && m.dropped == "" {
			return "", 0, false
		}
	}
	incident := false
	for i := 0; i < len(toks) && toks[i].field != fieldBody; {
		sp, found := t.places.longest(toks, i, func(sp span) bool { return abroadAt(toks, sp) })
		if !found {
			i++
			continue
		}
		switch r := sp.p.rule; {
		case r == homeName, r >= 0 && i > 0 && joinable(toks, i) && toks[i-1].fold == abroadFrom:
			return "", 0, false
		case r == incidentWord:
			incident = true
		case r >= 0 && name == "":
			name, f = spanText(toks, sp), toks[i].field
		}
		i = sp.end
	}
	return name, f, name != "" && incident
}

// abroadAt accepts a match whose words are all capitalised (a name's lower
// qualifier aside: "nước Lào", "châu Âu") in a mixed-case field, and that
// no capitalised word joins before or after ("Mỹ Tâm", "Thúy Nga").
func abroadAt(toks []token, sp span) bool {
	if sp.p.rule == abroadWord || sp.p.rule == incidentWord {
		return true
	}
	if last := &toks[sp.end-1]; last.caps || !last.upper {
		return false
	}
	if sp.p.rule == homeName {
		return true
	}
	if sp.start > 0 && joinable(toks, sp.start) && toks[sp.start-1].upper && !toks[sp.start].first {
		return false
	}
	return sp.end >= len(toks) || !joinable(toks, sp.end) || !toks[sp.end].upper
}

// moveAbroad gives the world topic the place of Xã hội in an article
// placed abroad (see homeTopic): Xã hội's evidence goes, and the world
// topic scores at least what Xã hội scored, so that the ranking of the
// other topics, and which of them pass as secondary, stay as they were. ms
// are the article's province mentions.
func (m *topicMatcher) moveAbroad(s *topicScores, toks []token, ms []mention) {
	home, ok1 := m.index[homeTopic]
	world, ok2 := m.index[abroadTopic]
	if !ok1 || !ok2 || s.score[home] == 0 || s.fixed[home] || s.digest {
		return
	}
	name, f, ok := m.abroad.placeAbroad(toks, ms)
	if !ok {
		return
	}
	gap := s.score[home] - s.score[world]
	kept := s.ev[:0]
	for _, e := range s.ev {
		if e.topic != home {
			kept = append(kept, e)
		}
	}
	s.ev, s.score[home] = kept, 0
	if gap > 0 {
		s.add(world, evidence{label: fmt.Sprintf("in place of %s on a story abroad (%q in the %s)", homeTopic,
			strings.TrimSpace(name), fieldNames[f]), score: gap}, false)
	}
}
