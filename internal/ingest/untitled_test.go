package ingest

import (
	"testing"

	"bantin/internal/model"
)

// TestUntitledItemTakesItsText: an item without a title (RSS allows one with
// only a description) is headed by the start of its summary, cut at a word;
// an item with neither keeps an empty title.
func TestUntitledItemTakesItsText(t *testing.T) {
	body := []byte(`<rss version="2.0"><channel><title>x</title>
<item><link>https://a.vn/1</link><description>Nông dân Cà Mau thả giống tôm vụ mới.</description></item>
<item><link>https://a.vn/2</link><description>Nông dân nuôi tôm quảng canh ở Cà Mau bắt đầu thả giống vụ mới sau khi cải tạo ao; ngành nông nghiệp khuyến cáo chọn con giống rõ nguồn gốc.</description></item>
<item><title>  </title><link>https://a.vn/3</link><description>&lt;p&gt;Huế mở lại tuyến xe buýt ven biển.&lt;/p&gt;</description></item>
<item><link>https://a.vn/4</link></item></channel></rss>`)
	f, err := NewParser(nil).Parse(body, "", model.Source{URL: "https://a.vn/rss"}, fetchNow)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Nông dân Cà Mau thả giống tôm vụ mới.",
		"Nông dân nuôi tôm quảng canh ở Cà Mau bắt đầu thả giống vụ mới sau khi cải tạo ao; ngành nông…",
		"Huế mở lại tuyến xe buýt ven biển.",
		"",
	}
	if len(f.Items) != len(want) {
		t.Fatalf("%d items", len(f.Items))
	}
	for i, w := range want {
		if got := f.Items[i].Title; got != w {
			t.Errorf("item %d: title %q, want %q", i+1, got, w)
		}
	}
}
