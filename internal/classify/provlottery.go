package classify

import "strings"

// A lottery winner's home (issue 9, real news; i21provconv). A lottery item
// is tagged where the winning tickets were sold or won (fresh2's
// convention); a winner described as "ở"/"tại" a city, or by a home, with
// no word on where the ticket was sold gets none (final6's winner's
// workplace, final11's winner "at/in" a city): "Người đàn ông ở TP.HCM
// trúng độc đắc 20 tỉ", "Nhân viên quán ăn ở Tây Ninh trúng số", "trao
// giải Jackpot … cho ông Đ.T (ngụ Ninh Bình)".

// lotteryWinners refuses, in an item that reports a lottery win and never
// says where a ticket was sold, each place that describes a winner (a
// winner's word at most four words before the place or its links), and
// the province written right after it in parentheses or after a comma
// ("ở Tân Uyên (TP HCM)", "ở xã Xuân Sơn, TP.HCM").
func lotteryWinners(toks []token, ms []mention) {
	if !lotteryWin(toks) || ticketSold(toks) {
		return
	}
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || !winnerBefore(toks, mt.start) {
			continue
		}
		mt.dropped = "a lottery winner's home; the text does not say where the ticket was sold (" + mt.text + ")"
		if i+1 < len(ms) && ms[i+1].start == mt.end && ms[i+1].dropped == "" &&
			strings.ContainsAny(toks[mt.end].gap, "(,") {
			ms[i+1].dropped = mt.dropped
		}
	}
}

// lotteryWin reports "trúng" and a lottery word (xổ số, vé số, độc đắc,
// Vietlott, Jackpot) in toks.
func lotteryWin(toks []token) bool {
	win, lottery := false, false
	for i := range toks {
		switch f := toks[i].fold; {
		case f == "trung" && keyEqual(toks, i, "trúng"):
			win = true
		case f == "vietlott" || f == "jackpot",
			i+1 < len(toks) && (f == "xo" && toks[i+1].fold == "so" || f == "ve" && toks[i+1].fold == "so" ||
				f == "doc" && toks[i+1].fold == "dac"):
			lottery = true
		}
	}
	return win && lottery
}

// ticketSold reports a word on where a ticket was sold or bought: "bán
// ra", "bán tại", "bán ở", "mua tại", "mua ở", "đại lý", "điểm bán", "chợ"
// (bought at a market: the winners' own place), "đài" (a lottery company,
// which the outlet rule refuses), "bán vé" in the title (a ticket
// seller's story: the ticket was sold where she works; a seller named in
// the lead only is no word on where the winner's ticket was sold).
func ticketSold(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		f, n := toks[i].fold, toks[i+1].fold
		switch {
		case (f == "ban" || f == "mua") && (n == "ra" || n == "tai" || n == "o") && joinable(toks, i+1),
			f == "dai" && n == "ly" && keyEqual(toks, i, "đại"),
			f == "diem" && n == "ban",
			f == "ban" && n == "ve" && toks[i+1].field == fieldTitle && keyEqual(toks, i, "bán") && keyEqual(toks, i+1, "vé"),
			f == "cho" && keyEqual(toks, i, "chợ"),
			f == "dai" && keyEqual(toks, i, "đài") && toks[i+1].upper:
			return true
		}
	}
	return false
}

// winnerBefore reports a winner's word before toks[start] in its sentence:
// after skipping at most four links back, one of the four words before is
// a winnerWord; "trúng", "mua", "chơi" or a sentence break stops the
// search.
func winnerBefore(toks []token, start int) bool {
	j := start - 1
	for k := 0; k < 4 && j >= 0 && !toks[j+1].first && winnerLinkAt(toks, j); k++ {
		j--
	}
	for k := 0; k < 4 && j >= 0 && !toks[j+1].first; k++ {
		if g := toks[j+1].gap; strings.ContainsAny(g, ";:!?") || strings.Contains(g, ". ") {
			return false
		}
		f := toks[j].fold
		if f == "trung" || f == "mua" || f == "choi" && keyEqual(toks, j, "chơi") {
			return false // the place of the win, the purchase or the play
		}
		if key := winnerWord(f); key != "" && keyEqual(toks, j, key) {
			return true
		}
		j--
	}
	return false
}

// winnerLinkAt reports a word that may stand between a winner and the place
// at toks[j]: "ở", "tại", "ngụ", "trú", "quê", "đang sinh sống tại".
func winnerLinkAt(toks []token, j int) bool {
	key := ""
	switch toks[j].fold {
	case "o":
		key = "ở"
	case "tai":
		key = "tại"
	case "ngu":
		key = "ngụ"
	case "tru":
		key = "trú"
	case "que":
		key = "quê"
	case "song":
		key = "sống"
	case "sinh":
		key = "sinh"
	case "dang":
		key = "đang"
	}
	return key != "" && keyEqual(toks, j, key)
}

// winnerWord returns the key of the folded word f when it ends a phrase
// that names a winner ("người đàn ông", "nữ công nhân", "vợ chồng",
// "nhân viên", "bà", "chị", "cụ"), "" otherwise. Not "người chơi": a
// player "tại X" plays, so buys, there.
func winnerWord(f string) string {
	switch f {
	case "nguoi":
		return "người"
	case "ong":
		return "ông"
	case "ba":
		return "bà"
	case "chi":
		return "chị"
	case "anh":
		return "anh"
	case "cu":
		return "cụ"
	case "nhan":
		return "nhân"
	case "chong":
		return "chồng"
	case "vien":
		return "viên"
	case "khach":
		return "khách"
	case "nu":
		return "nữ"
	}
	return ""
}
