package classify

import "strings"

// Dating columns that name what the writer hopes for (issue 9, real news;
// i13prov20): VnExpress's dating column runs in the early hours, and its
// titles say whom the writer seeks anywhere in the title ("Cô gái Hà Nội …
// chờ anh ghé chơi", "Chàng trai Hà Nội tìm nửa yêu thương", "Giữa Sài Gòn
// rộng lớn, mong gặp được một người vừa vặn", "Hà Nội, anh ở đâu?") over a
// lead in the writer's own voice ("Em …", "Mình …", "Tôi …", "Chào anh").
// datingTitle and wishTitle read only titles that open with the wish; the
// places of these are the writer's home too, and the development labels
// give a dating column no province.

// seekPhrases in a title say whom a dating column's writer seeks or waits
// for. Each alone is common enough in news ("tìm người thân", "mong anh
// sớm bình phục"); only the writer's voice in the lead makes it a profile.
var seekPhrases = []string{
	"tìm anh", "tìm em", "tìm thấy anh", "tìm người", "tìm nửa", "tìm một nửa", "tìm bạn trai", "tìm bạn gái",
	"tìm bạn đời", "tìm bến đỗ", "mong gặp", "mong tìm", "mong anh", "mong em", "gặp được anh",
	"gặp được một người", "chờ anh", "chờ em", "anh ở đâu", "người thương", "nửa yêu thương", "nhân duyên",
}

// seekingTitle reports a dating column whose title names whom the writer
// seeks (seekPhrases) over a lead in the writer's voice (writerLead), or
// whose lead greets the one sought or introduces the writer (letterLead).
func seekingTitle(toks []token) bool {
	if !writerLead(toks) {
		return false
	}
	if letterLead(toks) {
		return true
	}
	phrases := phraseList(seekPhrases...) // rare: only leads in the first person get here
	for i := 0; i < len(toks) && toks[i].field == fieldTitle; i++ {
		for _, ph := range phrases {
			if toks[i].fold == ph[0].fold && phraseAt(toks, i, ph) {
				return true
			}
		}
	}
	return false
}

// writerLead reports a summary that opens with "Chào" or has a first-person
// pronoun (em, mình, tôi) among its first six words, other than a child
// counted or named as one ("2.500 em nhỏ", "các em", "em bé").
func writerLead(toks []token) bool {
	k := 0
	for k < len(toks) && toks[k].field == fieldTitle {
		k++
	}
	if k < len(toks) && toks[k].field == fieldSummary && toks[k].fold == "chao" {
		return true
	}
	for j := k; j < len(toks) && j < k+6 && toks[j].field == fieldSummary; j++ {
		switch toks[j].fold {
		case "minh", "toi":
			return true
		case "em":
			if !childWord(toks, j) {
				return true
			}
		}
	}
	return false
}

// childWord reports "em" at toks[j] naming a child, not the writer: after
// a number or a plural ("các em", "hai em"), or before "bé"/"nhỏ" ("em
// nhỏ nhắn", small-built, is the writer).
func childWord(toks []token, j int) bool {
	if j > 0 && !toks[j].first {
		switch p := toks[j-1]; {
		case isDigits(p.text) || p.text[0] >= '0' && p.text[0] <= '9':
			return true
		case p.fold == "cac" || p.fold == "nhung" || p.fold == "hai" || p.fold == "ba" || p.fold == "cho":
			return true
		}
	}
	if j+1 >= len(toks) || toks[j+1].first {
		return false
	}
	if toks[j+1].fold == "nho" && j+2 < len(toks) && !toks[j+2].first && toks[j+2].fold == "nhan" {
		return false
	}
	return toks[j+1].fold == "be" || toks[j+1].fold == "nho"
}

// letterLead reports a summary that, unquoted, opens as a dating column's
// letter: a greeting to the one sought ("Chào anh", "Chào em") or the
// writer introducing themselves ("Em là cô gái …", "Mình là người …").
// "Tôi là người …" opens columns of every kind and is left out.
func letterLead(toks []token) bool {
	k := 0
	for k < len(toks) && toks[k].field == fieldTitle {
		k++
	}
	if k+2 >= len(toks) || toks[k].field != fieldSummary || strings.ContainsAny(toks[k].gap, "\"'“‘") ||
		toks[k+1].first || toks[k+2].first {
		return false
	}
	switch w := toks[k].fold; {
	case w == "chao":
		return toks[k+1].fold == "anh" || toks[k+1].fold == "em"
	case w == "em" || w == "minh":
		return toks[k+1].fold == "la" && (toks[k+2].fold == "co" || toks[k+2].fold == "nguoi")
	}
	return false
}
