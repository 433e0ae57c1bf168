package web

import (
	"encoding/json"
	"encoding/xml"
	"html"
	"strings"
	"testing"
	"time"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// A body stored before ingest dropped bidi controls from bodies (by an
// older binary) still holds them, as characters and as references: the
// feeds hand none of them to a reader.
func TestFeedsDropStoredBidiControls(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		a := art("bidi", "Tin có ký tự đảo chiều", t0.Add(6*time.Hour), []string{"giao-thong"})
		a.ContentHTML = `<p title="&#x202e;x">` + "\u202egnp.exe &#8238;exe &#X2066;y\u2069" + `</p>`
		f.save(t, f.src[1], a)
		f.srv.Invalidate()
		var jf struct {
			Items []struct {
				ContentHTML string `json:"content_html"`
			}
		}
		if err := json.Unmarshal(f.get(t, "/feed.json").Body.Bytes(), &jf); err != nil {
			t.Fatal(err)
		}
		var rss struct {
			Items []struct {
				Content string `xml:"encoded"`
			} `xml:"channel>item"`
		}
		if err := xml.Unmarshal(f.get(t, "/feed.rss").Body.Bytes(), &rss); err != nil {
			t.Fatal(err)
		}
		bodies := 0
		for _, it := range jf.Items {
			bodies += checkNoBidi(t, "json", it.ContentHTML)
		}
		for _, it := range rss.Items {
			bodies += checkNoBidi(t, "rss", it.Content)
		}
		if bodies != 2 {
			t.Errorf("%d feed items carry the body, want 2", bodies)
		}
	})
}

// checkNoBidi reports a bidi control in body as a browser decodes it, and
// returns 1 when body is the test's.
func checkNoBidi(t *testing.T, where, body string) int {
	t.Helper()
	if strings.ContainsAny(html.UnescapeString(body), "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") {
		t.Errorf("%s: body %q reads with a bidi control", where, body)
	}
	if strings.Contains(body, "gnp.exe") {
		return 1
	}
	return 0
}
