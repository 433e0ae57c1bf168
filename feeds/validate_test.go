package feeds

// Offline validity checks with external tools. CI must install these
// Debian packages (the tests skip, saying so, when a tool is missing):
//
//	apt-get install -y jing python3-feedparser
//
// jing validates Atom against RFC 4287's RELAX NG schema (testdata/atom.rnc,
// compact syntax, hence -c); python3-feedparser must parse RSS and Atom
// with bozo == 0. feedparser does not read JSON Feed: see TestJSONFeedSpec.

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// allFixtures renders every fixture, plus the gap-test feeds, in format.
func allFixtures(format Format) map[string]*Feed {
	return map[string]*Feed{
		"full":        fullFeed(format),
		"empty":       emptyFeed(format),
		"summaryOnly": summaryOnlyFeed(format),
		"noURL":       noURLFeed(format),
		"many":        manyItems(20, format),
		"stories":     storiesFeed(format),
	}
}

func TestAtomRelaxNG(t *testing.T) {
	jing, err := exec.LookPath("jing")
	if err != nil {
		t.Skip("jing not installed: apt-get install -y jing")
	}
	dir := t.TempDir()
	var files []string
	for name, f := range allFixtures(Atom) {
		path := filepath.Join(dir, name+".atom")
		if err := os.WriteFile(path, render(t, f, Atom), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	args := append([]string{"-c", filepath.Join("testdata", "atom.rnc")}, files...)
	out, err := exec.Command(jing, args...).Output() // stderr holds only Debian launcher warnings
	if err != nil {
		t.Fatalf("jing: %v\n%s", err, out)
	}
}

// feedparserScript prints, per file, what feedparser understood.
const feedparserScript = `
import feedparser, json, sys
out = []
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    out.append({
        "path": path, "bozo": int(d.bozo), "error": str(d.get("bozo_exception", "")),
        "version": d.version, "title": d.feed.get("title", ""), "language": d.feed.get("language", ""),
        "entries": [{"id": e.get("id", ""), "title": e.get("title", ""), "link": e.get("link", ""),
                     "published": e.get("published_parsed") is not None,
                     "tags": [t.get("term") for t in e.get("tags", [])]} for e in d.entries],
    })
print(json.dumps(out))
`

type parsed struct {
	Path, Error, Version, Title, Language string
	Bozo                                  int
	Entries                               []struct {
		ID, Title, Link string
		Published       bool
		Tags            []string
	}
}

// feedparserPython returns a python3 that can import feedparser (Debian's
// package installs for /usr/bin/python3, which may not be first on PATH).
func feedparserPython(t *testing.T) string {
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if path, err := exec.LookPath(py); err == nil &&
			exec.Command(path, "-c", "import feedparser").Run() == nil {
			return path
		}
	}
	t.Skip("python3 with feedparser not found: apt-get install -y python3-feedparser")
	return ""
}

func TestFeedparser(t *testing.T) {
	py := feedparserPython(t)
	for _, format := range []Format{RSS, Atom} {
		dir := t.TempDir()
		feeds := allFixtures(format)
		args := []string{"-c", feedparserScript}
		for name, f := range feeds {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, render(t, f, format), 0o644); err != nil {
				t.Fatal(err)
			}
			args = append(args, path)
		}
		out, err := exec.Command(py, args...).Output()
		if err != nil {
			t.Fatalf("feedparser: %v", err)
		}
		var results []parsed
		if err := json.Unmarshal(out, &results); err != nil {
			t.Fatalf("feedparser output: %v\n%s", err, out)
		}
		for _, r := range results {
			checkParsed(t, format, r, feeds[filepath.Base(r.Path)])
		}
	}
}

func checkParsed(t *testing.T, format Format, r parsed, f *Feed) {
	t.Helper()
	name := format.String() + "/" + filepath.Base(r.Path)
	wantVersion := map[Format]string{RSS: "rss20", Atom: "atom10"}[format]
	if r.Bozo != 0 || r.Version != wantVersion {
		t.Errorf("%s: bozo=%d (%s) version=%q, want 0 and %q", name, r.Bozo, r.Error, r.Version, wantVersion)
	}
	if r.Title != f.Title || !strings.HasPrefix(r.Language, "vi") {
		t.Errorf("%s: title %q language %q", name, r.Title, r.Language)
	}
	if len(r.Entries) != len(f.Items) {
		t.Fatalf("%s: %d entries, want %d", name, len(r.Entries), len(f.Items))
	}
	for i, e := range r.Entries {
		it := f.Items[i]
		if e.ID != it.id() || e.Title != it.Title || (it.URL != "" && e.Link != it.URL) || !e.Published {
			t.Errorf("%s entry %d: got %+v, want id %q title %q link %q and a date", name, i, e, it.id(), it.Title, it.URL)
		}
		if len(e.Tags) != len(it.Categories) {
			t.Errorf("%s entry %d: tags %q, want %d", name, i, e.Tags, len(it.Categories))
		}
	}
}
