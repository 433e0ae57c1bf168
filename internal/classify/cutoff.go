package classify

import "strings"

// A university's entrance cut-off scores are published on one day for
// every school, each in a title of its own that says the same words
// ("Điểm chuẩn Trường ĐH Công nghệ thấp nhất 22", "Điểm chuẩn ĐH Khoa học
// Xã hội và Nhân văn Hà Nội giảm mạnh"), so a whole admissions day's
// schools joined one story: on the training days 366 same-story pairs of
// main had "điểm chuẩn" in both titles, most of them two schools. Each
// school's cut-off is an item of its own (cutoffEpisode, kept in the
// signature's day field as episodeOf's and rubricEpisode's are): two
// titles that name the cut-off of schools whose names start differently
// never share a story (daysConflict). The school is known by the first
// syllable of its name only, as outlets write the rest of it in either
// case ("Công nghệ thông tin", "Công nghệ Thông tin") or add its city, so
// two schools whose names open alike (Kinh tế, Kinh tế - Luật) are not
// told apart; a title that names no school after "Đại học", "ĐH" or "Học
// viện" ("Điểm chuẩn đại học 2026: …") has no key and compares as before.

// cutoffCues name a school before its name, folded.
var cutoffCues = []string{"dai hoc", "dh", "hoc vien"}

// cutoffEpisode returns the episode key of a title (toks: its tokens
// first; low: lowTitle) that names a cut-off score and a school: "điểm
// chuẩn" and the first syllable of the first school's name, a capitalised
// word after a cue; 0 when it names none, or the title is in capitals.
func cutoffEpisode(toks []token, low string) uint16 {
	if !strings.Contains(low, "điểm chuẩn") {
		return 0
	}
	for i := 0; i < len(toks) && toks[i].field == fieldTitle; i++ {
		n := foldCueLen(toks, i, cutoffCues)
		if j := i + n; n > 0 && j < len(toks) && toks[j].field == fieldTitle && toks[j].upper && !toks[j].caps &&
			toks[j].gap == " " && !smallNumber(toks[j].text) {
			var h keyHash
			h.add("diem chuan")
			h.add(toks[j].fold)
			return h.episode()
		}
	}
	return 0
}

// foldCueLen returns the length in tokens of the first of cues (folded
// words separated by one space) that the tokens from toks[i] on, in
// toks[i]'s field, spell folded; 0 none.
// It reads the cues as cueLen does, without splitting them into words.
func foldCueLen(toks []token, i int, cues []string) int {
	for _, c := range cues {
		n := 0
		for k := i; c != "" && k < len(toks) && toks[k].field == toks[i].field; k++ {
			var w string
			w, c, _ = strings.Cut(c, " ")
			if toks[k].fold != w {
				break
			}
			if n++; c == "" {
				return n
			}
		}
	}
	return 0
}
