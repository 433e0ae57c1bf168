package app

import (
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"bantin/internal/opml"
	"bantin/internal/store"
)

// TestCLIOPMLKeepsTags moves sources from one database to another through
// export-opml and import-opml: a category feed keeps its topics and a
// provincial paper its province, which the classifier relies on.
func TestCLIOPMLKeepsTags(t *testing.T) {
	dir := t.TempDir()
	from, to := "sqlite:"+filepath.Join(dir, "a.db"), "sqlite:"+filepath.Join(dir, "b.db")
	for _, args := range [][]string{
		{"sources", "add", "https://bao.example/rss/the-thao.rss", "--topic", "the-thao,giao-duc", "--name", "Thể thao"},
		{"sources", "add", "https://baotinh.example/rss", "--province", "thai-nguyen"},
		{"sources", "add", "https://chung.example/rss"},
	} {
		if code, out, stderr := runCLI(t, from, "", args...); code != 0 {
			t.Fatalf("%q: %d %q %q", args, code, out, stderr)
		}
	}
	_, doc, _ := runCLI(t, from, "", "sources", "export-opml")
	if code, out, stderr := runCLI(t, to, doc, "sources", "import-opml", "-"); code != 0 || !strings.Contains(out, "imported 3 sources") {
		t.Fatalf("import: %d %q %q\n%s", code, out, stderr, doc)
	}
	_, again, _ := runCLI(t, to, "", "sources", "export-opml")
	for _, want := range []string{`category="the-thao,giao-duc"`, `province="thai-nguyen"`} {
		if !strings.Contains(again, want) {
			t.Errorf("after the round trip, %s is missing:\n%s", want, again)
		}
	}
	// The whole list comes back as it left, the source without a name
	// included (it is still to be named after its feed's title).
	created := regexp.MustCompile(`<dateCreated>[^<]*</dateCreated>`)
	if a, b := created.ReplaceAllString(doc, ""), created.ReplaceAllString(again, ""); a != b {
		t.Errorf("export after the round trip differs:\n%s\nwas:\n%s", b, a)
	}
}

// TestCLIOPMLForeignTags imports an OPML file of another program: categories
// that are not topic slugs and an unknown province are reported and left
// out, and the feeds are imported all the same.
func TestCLIOPMLForeignTags(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	doc := `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
<outline text="A" type="rss" xmlUrl="https://a.example/rss" category="/Tin tức/Thể thao,/the-thao"/>
<outline text="B" type="rss" xmlUrl="https://b.example/rss" province="atlantis"/></body></opml>`
	code, out, stderr := runCLI(t, db, doc, "sources", "import-opml", "-")
	if code != 0 || !strings.Contains(out, "imported 2 sources") {
		t.Fatalf("import: %d %q %q", code, out, stderr)
	}
	for _, want := range []string{`"/Tin tức/Thể thao"`, `"atlantis"`} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not name %s: %q", want, stderr)
		}
	}
	_, exported, _ := runCLI(t, db, "", "sources", "export-opml")
	if !strings.Contains(exported, `category="the-thao"`) || strings.Contains(exported, "province=") {
		t.Errorf("export after a foreign import:\n%s", exported)
	}
}

// TestPublicOPMLImport imports a bantin's public /opml into a fresh store
// with import-opml: every topic feed becomes a source of its topic, every
// province feed one of its province (a former province's, of the province
// it was merged into), and the front page's feed one without tags.
func TestPublicOPMLImport(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, "sqlite:"+filepath.Join(dir, "a.db"))
	cfg.BaseURL = "https://tin.example/ban"
	m, err := Open(t.Context(), cfg, slog.New(slog.DiscardHandler), store.ForServer)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	w := httptest.NewRecorder()
	m.Server.Handler().ServeHTTP(w, httptest.NewRequest(http.MethodGet, "https://tin.example/ban/opml", nil))
	if w.Code != http.StatusOK {
		t.Fatalf("GET /opml: %d", w.Code)
	}
	to := "sqlite:" + filepath.Join(dir, "b.db")
	code, out, stderr := runCLI(t, to, w.Body.String(), "sources", "import-opml", "-")
	if code != 0 || stderr != "" {
		t.Fatalf("import: %d %q %q", code, out, stderr)
	}
	_, exported, _ := runCLI(t, to, "", "sources", "export-opml")
	outlines, err := opml.Read(strings.NewReader(exported))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][2]string{} // path → category, province
	for _, o := range outlines {
		got[strings.TrimPrefix(o.XMLURL, cfg.BaseURL)] = [2]string{o.Category, o.Province}
	}
	want := map[string][2]string{"/feed.rss": {}}
	for _, tp := range m.Catalog.Topics() {
		want["/topics/"+tp.Slug+"/feed.rss"] = [2]string{tp.Slug, ""}
	}
	for _, p := range m.Catalog.Provinces() {
		home := p.Slug
		if p.Legacy() {
			home = p.Successor
		}
		want["/provinces/"+p.Slug+"/feed.rss"] = [2]string{"", home}
	}
	if !maps.Equal(got, want) {
		t.Errorf("sources after importing /opml (path → category, province):\n%v\nwant:\n%v", got, want)
	}
}
