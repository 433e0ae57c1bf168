package classify

import "strings"

// Longer names that end in an ambiguous one-word place (issue 9, real
// news): "phố cổ Bao Vinh (TP.Huế)", "cầu Ba Vinh", "xã Canh Vinh" and
// "Lê Công Vinh" are a quarter of Huế, a bridge of Cà Mau, a commune of
// Gia Lai and a footballer, not the city of Vinh.

// compoundNames refuses a one-word ambiguous place of the gazetteer
// (flagAmbiguous, kindPlace: Vinh) right after a capitalised word joined
// to it by a space, inside a sentence and with no place context: the two
// words are one name. A capital-letter abbreviation before it ("ĐH Vinh",
// "Bệnh viện TTH Vinh") or a word of context ("sân Vinh", "tại Vinh")
// keeps the place. Not the provinces' own names (Huế, kindName): "Ngọ
// Môn Huế", "Marathon Huế" are there.
func compoundNames(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.effect != 0 || mt.end-mt.start != 1 || mt.rule.Admin != 0 || mt.rule.Kind != kindPlace ||
			mt.rule.Flags&flagAmbiguous == 0 || mt.start == 0 || toks[mt.start].first || !joinable(toks, mt.start) {
			continue
		}
		p := toks[mt.start-1]
		if p.upper && !p.caps && !p.first && !isDigits(p.text[:1]) && strings.ToUpper(p.text) != p.text {
			mt.dropped = "part of a longer name (" + p.text + " " + mt.text + ")"
		}
	}
}
