package classify

import (
	"fmt"
	"slices"
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
// the Vietnamese press writes them, beside the countries of clusterdata.go
// (every name of countries is a place abroad too: newAbroadTable reads
// both). A one-word name that is also a word or a given name (Anh, Đức, Ý,
// Áo, Nhật, Hàn) is left out or written with its qualifier; a name inside
// a longer capitalised name ("Mỹ Tâm", "Thúy Nga", "Bắc Mỹ", "Lào Cai")
// or after an honorific ("bà Nga") does not count (abroadAt).
var abroadPlaces = []string{
	// Countries and territories ("Lào" alone too: abroadAt keeps Lào Cai out).
	"nước Đức", "Iraq", "Syria", "Lebanon", "Lào", "Brunei", "Mexico", "Venezuela", "Colombia", "Peru",
	"Argentina", "Ecuador", "Bolivia", "Cuba", "Haiti", "Guatemala", "Pakistan", "Afghanistan",
	"Bangladesh", "Sri Lanka", "Đài Loan", "Hong Kong", "Hồng Kông", "Ma Cao", "Macau", "Thụy Sĩ",
	"Thụy Điển", "Na Uy", "Phần Lan", "Đan Mạch", "Hà Lan", "Tây Ban Nha", "Bồ Đào Nha", "Italy", "Hy Lạp",
	"Ba Lan", "Hungary", "Romania", "Serbia", "Slovakia", "Ireland", "Scotland", "Nigeria", "Kenya",
	"Nam Phi", "Ethiopia", "Sudan", "Congo", "Morocco", "Algeria", "Libya", "Ả Rập Xê Út", "Arab Saudi",
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

// abroadWords are words that hold a one-word name of abroadPlaces and
// name nothing abroad ("Mỹ phẩm", "Pháp luật"), wherever they stand: at a
// title's start the name's capital tells nothing.
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

// abroadIdioms are phrases whose incident word names no incident here,
// beside burst.go's incidentIdioms (read with their literal followers):
// a boom, an overthrow, a U-turn, being absorbed or besotted, passing on
// a flame. Lower case.
var abroadIdioms = []string{
	"bùng nổ", "lật đổ", "lật kèo", "lật mặt", "lật ngược", "lật lọng", "đắm chìm", "chìm đắm", "say đắm",
	"đắm say", "đắm mình", "giữ lửa", "truyền lửa", "tiếp lửa", "thổi lửa", "lửa trại",
}

// personHonorifics are the lower-case words before a given name ("bà Nga",
// "chị Mỹ"): a one-word place right after one is a person, unless the
// word ends a noun of people (personNouns: "người đàn ông Mỹ", "trẻ em
// Gaza", "cụ bà Singapore" are the people of the place).
var personHonorifics = []string{"ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu", "bé"}

// personNouns are the words before a personHonorifics that make it part of
// a noun of people, lower case.
var personNouns = []string{"đàn", "trẻ", "cụ", "người", "chàng", "cô"}

// abroadFrom is the word before a place abroad that makes a journey from
// here ("lên đường sang Venezuela"): such a story is Việt Nam's too. Read
// with its tone: "rạng sáng Bangkok" is no journey.
const abroadFrom = "sang"

// homeNames say the story is Việt Nam's too ("người Việt", "Việt kiều").
var homeNames = []string{"Việt", "VN"}

// homePeople are phrases, in any case, that the Vietnamese press uses of
// Vietnamese people alone, so that a story abroad naming them is Việt Nam's
// too, as one saying "Việt" is: a Vietnamese victim's or suspect's story
// abroad keeps Xã hội, Thế giới second (testdata/classify/real/README.md,
// primary_i18names.jsonl). Bare "công dân", "ngư dân" or "lao động" are
// not among them: "Cuba xác nhận 32 công dân thiệt mạng", "vùi lấp nhiều
// lao động" are other countries' people.
var homePeople = []string{
	"kiều bào", "bảo hộ công dân", "Cục Lãnh sự", "xuất khẩu lao động", "công dân ta", "đồng bào ta",
	"người dân ta", "ngư dân ta", "tàu cá ta",
}

// abroadTable indexes the names of countries and abroadPlaces (rules ≥ 0), abroadWords (rule
// abroadWord), homeNames (rule homeName), homePeople (rule homePerson),
// abroadIncidents (rule incidentWord), abroadIdioms (rule abroadIdiom) and incidentIdioms (rule
// idiomRule(k) for the k-th, whose literal followers make it an incident).
type abroadTable struct {
	places *trie
}

const (
	abroadWord   = -1
	homeName     = -2
	incidentWord = -3
	abroadIdiom  = -4
	homePerson   = -5
	idiomBase    = -6 // incidentIdioms[k] is rule idiomBase-k
)

// idiomRule returns the rule of incidentIdioms[k].
func idiomRule(k int) int { return idiomBase - k }

func newAbroadTable(voc vocab) (*abroadTable, error) {
	t := &abroadTable{places: newTrie(voc)}
	add := func(n string, r int) error {
		if err := t.places.add(n, r, false); err != nil {
			return fmt.Errorf("abroad table %q: %w", n, err)
		}
		return nil
	}
	for _, l := range []struct {
		names []string
		rule  int
	}{
		{countryNames(), 0}, {abroadPlaces, 0}, {abroadWords, abroadWord}, {homeNames, homeName},
		{abroadIncidents, incidentWord}, {abroadIdioms, abroadIdiom}, {homePeople, homePerson},
	} {
		for i, n := range l.names {
			r := l.rule
			if r == 0 {
				r = i
			}
			if err := add(n, r); err != nil {
				return nil, err
			}
		}
	}
	for k, id := range incidentIdioms {
		if err := add(id.phrase, idiomRule(k)); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// placeAbroad returns the first place abroad that the title or lead
// (tokens of fields before fieldBody) names, with its field, and ok when
// they report an incident (an abroadIncidents word outside the idioms)
// and name no place at home: homeNames, homePeople, a place abroad after
// abroadFrom, nor a kept province mention of ms. name is "" when a place
// at home was found first or no place abroad is named.
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
		case r == homeName, r == homePerson,
			r >= 0 && i > 0 && joinable(toks, i) && wordIs(toks, i-1, abroadFrom, abroadFrom):
			return "", 0, false
		case r == incidentWord:
			incident = true
		case r <= idiomBase:
			incident = incident || idiomLiteral(toks, sp, incidentIdioms[idiomBase-r].literal)
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
	if sp.p.rule < 0 && sp.p.rule != homeName {
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
	if sp.end-sp.start == 1 && personBefore(toks, sp.start) {
		return false
	}
	return sp.end >= len(toks) || !joinable(toks, sp.end) || !toks[sp.end].upper
}

// countryNames returns every name of countries ("Mỹ|Hoa Kỳ": both).
func countryNames() []string {
	var out []string
	for _, c := range countries {
		out = append(out, strings.Split(c, "|")...)
	}
	return out
}

// personBefore reports a lower-case personHonorifics word joined before
// toks[i] that ends no noun of people (personNouns).
func personBefore(toks []token, i int) bool {
	if i == 0 || !joinable(toks, i) || toks[i-1].upper || !slices.Contains(personHonorifics, toks[i-1].text) {
		return false
	}
	return i < 2 || !joinable(toks, i-1) || !slices.Contains(personNouns, strings.ToLower(toks[i-2].text))
}

// idiomLiteral reports whether the word right after sp, in its field and
// lower case, is one of literal: the idiom is the incident itself ("cháy
// hàng chục căn nhà").
func idiomLiteral(toks []token, sp span, literal []string) bool {
	return sp.end < len(toks) && joinable(toks, sp.end) && slices.Contains(literal, strings.ToLower(toks[sp.end].text))
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
