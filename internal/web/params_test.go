package web

import (
	"net/http"
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// TestNearMiss: a parameter name within an edit of a feed parameter's (two
// for province), or any one's name in capitals (q and per too), is a
// misspelling of it; tracking and cache-busting names, and anything one
// edit from a name under four letters (q, per), are not.
func TestNearMiss(t *testing.T) {
	for _, tt := range []struct {
		name, want string // want: the parameter named in the 400, "" for none
	}{
		{"topc", "topic"}, {"topics", "topic"}, {"tpoic", "topic"}, {"Topic", "topic"}, {"TOPIC", "topic"},
		{"provnce", "province"}, {"provinces", "province"}, {"povince", "province"}, {"provicne", "province"}, {"prvnce", "province"},
		{"Q", "q"}, {"PER", "per"}, {"Per", "per"},
		{"limt", "limit"}, {"limits", "limit"}, {"sources", "source"}, {"sorce", "source"}, {"stroy", "story"},
		{"utm_source", ""}, {"utm_medium", ""}, {"utm_campaign", ""}, {"fbclid", ""}, {"gclid", ""}, {"ref", ""},
		{"v", ""}, {"_", ""}, {"qq", ""}, {"pre", ""}, {"pr", ""}, {"tropical", ""}, {"lim", ""}, {"prov", ""}, {"cb", ""},
		{"from", ""}, {"to", ""}, {"truoc", ""}, {"topic", ""}, {"province", ""}, {"nocache", ""}, {"t", ""}, {"ts", ""},
	} {
		err := misspeltParam(map[string][]string{tt.name: {"x"}})
		he, ok := asHTTPError(err)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%q: %v, want no error", tt.name, err)
		case tt.want != "" && (!ok || he.status != http.StatusBadRequest || !strings.Contains(he.msg, "did you mean "+tt.want+"?") ||
			!strings.Contains(he.vi, "có phải ý bạn là "+tt.want+"?")):
			t.Errorf("%q: %v, want a 400 naming %s", tt.name, err, tt.want)
		}
	}
	if d := editDistance("province", "prvnce", 1); d != 2 {
		t.Errorf("distance bounded by 1: %d, want 2", d)
	}
}

// TestMisspeltFeedParam: a feed or page whose query misspells a
// parameter's name answers 400 naming the right one, in English for a
// feed and in Vietnamese for a page, instead of serving every article;
// tracking parameters still leave a feed as it is.
func TestMisspeltFeedParam(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	for _, tt := range []struct {
		target string
		status int
		says   string
	}{
		{"/feed.rss?topc=the-thao", 400, `no parameter "topc": did you mean topic?`},
		{"/feed.json?provnce=thai-nguyen&limit=5", 400, `no parameter "provnce": did you mean province?`},
		{"/topics/the-thao/feed.atom?limt=5", 400, `no parameter "limt": did you mean limit?`},
		{"/topics/the-thao/?provnce=thai-nguyen", 400, "có phải ý bạn là province?"},
		{"/feed.rss?topic=the-thao&utm_source=feedly&utm_medium=rss&fbclid=abc&_=1700000000&v=2", 200, "<rss"},
		{"/topics/the-thao/?utm_campaign=x&from=2026-11-20&to=2026-11-23", 200, "<html"},
	} {
		w := f.do(http.MethodGet, tt.target)
		if w.Code != tt.status || !strings.Contains(w.Body.String(), tt.says) {
			t.Errorf("%s: %d, want %d saying %q:\n%.600s", tt.target, w.Code, tt.status, tt.says, w.Body)
		}
	}
}
