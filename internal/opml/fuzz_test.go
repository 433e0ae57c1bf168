package opml

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// FuzzRead reads arbitrary bytes as OPML. Read must not panic; it returns
// either an error or at least one outline, each with an xmlUrl and without
// children (folders are flattened); and what it returns survives a round
// trip: written by Marshal (as export-opml writes) and read again, the same
// outlines come back.
func FuzzRead(f *testing.F) {
	f.Add(`<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
	<outline text="Báo"><outline text="VnExpress" xmlUrl="https://vnexpress.net/rss/tin-moi-nhat.rss" category="/xay-dung-dang,kinh-te" province="ha-noi"/></outline>
	<outline text="a&#xD;&#xA;b" xmlUrl="https://e.vn/?a=1&amp;b=&lt;2&gt;"/></body></opml>`)
	f.Add(`<opml><body><outline xmlUrl="x"><outline xmlUrl="y"/></outline></body></opml>`)
	f.Add(`<!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]><opml><body><outline xmlUrl="&b;"/></body></opml>`)
	f.Add(strings.Repeat("<outline>", 200) + `<outline xmlUrl="z"/>`)
	f.Fuzz(func(t *testing.T, in string) {
		got, err := Read(strings.NewReader(in))
		if err != nil {
			if got != nil {
				t.Fatalf("error %v with outlines %v", err, got)
			}
			return
		}
		if len(got) == 0 {
			t.Fatal("no error and no outline")
		}
		for i := range got {
			if got[i].XMLURL == "" || got[i].Children != nil {
				t.Fatalf("outline %d: %+v", i, got[i])
			}
		}
		body, err := Doc{Title: "t", Body: got}.Marshal()
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		again, err := Read(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("reading what Marshal wrote: %v\n%s", err, body)
		}
		if !reflect.DeepEqual(again, got) {
			t.Fatalf("round trip changed the outlines:\n got %+v\nwant %+v", again, got)
		}
	})
}
