package classify

import "strings"

// A price bulletin's goods: one day's gold bulletin and its dollar
// bulletin ("Giá vàng hôm nay 26.5.2026: Tiếp tục giảm", "Giá USD hôm nay
// 26.5.2026: Ngân hàng tăng, …") share the series' words and the date, so
// they joined as one story, as did the petrol and the dollar bulletins of
// a day, or the oil price's and the gold price's moves on one piece of
// news. Each good's bulletin is a story of its own: two price bulletins
// whose titles name no good in common are never one story (bulletinsApart),
// whenever published. Measured on the training days (BENCHMARKS.md,
// "Twenty-third session: i23bulletins").

// The goods' bits (bulletinGoods): kinds a reader follows as one market.
const (
	goodGold uint8 = 1 << iota
	goodSilver
	goodFuel     // petrol, oil, gas: "giá xăng dầu" and "giá dầu diesel" are one market
	goodCurrency // the dollar, the yen, the euro, the yuan, the exchange rate
	goodStocks
	goodCrypto
	goodPork
	goodCrops // coffee, rice, rubber, durian, steel: rare, kept as one
)

// goodOf maps the words after "giá" (bulletinPrices) and the openings of
// bulletinOpenings that name a good to the good's bit.
var goodOf = map[string]uint8{
	"vàng": goodGold, "mỗi lượng vàng": goodGold, "vàng miếng": goodGold, "vàng nhẫn": goodGold, "vàng thế giới": goodGold,
	"bạc": goodSilver, "bạc miếng": goodSilver, "xăng": goodFuel, "dầu": goodFuel, "gas": goodFuel,
	"usd": goodCurrency, "yen": goodCurrency, "yên": goodCurrency, "euro": goodCurrency, "nhân dân tệ": goodCurrency,
	"tỷ giá": goodCurrency, "tỉ giá": goodCurrency, "vn-index": goodStocks, "bitcoin": goodCrypto,
	"heo hơi": goodPork, "thịt heo": goodPork, "cà phê": goodCrops, "lúa": goodCrops, "gạo": goodCrops, "thép": goodCrops,
	"cao su": goodCrops, "sầu riêng": goodCrops,
}

// bulletinGoods returns the goods a bulletin's title (t: lowTitle) names:
// the opening's (bulletinOpenings) and every good after a word "giá"
// anywhere in it ("Giá bạc vượt 76 USD/ounce, giá vàng gần 160 triệu …"
// names silver and gold); 0 for a lottery draw's and for a title that is
// no bulletin.
func bulletinGoods(t string) uint8 {
	if !dailyBulletin(t) {
		return 0
	}
	var g uint8
	for _, w := range bulletinOpenings {
		if opensWith(t, w) {
			g |= goodOf[w]
		}
	}
	for rest := t; ; {
		i := strings.Index(rest, "giá ")
		if i < 0 {
			return g
		}
		if i == 0 || !isWordByte(rest[i-1]) {
			for _, p := range bulletinPrices {
				if opensWith(rest[i+len("giá "):], p) {
					g |= goodOf[p]
				}
			}
		}
		rest = rest[i+len("giá "):]
	}
}

// goodsApart reports whether a and b are price bulletins of different
// goods: each names a good, and none in common.
func goodsApart(a, b *Signature) bool {
	return a.goods != 0 && b.goods != 0 && a.goods&b.goods == 0
}
