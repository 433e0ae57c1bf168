package ingest

import "testing"

func TestOutlet(t *testing.T) {
	for _, c := range []struct{ link, want string }{
		{"https://vnexpress.net/bai-viet-123.html", "vnexpress.net"},
		{"https://thethao.tuoitre.vn/tran-dau-456.htm", "tuoitre.vn"},
		{"https://www.sggp.org.vn/tin-789.html", "sggp.org.vn"},
		{"https://WWW.BaoChinhPhu.VN/abc", "baochinhphu.vn"},
		{"https://www.bbc.co.uk/vietnamese/articles/x", "bbc.co.uk"},
		{"https://baodienbienphu.info.vn/a", "baodienbienphu.info.vn"},
		{"http://tin-tong-hop.example.vn:8080/a", "example.vn"},
		{"https://vnexpress.net./a", "vnexpress.net"},
		{"http://127.0.0.1:8091/bai/1.html", ""},
		{"http://[::1]:8091/bai/1.html", ""},
		{"http://localhost/bai/1.html", ""},
		{"https://vn/", ""},
		{"", ""},
		{"tag:example,2024:1", ""},
		{"://bad", ""},
	} {
		if got := Outlet(c.link); got != c.want {
			t.Errorf("Outlet(%q) = %q, want %q", c.link, got, c.want)
		}
	}
}

// Every parsed item carries the outlet of its link.
func TestParsedItemOutlet(t *testing.T) {
	for _, c := range []struct{ fixture, want string }{
		{"vnexpress.rss", "vnexpress.net"},
		{"baothainguyen.rss", "baothainguyen.vn"},
	} {
		for _, a := range parseFixture(t, c.fixture).Items {
			if a.Outlet != c.want {
				t.Errorf("%s: item %q (%s) has outlet %q, want %q", c.fixture, a.Title, a.URL, a.Outlet, c.want)
			}
		}
	}
}
