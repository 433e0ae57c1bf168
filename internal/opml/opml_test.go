package opml

import (
	"strings"
	"testing"
)

func TestReadFlattensFolders(t *testing.T) {
	in := `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
	<outline text="Báo"><outline text="VnExpress" xmlUrl="https://vnexpress.net/rss/tin-moi-nhat.rss"/>
	<outline text="Sub"><outline text="Tuổi Trẻ" title="TT" xmlUrl="https://tuoitre.vn/rss/tin-moi-nhat.rss"/></outline></outline>
	<outline text="Loose" xmlUrl="https://example.vn/feed"/></body></opml>`
	got, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, o := range got {
		names = append(names, o.Text+"="+o.XMLURL)
	}
	want := "VnExpress=https://vnexpress.net/rss/tin-moi-nhat.rss|Tuổi Trẻ=https://tuoitre.vn/rss/tin-moi-nhat.rss|Loose=https://example.vn/feed"
	if strings.Join(names, "|") != want {
		t.Errorf("got %q", strings.Join(names, "|"))
	}
}

func TestReadErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"not xml at all <", "not an OPML file"},
		{`<opml version="2.0"><head/><body><outline text="folder"/></body></opml>`, "no outline with an xmlUrl"},
	} {
		if _, err := Read(strings.NewReader(tt.in)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Read(%q) = %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	d := Doc{Title: "bantin", Owner: "bantin", Body: []Outline{{Text: "Chủ đề", Children: []Outline{
		{Text: "Kinh tế", Type: "rss", XMLURL: "https://b.example/topics/kinh-te/feed.rss", Language: "vi"}}}}}
	b, err := d.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`<?xml version="1.0" encoding="UTF-8"?>` + "\n", `<opml version="2.0">`,
		"<ownerName>bantin</ownerName>", `language="vi"`} {
		if !strings.Contains(s, want) {
			t.Errorf("missing %q in\n%s", want, s)
		}
	}
	if strings.Contains(s, "dateCreated") || strings.Contains(s, "<docs>") || !strings.HasSuffix(s, "</opml>\n") {
		t.Errorf("unset fields written or no final newline:\n%s", s)
	}
	got, err := Read(strings.NewReader(s))
	if err != nil || len(got) != 1 || got[0].XMLURL != "https://b.example/topics/kinh-te/feed.rss" {
		t.Errorf("round trip: %+v %v", got, err)
	}
}

// Exporters that spell the attribute xmlURL or xmlurl have their feeds
// read (they were dropped without a word: "imported 1 source" of 2); the
// folder's other attributes do not matter, and xmlUrl wins over another
// spelling.
func TestReadFeedURLSpellings(t *testing.T) {
	in := `<opml version="1.0"><head/><body><outline text="Tin" foo="bar">
	<outline text="A" xmlURL="https://a.example/rss"/>
	<outline text="B" xmlurl="https://b.example/rss"/>
	<outline text="C" xmlUrl="https://c.example/rss" XMLURL="https://other.example/rss"/>
	</outline></body></opml>`
	got, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, o := range got {
		names = append(names, o.Text+"="+o.XMLURL)
		if o.Other != nil {
			t.Errorf("%s: Other %v kept", o.Text, o.Other)
		}
	}
	if want := "A=https://a.example/rss|B=https://b.example/rss|C=https://c.example/rss"; strings.Join(names, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(names, "|"), want)
	}
}
