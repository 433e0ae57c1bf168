package ingest

import (
	"slices"
	"testing"
)

func TestRetitleMatchOf(t *testing.T) {
	cases := []struct {
		key            string
		prefix, suffix string // "" when there is no match
	}{
		{"url:https://vnexpress.net/mua-lon-o-mien-trung-5072227.html", "url:https://vnexpress.net/", "-5072227.html"},
		{"url:https://thanhnien.vn/mua-lon-18526051020473975.htm", "url:https://thanhnien.vn/", "-18526051020473975.htm"},
		{"url:https://bao.example/thoi-su/mua-lon-1234567.html", "url:https://bao.example/", "-1234567.html"},
		{"url:http://127.0.0.1:8080/tin-1234567.htm", "url:http://127.0.0.1:8080/", "-1234567.htm"},
		{"url:https://bao.example/mua-lon-123456.html", "", ""},                                    // six digits
		{"url:https://bao.example/lich-20261201.html", "", ""},                                     // a day's date
		{"url:https://bao.example/so-20261399.html", "url:https://bao.example/", "-20261399.html"}, // not a date
		{"url:https://bao.example/1234567.html", "", ""},                                           // no words before the id
		{"url:https://bao.example/tin-1234567.html?p=2", "", ""},                                   // a query
		{"url:https://bao.example/tin-1234567", "", ""},                                            // no extension
		{"url:https://bao.example/tin-1234567.php", "", ""},                                        // another extension
		{"url:https://bao.example/tin-12a4567.html", "", ""},                                       // not a number
		{"url:https://bao.example/tin%20moi-1234567.html", "url:https://bao.example/", "-1234567.html"},
		{"guid:https://bao.example/tin-1234567.html", "", ""},                                                                   // keyed on a guid
		{"url:ftp://bao.example/tin-1234567.html", "", ""},                                                                      // not http
		{"url:tin-1234567.html", "", ""},                                                                                        // not absolute
		{"url:https://vnexpress.net/viet-nam-campuchia-5106492-tong-thuat.html", "url:https://vnexpress.net/", "-5106492.html"}, // a live page
		{"url:https://bao.example/tin-1234567-anh.html", "", ""},                                                                // other words after the id
		{"url:https://bao.example/tin-tong-thuat.html", "", ""},                                                                 // a live marker, no id
		{"url:https://bao.example/tin-123456-tong-thuat.html", "", ""},                                                          // six digits
	}
	for _, c := range cases {
		m, ok := RetitleMatchOf(c.key)
		if ok != (c.prefix != "") || m.Prefix != c.prefix || m.Suffix != c.suffix {
			t.Errorf("RetitleMatchOf(%q) = %+v, %v; want %q, %q", c.key, m, ok, c.prefix, c.suffix)
		}
	}
}

// TestRetitleSuffixes: a match's suffixes are its own and the live page's.
func TestRetitleSuffixes(t *testing.T) {
	cases := []struct {
		suffix string
		want   []string
	}{
		{"-5106492.html", []string{"-5106492.html", "-5106492-tong-thuat.html"}},
		{"-18526051020473975.htm", []string{"-18526051020473975.htm", "-18526051020473975-tong-thuat.htm"}},
		{"", []string{""}}, // the zero match: no live page, no panic
		{"-5106492", []string{"-5106492"}},
	}
	for _, c := range cases {
		if got := (RetitleMatch{Suffix: c.suffix}).Suffixes(); !slices.Equal(got, c.want) {
			t.Errorf("Suffixes of %q = %q, want %q", c.suffix, got, c.want)
		}
	}
}
