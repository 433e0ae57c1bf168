package ingest

import (
	"net/url"
	"strings"
	"testing"
)

func TestTextAndImage(t *testing.T) {
	base, _ := url.Parse("https://baothainguyen.vn/chinh-tri/xay-dung-dang/bai-1.html")
	tests := []struct{ in, text, img string }{
		{`<a href="/x"><img src="/a.jpg"></a></br>Tóm tắt <b>ngắn</b>.`, "Tóm tắt ngắn.", "https://baothainguyen.vn/a.jpg"},
		{`<p>Một</p><p>Hai</p><script>var x = "<p>không</p>";</script><STYLE>p{}</STYLE>Ba`, "Một Hai Ba", ""},
		{`<img src="data:image/gif;base64,R0l" data-src="//cdn.vn/b.jpg">Lãi suất < 5% &amp; giảm`, "Lãi suất < 5% & giảm", "https://cdn.vn/b.jpg"},
		{`<!-- <img src="/hidden.jpg"> -->Văn bản <img alt='a > b' src='/c.jpg'>`, "Văn bản", "https://baothainguyen.vn/c.jpg"},
		{`Chỉ là văn bản &quot;thuần&quot;`, `Chỉ là văn bản "thuần"`, ""},
		{`<p>Cắt giữa chừng <img src="/d.jpg"`, "Cắt giữa chừng", ""},
	}
	for _, tt := range tests {
		text, img := textAndImage(tt.in, base)
		if text != tt.text || img != tt.img {
			t.Errorf("textAndImage(%q) = %q, %q; want %q, %q", tt.in, text, img, tt.text, tt.img)
		}
	}
}

func TestSanitize(t *testing.T) {
	p := NewParser(nil)
	base, _ := url.Parse("https://thanhnien.vn/giao-duc/bai.htm")
	got := p.sanitize(`<p onclick="x()">A <a href="../tuyen-sinh?a=1&amp;b=2" target="_blank">link</a></p>`+
		`<img class="lazy" src="data:image/gif;base64,R0l" data-src="/img/1.jpg"><iframe src="https://evil"></iframe>`+
		`<a href="javascript:alert(1)">x</a><form><input></form>`, base)
	for _, want := range []string{`href="https://thanhnien.vn/tuyen-sinh?a=1&amp;b=2"`, `src="https://thanhnien.vn/img/1.jpg"`, `rel="nofollow`} {
		if !strings.Contains(got, want) {
			t.Errorf("sanitize lost %s: %s", want, got)
		}
	}
	for _, bad := range []string{"onclick", "iframe", "javascript:", "<form", "<input", "data:image"} {
		if strings.Contains(got, bad) {
			t.Errorf("sanitize kept %s: %s", bad, got)
		}
	}
}

// TestSanitizeUpstreamQuirks: VnExpress writes `</br>` after its image
// link (an end tag for a void element, which feed validators flag), and
// captions such as "Ảnh: TTXVN" or "Lãi suất 5%" are ordinary alt text.
func TestSanitizeUpstreamQuirks(t *testing.T) {
	p := NewParser(nil)
	base, _ := url.Parse("https://vnexpress.net/thoi-su/bai.html")
	tests := []struct{ in, want string }{
		{`<a href="/a"><img src="/a.jpg"></a></br>Tóm tắt`, `</a><br>Tóm tắt`},
		{`Một</BR >Hai`, `Một<br>Hai`},
		{`<img src="/b.jpg" alt="Ảnh: TTXVN">`, `alt="Ảnh: TTXVN"`},
		{`<img src="/c.jpg" alt="Lãi suất 5% &amp; &#34;giảm&#34;">`, `alt="Lãi suất 5% &amp; &#34;giảm&#34;"`},
	}
	for _, tt := range tests {
		got := p.sanitize(tt.in, base)
		if !strings.Contains(got, tt.want) || strings.Contains(strings.ToLower(got), "</br") {
			t.Errorf("sanitize(%q) = %q; want it to contain %q and no </br>", tt.in, got, tt.want)
		}
	}
	if got := p.sanitize(`<img src="/d.jpg" alt="x" onerror="alert(1)" title="a:b">`, base); strings.Contains(got, "onerror") {
		t.Errorf("sanitize kept an event attribute: %s", got)
	}
}
