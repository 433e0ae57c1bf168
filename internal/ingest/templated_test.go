package ingest_test

import (
	"fmt"
	"html"
	"math/rand/v2"
	"strings"
	"time"
)

// templates are the kinds of templated items Vietnamese papers publish
// every day in many copies: lottery results, gold, fuel and farm prices,
// exchange rates and weather. Each title and lede differs from the next
// day's (and the next outlet's) only in the date, the place and the
// figures, so these items share most of their words and bands.
var templates = []struct{ title, lede string }{
	{"Kết quả xổ số %[1]s hôm nay ngày %[2]s", "XS%[1]s ngày %[2]s: giải đặc biệt %[3]d, giải nhất %[4]d. Xem kết quả xổ số %[1]s nhanh và chính xác nhất"},
	{"XS%[1]s %[2]s - Xổ số %[1]s hôm nay", "Trực tiếp kết quả xổ số %[1]s ngày %[2]s: giải đặc biệt về %[3]d, giải bảy %[4]d"},
	{"Giá vàng hôm nay %[2]s: vàng SJC %[1]s %[3]d.000 đồng/lượng", "Giá vàng miếng SJC ngày %[2]s niêm yết mua vào %[3]d.000 đồng, bán ra %[4]d.000 đồng mỗi lượng"},
	{"Giá xăng dầu hôm nay %[2]s: xăng RON 95 %[1]s %[3]d đồng/lít", "Giá xăng RON 95-III ngày %[2]s ở mức %[3]d đồng/lít, dầu diesel %[4]d đồng/lít"},
	{"Tỷ giá USD hôm nay %[2]s: đô la %[1]s, ngân hàng niêm yết %[3]d đồng", "Tỷ giá trung tâm ngày %[2]s là %[3]d đồng/USD; Vietcombank mua vào %[4]d đồng"},
	{"Giá heo hơi hôm nay %[2]s tại %[1]s: %[3]d.000 đồng/kg", "Giá heo hơi ngày %[2]s ở %[1]s dao động %[3]d.000 - %[4]d.000 đồng/kg"},
	{"Giá cà phê hôm nay %[2]s: Tây Nguyên %[1]s %[3]d đồng/kg", "Giá cà phê nhân xô ngày %[2]s tại %[1]s ở mức %[3]d - %[4]d đồng/kg"},
	{"Dự báo thời tiết %[1]s ngày %[2]s: nhiệt độ %[3]d - %[4]d độ C", "Thời tiết %[1]s ngày %[2]s có mây, ngày nắng, đêm không mưa; nhiệt độ thấp nhất %[3]d độ C, cao nhất %[4]d độ C"},
}

// templatePlaces fill the first slot of the templates.
var templatePlaces = []string{"miền Bắc", "miền Nam", "miền Trung", "Hà Nội", "TP.HCM", "Đồng Nai", "Cần Thơ",
	"Đà Nẵng", "Khánh Hòa", "Đắk Lắk", "Lâm Đồng", "tăng", "giảm", "đi ngang"}

// templatedFeed returns an RSS 2.0 feed of templated items for the spec:
// every item is one of templates, with the date of its publication, a
// place and figures, and a table of figures as its description (a body of
// 5–10 KB on fullText of them, as corpusFeed has).
func templatedFeed(s corpusSpec) []byte {
	r := rand.New(rand.NewPCG(uint64(s.feed), uint64(s.version)<<1|1))
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Tiện ích %d</title><link>https://tienich%d.example.vn/</link><description>Xổ số, giá cả, thời tiết</description>
`, s.feed, s.feed)
	for i := range s.items {
		t := templates[r.IntN(len(templates))]
		pub := s.published(i).In(time.FixedZone("ICT", 7*3600))
		date := fmt.Sprintf("%d/%d/%d", pub.Day(), int(pub.Month()), pub.Year())
		place := templatePlaces[r.IntN(len(templatePlaces))]
		x, y := 10000+r.IntN(90000), 10000+r.IntN(90000)
		title, lede := fmt.Sprintf(t.title, place, date, x, y), fmt.Sprintf(t.lede, place, date, x, y)
		content := ""
		if r.Float64() < fullText {
			content = "<content:encoded><![CDATA[<p>" + lede + ".</p>" + figures(r, 5000+r.IntN(5000)) + "]]></content:encoded>"
		}
		link := fmt.Sprintf("https://tienich%d.example.vn/bai-%d-%d.html", s.feed, s.feed, i)
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate>"+
			"<description><![CDATA[%s. %s]]></description>%s</item>\n",
			html.EscapeString(title), link, link, pub.Format(time.RFC1123Z), lede, figures(r, 300), content)
	}
	b.WriteString("</channel></rss>\n")
	return []byte(b.String())
}

// figures returns an HTML table of about size bytes of prize or price
// rows.
func figures(r *rand.Rand, size int) string {
	var b strings.Builder
	b.WriteString("<table>")
	for k := 0; b.Len() < size; k++ {
		fmt.Fprintf(&b, "<tr><td>Giải %d</td><td>%05d</td><td>%05d</td><td>%d.%03d</td></tr>",
			k%8+1, r.IntN(100000), r.IntN(100000), r.IntN(100), r.IntN(1000))
	}
	b.WriteString("</table>")
	return b.String()
}
