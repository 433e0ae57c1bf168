package classify

import (
	"testing"
	"time"
)

// TestBulletinGoods reads the goods a bulletin's title names: the
// opening's and every good after a word "giá"; none for a lottery's or
// the weather's bulletin or a title that is no bulletin.
func TestBulletinGoods(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  uint8
	}{
		{"Giá vàng hôm nay 26.5.2026: Tiếp tục giảm", goodGold},
		{"Giá USD hôm nay 26.5.2026: Ngân hàng tăng, thị trường tự do sụt giảm", goodCurrency},
		{"Giá xăng dầu hôm nay 16.4: Dầu diesel giảm thêm gần 2.000 đồng/lít", goodFuel},
		{"Giá dầu diesel giảm gần 2.000 đồng một lít", goodFuel},
		{"Giá bạc vượt 76 USD/ounce, giá vàng gần 160 triệu đồng/lượng", goodSilver | goodGold},
		{"Giá vàng tăng không ngừng khi giá dầu giảm", goodGold | goodFuel},
		{"Mỗi lượng vàng giảm 3 triệu đồng", goodGold},
		{"Tỷ giá USD hôm nay giảm nhẹ", goodCurrency},
		{"VN-Index mất 20 điểm", goodStocks},
		{"Giá heo hơi tăng cao nhưng siêu thị giảm giá thịt", goodPork},
		{"Giá vàng thế giới mất mốc 4.100 USD", goodGold}, // "USD" is the unit, not the dollar's bulletin
		{"Kết quả xổ số Vietlott Mega 6/45 tối 3.5", 0},
		{"Xổ số miền Nam ngày 3 tháng 5: đài Cà Mau có vé trúng", 0},
		{"Nhà đầu tư lo giá vàng giảm sâu", 0},                       // no bulletin
		{"Giá vàng tăng, giá trị giao dịch bằng USD giảm", goodGold}, // "giá trị": no price
	} {
		if got := bulletinGoods(lowTitle(tc.title)); got != tc.want {
			t.Errorf("%q: goods %08b, want %08b", tc.title, got, tc.want)
		}
	}
}

// TestGoodsApart: two price bulletins naming no good in common are apart
// whenever published; a good in common, a bulletin without goods or a
// story that is no bulletin compare as before.
func TestGoodsApart(t *testing.T) {
	at := time.Date(2026, 5, 26, 8, 0, 0, 0, time.UTC).UnixNano()
	gold, usd := &Signature{bulletin: true, goods: goodGold}, &Signature{bulletin: true, goods: goodCurrency}
	both, lottery := &Signature{bulletin: true, goods: goodGold | goodCurrency}, &Signature{bulletin: true}
	for _, tc := range []struct {
		name string
		a, b *Signature
		want bool
	}{
		{"gold and dollar", gold, usd, true},
		{"dollar and gold", usd, gold, true},
		{"gold and gold", gold, gold, false},
		{"a good in common", both, usd, false},
		{"a lottery draw", gold, lottery, false},
		{"no bulletin", gold, &Signature{}, false},
	} {
		if got := bulletinsApart(tc.a, tc.b, at, at+int64(time.Hour)); got != tc.want {
			t.Errorf("%s: apart %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestBulletinVerdicts keeps the judged finding of
// pairs_i23bulletins.jsonl: price bulletins of different goods apart and
// matchstick puzzles a rubric ("goods") split 39 census pairs, 37 of them
// two goods' bulletins or two puzzles, and join 2, both one good's reports
// of a day; with "Thời tiết hôm nay …" a daily bulletin besides
// ("weather") the whole still passes, but its weather part alone — 31 of
// the 33 joins, 30 of them Tết's street scenes and a day's forecast, against
// some 15 splits — does not, so the forecast is no bulletin
// (BENCHMARKS.md, "Twenty-third session: i23bulletins").
func TestBulletinVerdicts(t *testing.T) {
	checkBarRows(t, "pairs_i23bulletins.jsonl", []barRow{
		{"goods", 2, 39, "i23-bulletins-goods-joined-2394", "i23-bulletins-goods-split-2393", 2, -37, true},
		{"weather", 33, 54, "i23-bulletins-weather-joined-2392", "i23-bulletins-weather-split-2391", 1.65, -19.95, true},
	})
}
