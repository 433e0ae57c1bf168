package feeds

import (
	"bytes"
	"strconv"
	"testing"
	"time"

	"bantin/internal/golden"
)

var formats = []Format{RSS, Atom, JSON}

var ict = time.FixedZone("ICT", 7*3600)

const base = "https://bantin.example"

// fixtures maps a golden file's base name to its feed for a given format
// (SelfURL differs per format).
var fixtures = []struct {
	name string
	feed func(Format) *Feed
}{
	{"full", fullFeed},
	{"empty", emptyFeed},
}

func selfURL(path string, format Format) string {
	return base + path + "/feed." + format.String()
}

// fullFeed exercises every field: Vietnamese text, &, <, an author email,
// an item without author or image, one with only a summary, a hub.
func fullFeed(format Format) *Feed {
	const path = "/topics/xay-dung-dang/provinces/thai-nguyen"
	topic := Category{Term: "xay-dung-dang", Label: "Xây dựng Đảng", Scheme: base + "/topics/"}
	tn := Category{Term: "thai-nguyen", Label: "Thái Nguyên", Scheme: base + "/provinces/"}
	bk := Category{Term: "bac-kan", Label: "Bắc Kạn (cũ)", Scheme: base + "/provinces/"}
	return &Feed{
		ID:          TagURI("bantin.example", 2026, "feed"+path),
		Title:       "Xây dựng Đảng — Thái Nguyên | Bản tin",
		Description: "Tin Xây dựng Đảng & chính quyền ở Thái Nguyên <mới nhất>",
		HomeURL:     base + path,
		SelfURL:     selfURL(path, format),
		HubURL:      "https://hub.example/",
		IconURL:     base + "/static/icon.png",
		LogoURL:     base + "/static/logo.png",
		FaviconURL:  base + "/static/favicon.png",
		Generator:   "bantin",
		Updated:     time.Date(2026, 11, 26, 15, 30, 0, 0, ict),
		Items:       fullItems(topic, tn, bk),
	}
}

func fullItems(topic, tn, bk Category) []Item {
	return []Item{{
		ID:          TagURI("bantin.example", 2026, "article/1001"),
		URL:         "https://baothainguyen.vn/xay-dung-dang/hoi-nghi-tinh-uy-lan-thu-5-1001.html",
		Title:       "Hội nghị Tỉnh ủy lần thứ 5: “Đổi mới & phát triển”",
		Summary:     "Sáng 25/11, Tỉnh ủy Thái Nguyên tổ chức hội nghị lần thứ 5.",
		ContentHTML: `<p>Sáng 25/11, <strong>Tỉnh ủy</strong> Thái Nguyên tổ chức hội nghị &amp; tổng kết.</p><img src="https://baothainguyen.vn/img/1001.jpg" alt="Hội nghị">`,
		AuthorName:  "Nguyễn Thị Hằng",
		AuthorEmail: "hang.nt@baothainguyen.vn",
		ImageURL:    "https://baothainguyen.vn/img/1001.jpg",
		ImageType:   "image/jpeg",
		ImageLength: 48213,
		SourceName:  "Báo Thái Nguyên",
		SourceURL:   "https://baothainguyen.vn/rss/xay-dung-dang.rss",
		Published:   time.Date(2026, 11, 25, 9, 15, 0, 0, ict),
		Updated:     time.Date(2026, 11, 25, 10, 0, 0, 0, ict),
		Categories:  []Category{topic, tn},
	}, {
		ID:          TagURI("bantin.example", 2026, "article/1002"),
		URL:         "https://baobackan.vn/chinh-tri/sap-nhap-xa-phuong-1002.html?utm=x&id=2",
		Title:       "Sáp nhập xã, phường: 12 đơn vị < 5.000 dân & kế hoạch 2026",
		Summary:     "Tỉnh rà soát các xã có <b>dưới</b> 5.000 dân; kết quả \"khả quan\".",
		ContentHTML: "<p>Nội dung có ]]> và ký tự điều khiển \x0b bị thay thế.</p>\n<p>Dòng thứ hai.</p>",
		ImageURL:    "https://baobackan.vn/img/1002.png",
		SourceName:  "Báo Bắc Kạn",
		SourceURL:   "https://baobackan.vn/rss/chinh-tri.rss",
		Published:   time.Date(2026, 11, 24, 20, 5, 9, 0, time.UTC),
		Categories:  []Category{topic, tn, bk},
	}, {
		ID:         TagURI("bantin.example", 2026, "article/1003"),
		URL:        "https://thainguyen.gov.vn/tin-tuc/1003",
		Title:      "Đại hội Chi bộ thôn Na Hoàng",
		Summary:    "Chỉ có tóm tắt: đại hội nhiệm kỳ 2025–2030 thành công tốt đẹp.",
		AuthorName: "Trần Văn Đức",
		SourceName: "Cổng TTĐT Thái Nguyên",
		Published:  time.Date(2026, 11, 23, 7, 0, 0, 0, ict),
		Categories: []Category{{Term: "xay-dung-dang"}},
	}}
}

