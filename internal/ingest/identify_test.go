package ingest

import (
	"strings"
	"testing"
)

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTPS://VnExpress.NET/a-1.html#box", "https://vnexpress.net/a-1.html"},
		{"https://vnexpress.net:443/a-1.html?", "https://vnexpress.net/a-1.html"},
		{"http://baochinhphu.vn:80/a.htm", "http://baochinhphu.vn/a.htm"},
		{"http://example.vn:8080/a", "http://example.vn:8080/a"},
		{"https://tuoitre.vn/a.htm?zarsrc=30&utm_source=zalo&utm_medium=zalo&gidzl=AbC", "https://tuoitre.vn/a.htm"},
		{"https://a.vn/x?page=2&fbclid=IwAR&id=7&gclid=1", "https://a.vn/x?id=7&page=2"},
		{"https://a.vn", "https://a.vn/"},
		{"  https://a.vn/đường-sắt?q=Hà%20Nội  ", "https://a.vn/%C4%91%C6%B0%E1%BB%9Dng-s%E1%BA%AFt?q=Hà%20Nội"},
		{"not a url", "not a url"},
	}
	for _, tt := range tests {
		if got := CanonicalURL(tt.in); got != tt.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestArticleKey(t *testing.T) {
	tests := []struct{ guid, link, want string }{
		{"", "https://a.vn/1.html?utm_source=rss", "url:https://a.vn/1.html"},
		{"https://a.vn/1.html", "https://a.vn/1.html", "url:https://a.vn/1.html"},
		{"https://a.vn/1.html?utm_source=x", "https://a.vn/1.html", "url:https://a.vn/1.html"},
		{"tto-123", "https://a.vn/1.html", "guid:tto-123"},
		{"tto-123", "", "guid:tto-123"},
		{"https://a.vn/1.html", "", "guid:https://a.vn/1.html"}, // Parse passes such a guid as the link too
	}
	for _, tt := range tests {
		if got := articleKey(tt.guid, tt.link); got != tt.want {
			t.Errorf("articleKey(%q, %q) = %q, want %q", tt.guid, tt.link, got, tt.want)
		}
	}
}

func TestContentHash(t *testing.T) {
	// Stored hashes must not change: SHA-256 of the fields joined by NUL.
	const want = "ad202e4db9c6ac2a424a8860e11d3da20969bc4df4a5b28266e836b8b3f209f8"
	var scratch []byte
	a := contentHash(nil, "Tiêu đề", "Tóm tắt", "<p>x</p>")
	if a != want || contentHash(&scratch, "Tiêu đề", "Tóm tắt", "<p>x</p>") != want {
		t.Fatalf("contentHash = %s, want %s", a, want)
	}
	for _, b := range []string{contentHash(&scratch, "Tiêu đề mới", "Tóm tắt", "<p>x</p>"), contentHash(&scratch, "Tiêu đề", "Tóm tắt", "<p>y</p>"),
		contentHash(nil, "Tiêu đềTóm", " tắt", "<p>x</p>")} {
		if a == b {
			t.Error("edit not detected")
		}
	}
}

// TestContentHashReusesScratch: with scratch space, hashing an item
// allocates only the hex string, not a copy of its body.
func TestContentHashReusesScratch(t *testing.T) {
	body := strings.Repeat("<p>Nội dung bài viết về kinh tế ở Thái Nguyên.</p>", 100)
	var scratch []byte
	contentHash(&scratch, "Tiêu đề", "Tóm tắt", body)
	if n := testing.AllocsPerRun(100, func() { contentHash(&scratch, "Tiêu đề", "Tóm tắt", body) }); n > 1 {
		t.Errorf("contentHash with scratch space: %v allocations, want 1 (the hex string)", n)
	}
}
