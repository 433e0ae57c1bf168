package web

import (
	"errors"
	"net/http/httptest"
	"net/mail"
	"reflect"
	"slices"
	"strings"
	"testing"

	"bantin/internal/model"
)

// FuzzFeedQuery is the filter query parser over any query string: it
// either refuses it (a 400 or 404 naming the problem) or returns a
// canonical query whose slugs are known, sorted and unique, whose limit is
// within bounds, and which reads back unchanged from its own encoding.
func FuzzFeedQuery(f *testing.F) {
	for _, q := range []string{"topic=xay-dung-dang&province=thai-nguyen", "province=bac-kan,thai-nguyen&province=BAC-KAN",
		"limit=200&q=Hà+Nội", "limit=0", "source=-1", "q=%ZZ", "topic=,,,", "q=" + strings.Repeat("a", 201), "utm_source=x&limit=7"} {
		f.Add(q)
	}
	s := &Server{cat: model.NewCatalog()}
	f.Fuzz(func(t *testing.T, raw string) {
		r := httptest.NewRequest("GET", "/feed.rss", nil)
		r.URL.RawQuery = raw
		q, err := s.parseFeedQuery(r)
		if err != nil {
			if _, ok := asHTTPError(err); !ok {
				t.Fatalf("%q: error %v is not an HTTP error", raw, err)
			}
			return
		}
		if q.Limit < 1 || q.Limit > maxLimit || q.Source < 0 {
			t.Fatalf("%q: %+v", raw, q)
		}
		for _, list := range [][]string{q.Topics, q.Provinces} {
			if !slices.IsSorted(list) || len(slices.Compact(slices.Clone(list))) != len(list) {
				t.Fatalf("%q: not canonical: %+v", raw, q)
			}
		}
		if s.cat.CheckTopics(q.Topics...) != nil || s.cat.CheckProvinces(true, q.Provinces...) != nil {
			t.Fatalf("%q: unknown slug in %+v", raw, q)
		}
		back, err := s.parseFeedQuery(httptest.NewRequest("GET", "/feed.rss?"+q.encode(), nil))
		if err != nil || !reflect.DeepEqual(normal(back), normal(q)) {
			t.Fatalf("%q: %+v encodes as %q, which reads %+v, %v", raw, q, q.encode(), back, err)
		}
	})
}

// normal makes nil and empty lists equal.
func normal(q feedQuery) feedQuery {
	if len(q.Topics) == 0 {
		q.Topics = nil
	}
	if len(q.Provinces) == 0 {
		q.Provinces = nil
	}
	return q
}

// FuzzNormalizeEmail: an address the subscription form accepts is one the
// mailer can send to (a bare address net/mail reads back unchanged, one
// '@', no space or control character, at most 254 bytes), normalising it
// again changes nothing (so one mailbox is one subscriber), and its display
// form normalises back to it.
func FuzzNormalizeEmail(f *testing.F) {
	for _, s := range []string{"Ban.Doc@Example.COM", "ban@ví-dụ.vn", "a@b.c\r\nBcc: x@y.z", "\"a b\"@x.vn", "a@[127.0.0.1]",
		"Tên <a@x.vn>", "a@xn--v-d-rma6749a.vn", "a@XN--V-D-RMA6749A.VN", "a@x.vn.", " a@x.vn ", "a@@x.vn", "người@x.vn"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		addr, err := NormalizeEmail(raw)
		if err != nil {
			if _, ok := errors.AsType[*AddressError](err); !ok || addr != "" {
				t.Fatalf("%q: %q, %v", raw, addr, err)
			}
			return
		}
		if a, err := mail.ParseAddress(addr); err != nil || a.Address != addr || a.Name != "" {
			t.Fatalf("%q accepted as %q, which net/mail reads as %v, %v", raw, addr, a, err)
		}
		if strings.Count(addr, "@") != 1 || len(addr) > 254 || strings.ContainsFunc(addr, func(r rune) bool { return r <= ' ' || r >= 0x7f }) {
			t.Fatalf("%q accepted as %q", raw, addr)
		}
		if again, err := NormalizeEmail(addr); again != addr || err != nil {
			t.Fatalf("%q → %q → %q, %v", raw, addr, again, err)
		}
		if back, err := NormalizeEmail(DisplayEmail(addr)); back != addr || err != nil {
			t.Fatalf("%q → %q, shown %q, which normalises to %q, %v", raw, addr, DisplayEmail(addr), back, err)
		}
	})
}
