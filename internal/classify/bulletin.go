package classify

import (
	"strings"
	"time"

	"bantin/internal/vntext"
)

// Daily bulletins: a lottery draw's results ("Kết quả xổ số Vietlott Power
// 6/55 tối 26.3, …", "Có 26.235 người trúng Vietlott …, giải độc đắc cộng
// dồn 31,3 tỉ"), a price's move of the day ("Giá vàng miếng giảm 1 triệu
// đồng", "Giá dầu thế giới vượt 100 USD") or the stock index's session
// ("VN-Index mất thêm 33 điểm"). Each day's item is another event, but the
// series' words are the same every day and most titles carry no date
// (daysConflict needs one on both), so one day's items joined the next
// day's for up to StorySpan. Two bulletins published on two days (in
// Vietnam) and more than ClusterBulletinSpan apart are never one story
// (matchThreshold, linked): one day's reports — morning and evening, a
// world-market move reported in Vietnam the next morning, an evening price
// change and the next morning's bulletin — stay together. Measured on the
// training days (BENCHMARKS.md, "Fifteenth session: i15clusprec").
const ClusterBulletinSpan = 18 * time.Hour

// bulletinPrices are the commodities whose price opens a bulletin's title
// ("Giá vàng …", "Giá xăng …", "Tỷ giá …"), lower case as written; the
// word must end there ("giá vàng", not "giá vàngx"). The yen is written
// both ways ("giá yen Nhật", "giá yên Nhật").
var bulletinPrices = []string{"vàng", "bạc", "xăng", "dầu", "gas", "heo hơi", "thịt heo", "cà phê", "lúa", "gạo",
	"bitcoin", "usd", "yen", "yên", "euro", "nhân dân tệ", "thép", "cao su", "sầu riêng"}

// bulletinOpenings open a price bulletin's title besides "giá" and a
// commodity: the gold price told by its unit or its market. The day's
// weather forecast ("Thời tiết hôm nay mùng 2 Tết: …") is no bulletin
// here: kept from the other days' forecasts, Tết's forecasts joined the
// holiday's street scenes instead (BENCHMARKS.md, "Twenty-third session:
// i23bulletins").
var bulletinOpenings = []string{"mỗi lượng vàng", "vàng miếng", "vàng nhẫn", "vàng thế giới", "bạc miếng", "vn-index", "tỷ giá", "tỉ giá",
	"xổ số miền nam", "xổ số miền bắc", "xổ số miền trung"}

// bulletinLottery are the title words of a lottery draw's results (a
// draw a day); bulletinOpenings holds the regional draws' titles, and a
// title naming Vietlott is one when it reports a draw (vietlottDraw).
var bulletinLottery = []string{"kết quả xổ số"}

// dailyBulletin reports whether a title (t: normalised and lower case,
// lowTitle) is a daily bulletin's: a lottery draw's results
// (bulletinLottery, vietlottDraw, or a jackpot's running total, "độc đắc
// … cộng dồn"),
// or a title opening with the price of a commodity of bulletinPrices or
// with one of bulletinOpenings. A winner's story ("Mua vé có dãy số lạ…,
// trúng độc đắc 12 tỉ xổ số miền Nam") is no bulletin: it follows its draw
// for days, as does a lottery company's affair.
func dailyBulletin(t string) bool {
	for _, w := range bulletinLottery {
		if strings.Contains(t, w) {
			return true
		}
	}
	if strings.Contains(t, "vietlott") && vietlottDraw(t) {
		return true
	}
	if strings.Contains(t, "độc đắc") && strings.Contains(t, "cộng dồn") {
		return true
	}
	for _, w := range bulletinOpenings {
		if opensWith(t, w) {
			return true
		}
	}
	rest, ok := strings.CutPrefix(t, "giá ")
	if !ok {
		return false
	}
	for _, p := range bulletinPrices {
		if opensWith(rest, p) {
			return true
		}
	}
	return false
}

// lowTitle returns the title normalised (vntext.Normalize) and in lower
// case, as dailyBulletin and rubricEpisode read it.
func lowTitle(title string) string { return strings.ToLower(vntext.Normalize(title)) }

// opensWith reports whether t opens with the words w, which end there.
func opensWith(t, w string) bool {
	after, ok := strings.CutPrefix(t, w)
	return ok && (after == "" || !isWordByte(after[0]))
}

// bulletinsApart reports whether a and b (published at pa and pb, Unix
// nanoseconds) are published on two days (in Vietnam) and more than
// ClusterBulletinSpan apart, and both daily bulletins (two days' items of a
// daily series) or a draw's follow-up (drawFollow) and a later bulletin:
// a winner's story follows its own draw's result, not the next draws';
// or price bulletins of different goods, whenever published (goodsApart).
func bulletinsApart(a, b *Signature, pa, pb int64) bool {
	if goodsApart(a, b) {
		return true
	}
	if a.drawFollow && b.bulletin && pb < pa || b.drawFollow && a.bulletin && pa < pb {
		return false
	}
	d := pa - pb
	return (a.bulletin || a.drawFollow) && (b.bulletin || b.drawFollow) && !(a.drawFollow && b.drawFollow) &&
		(d > int64(ClusterBulletinSpan) || d < -int64(ClusterBulletinSpan)) && vietnamDay(pa) != vietnamDay(pb)
}

// vietnamDay returns the day (days since 1970-01-01 in Vietnam, UTC+7)
// of the Unix nanoseconds p.
func vietnamDay(p int64) int64 {
	const offset, day = int64(7 * time.Hour), int64(24 * time.Hour)
	q := p + offset
	if q < 0 {
		return (q+1)/day - 1
	}
	return q / day
}
