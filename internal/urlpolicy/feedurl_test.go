package urlpolicy

import (
	"net/url"
	"testing"
)

// TestFeedURL: every spelling of one feed's URL has one canonical form;
// what servers may tell apart (letter case in path and query, a query's
// presence, a doubled slash) is kept.
func TestFeedURL(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"https://vnexpress.net/rss/tin-moi-nhat.rss", "https://vnexpress.net/rss/tin-moi-nhat.rss"},
		{"HTTPS://VnExpress.NET/rss/Tin.rss", "https://vnexpress.net/rss/Tin.rss"},
		{"https://vnexpress.net./rss", "https://vnexpress.net/rss"},
		{"https://vnexpress.net:443/rss", "https://vnexpress.net/rss"},
		{"http://vnexpress.net:80/rss", "http://vnexpress.net/rss"},
		{"http://vnexpress.net:443/rss", "http://vnexpress.net:443/rss"},
		{"http://vnexpress.net:/rss", "http://vnexpress.net/rss"},
		{"http://127.0.0.1:8080/./feed.rss", "http://127.0.0.1:8080/feed.rss"},
		{"http://h.vn/a/b/../c/./d.rss", "http://h.vn/a/c/d.rss"},
		{"http://h.vn/../../feed.rss", "http://h.vn/feed.rss"},
		{"http://h.vn/a/..", "http://h.vn/"},
		{"http://h.vn/a/.", "http://h.vn/a/"},
		{"http://h.vn/a..b/.rss/...", "http://h.vn/a..b/.rss/..."},
		{"http://h.vn//feed.rss", "http://h.vn//feed.rss"},
		{"http://h.vn", "http://h.vn/"},
		{"http://h.vn?x=1", "http://h.vn/?x=1"},
		{"http://[0:0:0:0:0:0:0:1]:8080/feed", "http://[::1]:8080/feed"},
		{"http://[::1]/feed", "http://[::1]/feed"},
		{"http://[2001:DB8:0::1]:80/feed", "http://[2001:db8::1]/feed"},
		{"http://h.vn/a%2fb/%c3%a1?q=%e1%ba%a1&K=V", "http://h.vn/a%2Fb/%C3%A1?q=%E1%BA%A1&K=V"},
		{"https://user:pw@h.vn/feed#top", "https://user:pw@h.vn/feed"},
		{"HTTPS://reader:s3cret@H.VN:443/./feed", "https://reader:s3cret@h.vn/feed"},
		{"https://Báo.VN/rss", "https://xn--bo-mia.vn/rss"},
	} {
		u, err := url.Parse(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := FeedURL(u)
		if !ok || got != tt.want {
			t.Errorf("FeedURL(%s) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
		if again, _ := FeedURL(mustParse(t, got)); again != got {
			t.Errorf("FeedURL(%s) = %q, not stable", got, again)
		}
		if !SameFeed(tt.in, tt.want) {
			t.Errorf("SameFeed(%s, %s) = false", tt.in, tt.want)
		}
	}
	// One feed read with another log-in, or none, is still that feed.
	for _, p := range [][2]string{{"https://a:1@h.vn/feed", "https://b:2@H.vn/./feed"}, {"https://a:1@h.vn/feed", "https://h.vn/feed"}} {
		if !SameFeed(p[0], p[1]) {
			t.Errorf("SameFeed(%s, %s) = false", p[0], p[1])
		}
	}
	for _, bad := range []string{"http://./feed", "http://\u0301a.vn/"} {
		if got, ok := FeedURL(mustParse(t, bad)); ok {
			t.Errorf("FeedURL(%s) = %q, want refused", bad, got)
		}
	}
}

// TestSameFeedApart: URLs of different feeds are never the same feed.
func TestSameFeedApart(t *testing.T) {
	for _, tt := range []struct{ a, b string }{
		{"http://h.vn/feed.rss", "https://h.vn/feed.rss"},
		{"http://h.vn/Feed.rss", "http://h.vn/feed.rss"},
		{"http://h.vn/feed?x=1", "http://h.vn/feed?X=1"},
		{"http://h.vn/feed", "http://h.vn/feed/"},
		{"http://h.vn:8080/feed", "http://h.vn/feed"},
		{"http://[::1]/feed", "http://127.0.0.1/feed"},
		{"not a url", "http://not a url"},
	} {
		if SameFeed(tt.a, tt.b) {
			t.Errorf("SameFeed(%s, %s) = true", tt.a, tt.b)
		}
	}
}

func mustParse(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
