package feeds

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestParseFormat(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Format
	}{{"rss", RSS}, {"atom", Atom}, {"json", JSON}, {".rss", RSS}, {"ATOM", Atom}} {
		got, err := ParseFormat(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseFormat(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
		if got.String() != strings.ToLower(strings.TrimPrefix(tc.in, ".")) {
			t.Errorf("%v.String() = %q", got, got.String())
		}
	}
	for _, bad := range []string{"", "xml", "rss2", "feed.json"} {
		_, err := ParseFormat(bad)
		if !errors.Is(err, ErrFormat) {
			t.Errorf("ParseFormat(%q) error = %v, want ErrFormat", bad, err)
			continue
		}
		for _, name := range []string{`"rss"`, `"atom"`, `"json"`} {
			if !strings.Contains(err.Error(), name) {
				t.Errorf("ParseFormat(%q) error %q does not name %s", bad, err, name)
			}
		}
	}
}

func TestContentType(t *testing.T) {
	want := map[Format]string{
		RSS:  "application/rss+xml; charset=utf-8",
		Atom: "application/atom+xml; charset=utf-8",
		JSON: "application/feed+json; charset=utf-8",
		0:    "",
	}
	for f, ct := range want {
		if got := f.ContentType(); got != ct {
			t.Errorf("%v.ContentType() = %q, want %q", f, got, ct)
		}
	}
	if got := Format(9).String(); got != "Format(9)" {
		t.Errorf("Format(9).String() = %q", got)
	}
}

func TestTagURI(t *testing.T) {
	for _, tc := range []struct {
		auth     string
		year     int
		specific string
		want     string
	}{
		{"bantin.example", 2026, "article/42", "tag:bantin.example,2026:article/42"},
		{"Bantin.Example", 2026, "a b#c%d", "tag:bantin.example,2026:a%20b%23c%25d"},
		{"x.org", 5, "Hà Nội", "tag:x.org,0005:H%C3%A0%20N%E1%BB%99i"},
		{"x.org", 2026, "q?x=1&y=(2):@!", "tag:x.org,2026:q?x=1&y=(2):@!"},
		{"x.org", 2026, "feed?q=Th%C3%A1i+Nguy%c3%aan", "tag:x.org,2026:feed?q=Th%C3%A1i+Nguy%c3%aan"},
		{"x.org", 2026, "5% 10%2 %zz %", "tag:x.org,2026:5%25%2010%252%20%25zz%20%25"},
	} {
		if got := TagURI(tc.auth, tc.year, tc.specific); got != tc.want {
			t.Errorf("TagURI(%q, %d, %q) = %q, want %q", tc.auth, tc.year, tc.specific, got, tc.want)
		}
	}
}

func TestRenderErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := Render(&buf, emptyFeed(RSS), Format(0)); !errors.Is(err, ErrFormat) {
		t.Errorf("Render with format 0: %v, want ErrFormat", err)
	}
	if err := Render(&buf, nil, RSS); !errors.Is(err, ErrInvalid) {
		t.Errorf("Render(nil): %v, want ErrInvalid", err)
	}
	noID := &Feed{Title: "x", Items: []Item{{Title: "no id or url"}}}
	for _, format := range formats {
		if err := Render(&buf, noID, format); !errors.Is(err, ErrInvalid) {
			t.Errorf("%v: item without ID/URL: %v, want ErrInvalid", format, err)
		}
	}
	if err := Render(&buf, &Feed{Title: "x"}, Atom); !errors.Is(err, ErrInvalid) {
		t.Errorf("Atom feed without any id: %v, want ErrInvalid", err)
	}
	for _, format := range []Format{RSS, JSON} {
		if err := Render(&buf, &Feed{Title: "x"}, format); err != nil {
			t.Errorf("%v feed without id: %v", format, err)
		}
	}
}

func TestAppend(t *testing.T) {
	for _, format := range formats {
		f := fullFeed(format)
		got, err := Append([]byte("prefix"), f, format)
		if err != nil {
			t.Fatal(err)
		}
		if want := append([]byte("prefix"), render(t, f, format)...); !bytes.Equal(got, want) {
			t.Errorf("%v: Append differs from Render", format)
		}
	}
}

// TestItemIDFallback: an item without ID is identified by its URL.
func TestItemIDFallback(t *testing.T) {
	f := emptyFeed(Atom)
	f.Items = []Item{{URL: "https://a.example/x?a=1&b=2", Title: "t"}}
	out := string(render(t, f, Atom))
	if !strings.Contains(out, "<id>https://a.example/x?a=1&amp;b=2</id>") {
		t.Errorf("Atom entry id does not fall back to the URL:\n%s", out)
	}
	out = string(render(t, f, RSS))
	if !strings.Contains(out, `<guid isPermaLink="false">https://a.example/x?a=1&amp;b=2</guid>`) {
		t.Errorf("RSS guid does not fall back to the URL:\n%s", out)
	}
}

// TestAuthorsAgree: an item without an author of its own is credited the
// same way in every format: to its source when it has one, else to no one.
func TestAuthorsAgree(t *testing.T) {
	for _, tc := range []struct {
		it   Item
		want string // "" means no item author in any format
	}{
		{Item{ID: "a", AuthorName: "Minh Anh", SourceName: "VnExpress"}, "Minh Anh"},
		{Item{ID: "b", SourceName: "VnExpress", SourceURL: "https://vnexpress.net/rss/thoi-su.rss"}, "VnExpress"},
		{Item{ID: "c"}, ""},
	} {
		f := Feed{ID: "tag:x.org,2026:feed", Title: "Feed title", Items: []Item{tc.it}}
		rss, _ := Append(nil, &f, RSS)
		atom, _ := Append(nil, &f, Atom)
		js, _ := Append(nil, &f, JSON)
		entry := string(atom[bytes.Index(atom, []byte("<entry")):])
		checks := map[string]bool{
			"rss":  strings.Contains(string(rss), "<dc:creator>"+tc.want+"</dc:creator>"),
			"atom": strings.Contains(entry, "<author>\n      <name>"+tc.want+"</name>"),
			"json": strings.Contains(string(js), `"authors":[{"name":"`+tc.want+`"}]`),
		}
		if tc.want == "" {
			checks = map[string]bool{
				"rss":  !strings.Contains(string(rss), "<dc:creator>") && !strings.Contains(string(rss), "<author>"),
				"atom": !strings.Contains(entry, "<author>"),
				"json": !strings.Contains(string(js), `"authors"`),
			}
		}
		for format, ok := range checks {
			if !ok {
				t.Errorf("item %s: %s does not credit %q:\n%s", tc.it.ID, format, tc.want, map[string][]byte{"rss": rss, "atom": atom, "json": js}[format])
			}
		}
	}
}
