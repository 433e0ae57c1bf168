package classify

// A province's nickname that also names a firm (issue 9, real news;
// i10prov15): see aliasFirms.

// aliasFirms refuses the bare mentions of a province's nickname that other
// things are named after too (kindAlias, flagAmbiguous: Kinh Bắc, Tây Đô)
// when the text writes the same nickname inside a firm's name: "Kinh Bắc
// thâu tóm công ty …" over a lead naming "Tổng công ty Phát triển Đô thị
// Kinh Bắc" is the firm's news, as the full name is (the labels'
// convention: a company whose name holds a place does not count). A
// mention with a context word ("tại Kinh Bắc", "vùng Kinh Bắc") still
// counts. sameFirm covers a firm's short name that keeps the words before
// the place ("Đức Long Gia Lai"); a nickname alone has none. The city's
// common names (TP.HCM, Sài Gòn) are not such nicknames: "Tổng công ty
// Điện lực TP.HCM" beside "lưới điện toàn TP.HCM" is the city's news.
func aliasFirms(ms []mention) {
	for i := range ms {
		f := &ms[i]
		if !f.firm || f.rule == nil || f.rule.Kind != kindAlias || f.rule.Flags&flagAmbiguous == 0 {
			continue
		}
		for j := range ms {
			o := &ms[j]
			if j == i || o.dropped != "" || o.rule != f.rule || o.context != "" {
				continue
			}
			o.dropped = "the firm the story names (" + f.text + ", a nickname in a firm's name)"
		}
	}
}