// emptyFeed has no items, no hub and no Updated time.
func emptyFeed(format Format) *Feed {
	const path = "/provinces/lam-dong"
	return &Feed{
		ID:      TagURI("bantin.example", 2026, "feed"+path),
		Title:   "Lâm Đồng | Bản tin",
		HomeURL: base + path,
		SelfURL: selfURL(path, format),
	}
}

// render renders f or fails the test.
func render(t testing.TB, f *Feed, format Format) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, f, format); err != nil {
		t.Fatalf("Render(%v): %v", format, err)
	}
	return buf.Bytes()
}

// TestGolden compares every fixture in every format with its golden file.
func TestGolden(t *testing.T) {
	for _, fx := range fixtures {
		for _, format := range formats {
			t.Run(fx.name+"."+format.String(), func(t *testing.T) {
				got := render(t, fx.feed(format), format)
				golden.Check(t, fx.name+"."+format.String(), got)
			})
		}
	}
}

// TestDeterministic renders the same input repeatedly, and an equal input in
// another time zone, and expects identical bytes.
func TestDeterministic(t *testing.T) {
	for _, format := range formats {
		first := render(t, fullFeed(format), format)
		for i := range 5 {
			if got := render(t, fullFeed(format), format); !bytes.Equal(got, first) {
				t.Fatalf("%v: render %d differs from the first", format, i)
			}
		}
		f := fullFeed(format)
		f.Updated = f.Updated.In(time.UTC)
		for i := range f.Items {
			f.Items[i].Published = f.Items[i].Published.In(time.FixedZone("X", -3600*5))
		}
		if got := render(t, f, format); !bytes.Equal(got, first) {
			t.Errorf("%v: same instants in other zones render differently", format)
		}
	}
}

// manyItems returns a realistic feed of n items for benchmarks.
func manyItems(n int, format Format) *Feed {
	f := fullFeed(format)
	items := make([]Item, 0, n)
	for i := 0; len(items) < n; i++ {
		it := f.Items[i%len(f.Items)]
		it.ID = TagURI("bantin.example", 2026, "article/"+strconv.Itoa(i))
		it.ContentHTML += longHTML
		items = append(items, it)
	}
	f.Items = items
	return f
}

const longHTML = `<p>Theo báo cáo, trong 10 tháng đầu năm, toàn tỉnh đã kết nạp 1.250 đảng viên mới, ` +
	`đạt 104% kế hoạch; công tác kiểm tra, giám sát được tăng cường &amp; đổi mới.</p>` +
	`<p>Đồng chí Bí thư Tỉnh ủy nhấn mạnh yêu cầu nâng cao chất lượng sinh hoạt chi bộ, ` +
	`gắn với thực hiện Nghị quyết Trung ương 4 về xây dựng, chỉnh đốn Đảng.</p>` +
	`<figure><img src="https://baothainguyen.vn/img/extra.jpg" alt="Quang cảnh hội nghị"><figcaption>Quang cảnh hội nghị.</figcaption></figure>`
