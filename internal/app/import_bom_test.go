package app

import (
	"bufio"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// A CSV saved by a spreadsheet as "CSV UTF-8" opens with a byte order
// mark: the header (or the first address) was read as "\ufeffemail" and
// refused, and the import exited 1.
func TestImportSkipsByteOrderMark(t *testing.T) {
	for name, csv := range map[string]string{
		"header":    "\ufeffemail,topics\nbom@example.com,y-te\n",
		"no header": "\ufeffbom@example.com,y-te\n",
	} {
		db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
		code, out, stderr := runCLI(t, db, csv, "subscribers", "import", "-")
		if code != 0 || out != "added 1, updated 0, unchanged 0, invalid lines 0\n" {
			t.Errorf("%s: exit %d, %q %q", name, code, out, stderr)
		}
	}
}

// A file that cannot be opened is named once ("open F: open F: …"), and
// one invalid line is "1 invalid line was skipped".
func TestImportMessages(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	missing := filepath.Join(t.TempDir(), "none.csv")
	code, _, stderr := runCLI(t, db, "", "subscribers", "import", missing)
	if code != 1 || stderr != "bantin subscribers: open "+missing+": no such file or directory\n" {
		t.Errorf("missing file: exit %d, %q", code, stderr)
	}
	code, _, stderr = runCLI(t, db, "bad\n", "subscribers", "import", "-")
	if code != 1 || !strings.HasSuffix(stderr, "bantin subscribers: 1 invalid line was skipped (listed above); the others were imported\n") {
		t.Errorf("one bad line: exit %d, %q", code, stderr)
	}
}

// csvSeparator reads a file as semicolon-separated when its first line
// has a semicolon before any comma, as spreadsheets write CSV where the
// decimal mark is a comma; a comma file keeps semicolons inside its lists.
func TestCSVSeparator(t *testing.T) {
	long := strings.Repeat("x", 600)
	for _, tt := range []struct {
		in   string
		want rune
	}{
		{"", ','},
		{"a@example.com\n", ','},
		{"email,topics\na@example.com,y-te\n", ','},
		{"email;topics;provinces\r\na@example.com;y-te;ha-noi\r\n", ';'},
		{"a@example.com;the-thao,y-te;ha-noi\n", ';'},
		{"a@example.com,the-thao;y-te,ha-noi\n", ','},
		{"# a comment; with a semicolon\n\nemail;topics\n", ';'},
		{"# " + long + "\nemail;topics", ';'},
		{"a@example.com;" + long, ';'},
		{"email\ttopics\tprovinces\na@example.com\tthe-thao,y-te\tha-noi\n", '\t'},
		{"a@example.com\tthe-thao;y-te,x\n", '\t'},
		{"a@example.com;the-thao\tx\n", ';'},
	} {
		br := bufio.NewReaderSize(strings.NewReader(tt.in), 64<<10)
		if got := csvSeparator(br); got != tt.want {
			t.Errorf("csvSeparator(%.40q) = %q, want %q", tt.in, got, tt.want)
		}
		if b, _ := io.ReadAll(br); string(b) != tt.in {
			t.Errorf("csvSeparator(%.40q) consumed input", tt.in)
		}
	}
}

// A semicolon-separated export (a spreadsheet in Vietnamese) imports: each
// line was refused as "email;topics;provinces: not a valid address".
func TestImportSemicolonCSV(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	csv := "\ufeffemail;topics;provinces\r\nsemi@example.com;the-thao,y-te;ha-noi\r\n"
	code, out, stderr := runCLI(t, db, csv, "subscribers", "import", "-")
	if code != 0 || out != "added 1, updated 0, unchanged 0, invalid lines 0\n" {
		t.Fatalf("exit %d, %q %q", code, out, stderr)
	}
	if _, out, _ := runCLI(t, db, "", "subscribers", "export"); !strings.Contains(out, "semi@example.com,active,\"the-thao,y-te\",ha-noi,") {
		t.Errorf("export:\n%s", out)
	}
}

// A tab-separated file — a spreadsheet's "Text (Tab delimited)", or its
// "Unicode Text", which is UTF-16LE with a byte order mark — imports, an
// empty column kept in its place: each line was refused as
// "email\ttopics\tprovinces: not a valid address" (the UTF-16 one as
// "\xff\xfee\x00m\x00…").
func TestImportTabsAndUTF16(t *testing.T) {
	tsv := "email\ttopics\tprovinces\ntab@example.com\tthe-thao\tha-noi\nempty@example.com\t\tda-nang\n"
	le := []byte{0xff, 0xfe}
	be := []byte{0xfe, 0xff}
	for _, r := range utf16.Encode([]rune(strings.ReplaceAll(tsv, "\n", "\r\n"))) {
		le = append(le, byte(r), byte(r>>8))
		be = append(be, byte(r>>8), byte(r))
	}
	for name, in := range map[string]string{"tab": tsv, "utf-16le": string(le), "utf-16be": string(be)} {
		db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
		code, out, stderr := runCLI(t, db, in, "subscribers", "import", "-")
		if code != 0 || out != "added 2, updated 0, unchanged 0, invalid lines 0\n" {
			t.Errorf("%s: exit %d, %q %q", name, code, out, stderr)
			continue
		}
		_, out, _ = runCLI(t, db, "", "subscribers", "export")
		if !strings.Contains(out, "tab@example.com,active,the-thao,ha-noi,") || !strings.Contains(out, "empty@example.com,active,,da-nang,") {
			t.Errorf("%s: export:\n%s", name, out)
		}
	}
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	if code, _, stderr := runCLI(t, db, string(le[:len(le)-1]), "subscribers", "import", "-"); code != 1 || !strings.Contains(stderr, "odd number of bytes: save it as CSV UTF-8") {
		t.Errorf("cut UTF-16: %d %q", code, stderr)
	}
}
