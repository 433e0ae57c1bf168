package classify

import "strings"

// Vietlott's titles: most report a draw (its result, the jackpot's running
// total, a winner appearing that evening) and are a daily bulletin; the
// others are the company's affairs ("Vietlott trả lương bình quân …", a
// sales point's feature), a winner's story or where the winning ticket was
// sold ("Vé số trúng độc đắc … được bán ra ở đâu?"): they follow their
// draw for days, as dailyBulletin's comment says, and are no bulletin.
// Measured on the training days (BENCHMARKS.md, "Fifteenth session:
// review18").

// drawWords, lower case as written, in a title naming Vietlott say it
// reports a draw: its result, its evening ("tối nay", "tối mùng 2"), a
// winner appearing, the jackpot's running total or whether it was won.
var drawWords = []string{"kết quả", "cộng dồn", "tối nay", "tối mùng", "tối chủ nhật", "xuất hiện", "kỳ quay", "đã có chủ",
	"không có người trúng", "chưa có người trúng", "tiền thưởng tăng", "chạm mốc", "tết", "giáng sinh", "năm mới"}

// jackpotMoves, after "độc đắc" in such a title, tell the jackpot's
// running total ("giải độc đắc tăng 31,1 tỉ", "độc đắc … vẫn chờ chủ").
var jackpotMoves = []string{"tăng", "lên", "chờ", "chưa có chủ"}

// vietlottDraw reports whether a title naming Vietlott (t: lowTitle)
// reports a draw: a word of drawWords; the draw's evening or day by its
// date ("tối 26.3", "tối 25 tháng chạp", "ngày 11.1"); winners counted
// ("Có 26.235 người trúng …"); or the jackpot's move after "độc đắc".
func vietlottDraw(t string) bool {
	for _, w := range drawWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	if digitAfter(t, "tối ") || digitAfter(t, "ngày ") || digitAfter(t, "có ") && strings.Contains(t, " người") {
		return true
	}
	if _, rest, ok := strings.Cut(t, "độc đắc"); ok {
		for _, w := range jackpotMoves {
			if strings.Contains(rest, w) {
				return true
			}
		}
	}
	return false
}

// lotteryFollow reports whether a title (t: lowTitle) that is no daily
// bulletin names Vietlott: a winner's story or the company's affairs
// (drawFollow).
func lotteryFollow(t string) bool { return strings.Contains(t, "vietlott") }

// digitAfter reports whether a digit follows an occurrence of w in t.
func digitAfter(t, w string) bool {
	for rest := t; ; {
		_, after, ok := strings.Cut(rest, w)
		if !ok {
			return false
		}
		if after != "" && after[0] >= '0' && after[0] <= '9' {
			return true
		}
		rest = after
	}
}
