package app

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"bantin/internal/model"
)

// TestSlugList: a CSV cell's list splits on commas, semicolons and bars,
// and on spaces only where every word is a valid slug; a province or topic
// written by name stays whole.
func TestSlugList(t *testing.T) {
	c := model.NewCatalog()
	isProvince := func(s string) bool { _, ok := c.Province(s); return ok }
	for _, tt := range []struct{ in, want string }{
		{"ha-noi,hue", "ha-noi|hue"},
		{"bac-kan ha-noi", "bac-kan|ha-noi"},
		{" ha-noi ; hue |da-nang ", "ha-noi|hue|da-nang"},
		{"Hà Nội", "Hà Nội"},
		{"Hà Nội, TP. Hồ Chí Minh", "Hà Nội|TP. Hồ Chí Minh"},
		{"ha-noi  Hà   Nội", "ha-noi Hà Nội"},
		{"", ""},
	} {
		got := slugList(tt.in, isProvince)
		if want := strings.Split(tt.want, "|"); !slices.Equal(got, want) && !(tt.want == "" && len(got) == 0) {
			t.Errorf("slugList(%q) = %q, want %q", tt.in, got, want)
		}
	}
}

// TestCLISubscribersImportNames: a provinces cell written by name ("Hà
// Nội", as a spreadsheet from another system holds it) is reported whole,
// with the slug it means, not as an unknown "Hà"; a topic by its name too.
func TestCLISubscribersImportNames(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	csv := "email,topics,provinces\nlan@example.com,,Hà Nội\nmai@example.com,Thời sự,\n"
	code, out, stderr := runCLI(t, db, csv, "subscribers", "import", "-")
	if code != 1 || out != "added 0, updated 0, unchanged 0, invalid lines 2\n" {
		t.Fatalf("import: %d %q %q", code, out, stderr)
	}
	for _, want := range []string{`line 2: unknown province "Hà Nội" (did you mean "ha-noi"?)`,
		`line 3: unknown topic "Thời sự" (did you mean "xa-hoi"?)`} {
		if !strings.Contains(stderr, want) {
			t.Errorf("report lacks %q:\n%s", want, stderr)
		}
	}
}
