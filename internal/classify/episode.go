package classify

import "strings"

// A series — a paper's exam-tips programme, a history in instalments, a
// column's reports in parts — titles each episode with the series' name
// and the episode's number ("BÍ QUYẾT ÔN THI THPT 2026 | Môn toán |
// Chuyên đề 5 | …", "Lịch sử thăng trầm của Iran hiện đại - Kỳ 5: …",
// "'Tạng thư sinh tử' (kỳ 1): …"). Each episode is another story, but the
// series' words make them alike. An episode is kept in the signature's day
// field when the title names no date (episodeOf, tagged with episodeTag so
// that no date equals it): two articles of different episodes, or an
// episode and a dated title, never share a story (daysConflict). The
// stored form is unchanged: a signature stored before episodes has 0 there
// and is compared as before.

// episodeTag marks an episode in Signature.day; dates (month<<5 | day)
// stay below it.
const episodeTag = 1 << 15

// episodeCues open an episode's number ("chuyên đề" is matched apart, as
// two tokens).
var episodeCues = []string{"kỳ", "tập", "phần", "bài"}

// episodeOf returns the episode an article of a series is, from its title
// and lead tokens: an exam-tips lesson (lessonEpisode), else a numbered
// episode of its title (titleEpisode); 0 when none.
func episodeOf(toks []token) uint16 {
	if e := lessonEpisode(toks); e != 0 {
		return e
	}
	return titleEpisode(toks)
}

// titleEpisode returns the key of the episode the title numbers: the
// title's words up to the number (the series, its subject and the
// episode). The cue must open the title or follow a separator ("-", "–",
// "|", ":", "(") and the number ("cuối" for the last) must end the title or
// come before one, so that "học kỳ 2", "Hoa Kỳ 250 năm" or "nhiệm kỳ
// 2026-2031" are no episodes.
func titleEpisode(toks []token) uint16 {
	for i := 0; i < len(toks) && toks[i].field == fieldTitle; i++ {
		n := cueEnd(toks, i) + 1
		if n == 0 || !opensEpisode(&toks[i]) || n >= len(toks) || toks[n].field != fieldTitle ||
			toks[n].gap != " " || !episodeNumber(toks[n].text) ||
			n+1 < len(toks) && toks[n+1].field == fieldTitle && !closesEpisode(toks[n+1].gap) {
			continue
		}
		var h keyHash
		for k := 0; k <= n; k++ {
			h.add(toks[k].fold)
		}
		return h.episode()
	}
	return 0
}

// cueEnd returns the index of the last token of the episode cue at toks[i]
// ("Kỳ", "Chuyên đề"), or -1.
func cueEnd(toks []token, i int) int {
	for _, c := range episodeCues {
		if strings.EqualFold(toks[i].text, c) {
			return i
		}
	}
	if strings.EqualFold(toks[i].text, "chuyên") && i+1 < len(toks) && toks[i+1].field == toks[i].field &&
		toks[i+1].gap == " " && strings.EqualFold(toks[i+1].text, "đề") {
		return i + 1
	}
	return -1
}

// opensEpisode reports whether t opens its field or follows a separator.
func opensEpisode(t *token) bool {
	g := strings.TrimRight(t.gap, " ")
	return t.first || g != "" && (strings.ContainsAny(g[len(g)-1:], "-|:(") || strings.HasSuffix(g, "–"))
}

// closesEpisode reports whether the gap after an episode's number starts
// with a separator.
func closesEpisode(gap string) bool {
	g := strings.TrimLeft(gap, " ")
	return g != "" && (strings.ContainsAny(g[:1], ":)|-") || strings.HasPrefix(g, "–"))
}

// episodeNumber reports whether s numbers an episode: a smallNumber, or
// "cuối" (the last).
func episodeNumber(s string) bool { return smallNumber(s) || strings.EqualFold(s, "cuối") }

// smallNumber reports whether s is one to three digits.
func smallNumber(s string) bool { return s != "" && len(s) <= 3 && strings.Trim(s, "0123456789") == "" }

// lessonEpisode returns the key of an exam-tips programme's lesson, its
// subject and number, named in the title ("… | Môn vật lý | Chuyên đề 4 |
// …") or, for the programme's videos, in the lead ("… phát sóng chuyên đề
// số 4 của môn vật lý trong chương trình …"): an article and the video of
// one lesson share it, two lessons do not. 0 when neither names one.
func lessonEpisode(toks []token) uint16 {
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		switch {
		case t.field == fieldTitle && strings.EqualFold(t.text, "môn") && strings.Contains(t.gap, "|"):
			k := i + 1
			for k < len(toks) && toks[k].field == fieldTitle && !strings.Contains(toks[k].gap, "|") {
				k++
			}
			if k+2 < len(toks) && toks[k+2].field == fieldTitle && cueEnd(toks, k) == k+1 && smallNumber(toks[k+2].text) {
				return lessonKey(toks[i+1:k], toks[k+2].text)
			}
		case t.field != fieldTitle && t.fold == "chuyen" && i+6 < len(toks) && toks[i+6].field == t.field &&
			toks[i+1].fold == "de" && toks[i+2].fold == "so" && toks[i+4].fold == "cua" && toks[i+5].fold == "mon" &&
			smallNumber(toks[i+3].text):
			k := i + 7
			for k < len(toks) && toks[k].field == t.field && toks[k].fold != "trong" && !strings.ContainsAny(toks[k].gap, ".,:;") {
				k++
			}
			return lessonKey(toks[i+6:k], toks[i+3].text)
		}
	}
	return 0
}

// lessonKey is the episode key of lesson n of the subject whose tokens
// are given.
func lessonKey(subject []token, n string) uint16 {
	var h keyHash
	h.add("mon")
	for _, t := range subject {
		h.add(t.fold)
	}
	h.add(n)
	return h.episode()
}

// keyHash is the FNV-1a hash of the words added, a space between two.
type keyHash struct {
	x       uint64
	started bool
}

func (h *keyHash) add(s string) {
	if !h.started {
		h.x, h.started = 14695981039346656037, true
	} else {
		h.x = (h.x ^ ' ') * 1099511628211
	}
	for i := 0; i < len(s); i++ {
		h.x = (h.x ^ uint64(s[i])) * 1099511628211
	}
}

// episode returns the hash as an episode key: tagged, never 0.
func (h *keyHash) episode() uint16 { return episodeTag | uint16(h.x)&(episodeTag-1) | 1 }
