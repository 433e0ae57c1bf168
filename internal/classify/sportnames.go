package classify

import (
	"strings"

	"bantin/internal/vntext"
)

// The names of sportID (sportid.go), as written, case aside: facts.

// competitions are the competitions a Vietnamese sports page names, each
// with its names (competitionAt takes the longest name starting at a
// token: "Cúp C1 châu Á", not "Cúp C1"; "vòng loại World Cup" starts
// before "World Cup"). football: the competition is football's only (a
// story naming it is about football). Only the football bit is used.
var competitions = [...]struct {
	names    []string
	football bool
}{
	{[]string{"SEA Games"}, false},
	{[]string{"AFF Cup", "ASEAN Cup", "Mitsubishi Electric Cup", "AFF Mitsubishi Electric Cup"}, true},
	{[]string{"V-League", "V League", "VLeague", "LPBank V League"}, true},
	{[]string{"vòng loại World Cup", "vòng loại thứ ba World Cup", "vòng loại thứ 3 World Cup"}, true},
	{[]string{"World Cup", "FIFA World Cup"}, false},
	{[]string{"vòng loại Asian Cup", "vòng loại cuối Asian Cup", "vòng loại thứ ba Asian Cup"}, true},
	{[]string{"Asian Cup"}, true},
	{[]string{"U23 châu Á", "VCK U23 châu Á", "U23 Asian Cup"}, true},
	{[]string{"vòng loại U23 châu Á"}, true},
	{[]string{"U17 châu Á", "U17 Asian Cup"}, true},
	{[]string{"vòng loại U17 châu Á"}, true},
	{[]string{"Champions League", "Cúp C1"}, true},
	{[]string{"Europa League", "Cúp C2"}, true},
	{[]string{"Conference League"}, true},
	{[]string{"AFC Champions League", "AFC Champions League Two", "ACL Two", "Cúp C1 châu Á", "Cúp C2 châu Á"}, true},
	{[]string{"Ngoại hạng Anh", "Premier League"}, true},
	{[]string{"La Liga"}, true},
	{[]string{"Serie A"}, true},
	{[]string{"Bundesliga"}, true},
	{[]string{"Ligue 1"}, true},
	{[]string{"FA Cup"}, true},
	{[]string{"Carabao Cup", "League Cup"}, true},
	{[]string{"Club World Cup", "FIFA Club World Cup"}, true},
	{[]string{"Cúp Quốc gia"}, true},
	{[]string{"Hạng Nhất"}, true},
	{[]string{"Siêu cúp"}, true},
	{[]string{"Cúp Nhà vua"}, true},
	{[]string{"Shopee Cup", "ASEAN Club Championship"}, true},
	{[]string{"Olympic", "Thế vận hội"}, false},
	{[]string{"ASIAD", "Asiad", "Asian Games"}, false},
}

// footballWords name football itself.
var footballWords = []string{"bóng đá"}

// menWords mark a men's team or event (womenWords the women's).
var menWords = []string{"tuyển nam", "đội nam", "bóng đá nam", "futsal nam", "bóng chuyền nam", "bóng rổ nam", "cầu mây nam", "đơn nam", "đôi nam"}

// compGoals, folded, precede a competition that is a story's goal, not
// its match ("giành vé dự VCK U17 châu Á", "Chào V-League", "cách suất
// Champions League một trận thắng").
var compGoals = map[string]bool{"du": true, "suat": true, "ve": true, "chao": true, "len": true, "den": true, "toi": true}

// compStarts and sideStarts hold the folded first syllables of the
// competitions' names and of womenWords and menWords: a name
// is looked for only at a token that may start one.
var compStarts, sideStarts = func() (map[string]bool, map[string]bool) {
	firsts := func(m map[string]bool, cues []string) {
		for _, c := range cues {
			first, _, _ := strings.Cut(c, " ")
			m[vntext.Fold(first)] = true
		}
	}
	c, s := map[string]bool{}, map[string]bool{}
	for _, x := range competitions {
		firsts(c, x.names)
	}
	firsts(s, womenWords)
	firsts(s, menWords)
	return c, s
}()
