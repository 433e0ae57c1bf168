package classify

import "strings"

// Context rules of the real-news mistakes (issue 9): a person's home after
// the name, titles of works in quotes (team names in sports stories:
// provteams.go).

// personHome reports a place alone in parentheses right after a person
// named with an honorific: "chị Phương (Hà Nội)", "anh Tuấn (TP HCM)"; or
// with an athlete's role, whose parenthesis names the team: "cua-rơ Nguyễn
// Văn Bình (TP HCM)", "VĐV Phạm Thị Hồng Lệ (Gia Lai)"; or with a deputy's,
// whose parenthesis names the province that elected them.
func (m *provMatcher) personHome(toks []token, sp span) bool {
	if sp.start == 0 || !strings.HasSuffix(strings.TrimSpace(toks[sp.start].gap), "(") || toks[sp.start].first ||
		sp.end < len(toks) && !toks[sp.end].first && !strings.HasPrefix(strings.TrimSpace(toks[sp.end].gap), ")") {
		return false
	}
	for j := sp.start - 1; j >= 0 && j >= sp.start-4; j-- {
		if !toks[j].upper || j < sp.start-1 && !joinable(toks, j+1) {
			return false // "nóc Ông Bình, Trà Leng (Đà Nẵng)": the name ends at the comma
		}
		if ci, n := m.contextAt(toks, j); ci >= 0 && contextBefore[ci].Effect == ctxPerson {
			return !inName(toks, j-n)
		}
		if j > 0 && joinable(toks, j) && (m.phraseEndsAt(toks, j-1, m.athletes) || m.phraseEndsAt(toks, j-1, m.deputies)) {
			return true
		}
	}
	return false
}

// quotedTitle reports a place inside quotation marks that also hold other
// words, within the same field: the title of a film, a book or a show
// ('Biệt động Sài Gòn', "Tiếng trống Mê Linh"), not the place. A quote
// still open where the field ends is taken to close there.
func quotedTitle(toks []token, sp span) bool {
	open := -1
	for j := sp.start; j >= 0 && j > sp.start-8; j-- {
		if opensQuote(toks[j]) {
			open = j
			break
		}
		if toks[j].first || closesQuote(toks[j]) && (j < sp.start || !opensQuote(toks[j])) {
			return false // "'chảo lửa' Thiên Trường": the quote closed before the place
		}
	}
	if open < 0 {
		return false
	}
	j := sp.end
	for ; j < len(toks) && j < sp.end+8 && !toks[j].first; j++ {
		if closesQuote(toks[j]) {
			return open < sp.start || j > sp.end
		}
		if opensQuote(toks[j]) {
			return false
		}
	}
	// The field ends (its closing mark is not kept): still quoted.
	return (j == len(toks) || toks[j].first) && open < sp.start
}

// opensQuote reports a quotation mark just before the token: a typographic
// opening one, or a straight one after a space or at the field's start.
// It inlines: the common gap, one space, holds no quotation mark.
func opensQuote(t token) bool { return t.gap != " " && opensQuoteGap(t.gap, t.first) }

func opensQuoteGap(g string, first bool) bool {
	if strings.ContainsAny(g, "‘“") {
		return true
	}
	n := len(g)
	return n > 0 && (g[n-1] == '\'' || g[n-1] == '"') && (n == 1 && first || n > 1 && strings.ContainsAny(g[:n-1], " ([{"))
}

// closesQuote reports a quotation mark right after the previous token: a
// typographic closing one, or a straight one with no space before it. It
// inlines, as opensQuote does.
func closesQuote(t token) bool { return t.gap != " " && closesQuoteGap(t.gap, t.first) }

func closesQuoteGap(g string, first bool) bool {
	return strings.ContainsAny(g, "’”") || !first && len(g) > 0 && (g[0] == '\'' || g[0] == '"')
}

// inName reports a person word that belongs to a name or a compound, not
// an honorific: capitalised inside a sentence ("Tháp Bà Ponagar", "sông
// Thầy Tiêu"), or "em" of "trẻ em" ("Trung tâm Bảo trợ trẻ em Tam Bình").
func inName(toks []token, k int) bool {
	if k > 0 && toks[k].fold == "em" && toks[k-1].fold == "tre" {
		return true
	}
	return toks[k].upper && !toks[k].first && !toks[k].caps && !strings.ContainsAny(toks[k].gap, ".!?:;\"'“‘(-–")
}
