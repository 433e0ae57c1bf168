package tagwhy

import "strings"

// The fixed sentences of the province reasons.
const (
	homeTail   = "; home province of the source"
	homePrior  = "home province of the source "
	homePrior2 = ": the text names no place but refers to the local area"
	alsoLegacy = "also names the former province "
	gazetteer  = " (gazetteer)"
	formerOpen = " (former province "
)

// contexts are the ways the classifier says how a mention's surroundings
// weigh it: the text before and after the context words it quotes, and the
// Vietnamese that follows the quoted words on the page.
var contexts = []struct{ before, after, vi string }{
	{` after "`, `" (điểm cầu: a video-link point, weak local angle)`, ": một điểm cầu trực tuyến, ít liên quan tới địa phương"},
	{` after "`, `" (a person's home; no other place named)`, ": quê của một người, bài không nêu nơi nào khác"},
	{` after "`, `" (a ward of that name, not the former province)`, ": tên một phường, không phải tỉnh cũ"},
	{` `, ` (a wire dateline: where the agency filed from, weak)`, ": nơi hãng tin gửi bài, ít liên quan tới địa phương"},
	{` with context "`, `"`, ""},
}

// Province returns why a province tag is there, in Vietnamese, from the
// reason the classifier stored, and true; for a reason in no known form it
// returns Fallback and false. The forms are
//
//	home province of the source HOST: the text names no place but refers to the local area
//	also names the former province ha-tay
//	FIELD: "Hoằng Hóa"[ CONTEXT][ (gazetteer)][ (former province L)][; home province of the source]
//
// where CONTEXT is one of the contexts above.
func Province(reason string, n Names) (string, bool) {
	if host, ok := strings.CutPrefix(reason, homePrior); ok {
		if host, ok = strings.CutSuffix(host, homePrior2); ok && host != "" {
			return "báo địa phương (" + host + ") đưa tin; bài không nêu địa danh nhưng nói về địa bàn của báo", true
		}
	}
	if l, ok := strings.CutPrefix(reason, alsoLegacy); ok && l != "" && !strings.ContainsAny(l, " ;") {
		return "bài cũng nêu nơi thuộc tỉnh cũ " + n.province(l), true
	}
	if s, ok := mention(reason, n); ok {
		return s, true
	}
	return Fallback, false
}

// mention renders the reason of a place named in the text.
func mention(reason string, n Names) (string, bool) {
	rest, home := strings.CutSuffix(reason, homeTail)
	var legacy string
	if i := strings.LastIndex(rest, formerOpen); i >= 0 && strings.HasSuffix(rest, ")") {
		legacy, rest = rest[i+len(formerOpen):len(rest)-1], rest[:i]
	}
	rest, gaz := strings.CutSuffix(rest, gazetteer)
	r := scanner{rest}
	f, ok := r.field()
	if !ok || !r.lit(": ") {
		return "", false
	}
	text, ok := r.goQuoted()
	if !ok {
		return "", false
	}
	out := "tên " + quote(text)
	if gaz {
		out = "địa danh " + quote(text)
	}
	if legacy != "" {
		out += " (thuộc tỉnh cũ " + n.province(legacy) + ")"
	}
	out += " trong " + f
	if r.s != "" {
		c, ok := context(r.s)
		if !ok {
			return "", false
		}
		out += ", " + c
	}
	if home {
		out += "; nguồn tin là báo của địa phương này"
	}
	return out, true
}

// context renders the surroundings of a mention (s starts with a space).
func context(s string) (string, bool) {
	for _, c := range contexts {
		w, ok := strings.CutPrefix(s, c.before)
		if w, ok2 := strings.CutSuffix(w, c.after); ok && ok2 && w != "" {
			if c.vi == "" {
				return plainContext(w), true
			}
			where := "sau "
			if c.before == " " {
				where = "trước "
			}
			w, listed := strings.CutSuffix(w, ", listed with it")
			out := where + quote(w)
			if listed {
				out += " (nêu cùng)"
			}
			return out + c.vi, true
		}
	}
	return "", false
}

// plainContext renders the words a mention comes with: "tỉnh", "tại",
// "dateline" (the place a report opens with), each maybe marked "(cũ)".
func plainContext(w string) string {
	w, old := strings.CutSuffix(w, "(cũ)")
	w = strings.TrimSpace(w)
	var out string
	switch w {
	case "":
	case "dateline":
		out = "ở đầu bản tin"
	default:
		out = "đi cùng " + quote(w)
	}
	if old {
		if out != "" {
			out += ", "
		}
		out += "ghi rõ " + quote("(cũ)")
	}
	return out
}

// Legacy returns why an article carries the tag of the former province
// legacy, whose reason the classifier shares with the current unit's tag:
// that reason may name a place outside legacy (the best mention of the
// unit), and then the tag is there because some other mention lies in
// legacy. It returns Fallback and false when Province does.
func Legacy(reason, legacy string, n Names) (string, bool) {
	vi, ok := Province(reason, n)
	if !ok || strings.HasPrefix(reason, homePrior) || strings.HasPrefix(reason, alsoLegacy) ||
		strings.Contains(reason, formerOpen+legacy+")") {
		return vi, ok
	}
	return "bài nêu nơi thuộc tỉnh cũ " + n.province(legacy), true
}
