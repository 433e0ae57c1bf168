// Command vulndb turns the OSV files of the golang.org/x/vulndb module
// (data/osv/GO-*.json, as the module proxy serves it) into the v1 database
// layout govulncheck reads with -db file://DIR:
//
//	DIR/index/db.json       {"modified": latest time of any entry}
//	DIR/index/modules.json  [{"path": module, "vulns": [{"id", "modified"}]}]
//	DIR/index/vulns.json    [{"id", "modified", "aliases"}]
//	DIR/ID/GO-….json        each OSV entry as it is
//
// so that `make vulncheck` needs the module proxy only, not vuln.go.dev.
// The "fixed" hint of modules.json is left out: govulncheck then reads
// the entries of every module bantin uses, which is what it does with a
// hint that does not rule them out. It uses only the standard library.
//
//	go run ./.ci/vulndb -osv $(go env GOMODCACHE)/golang.org/x/vulndb@V/data/osv -time T -out DIR
//
// T (YYYYMMDDhhmmss, the time in V's pseudo-version) stands for the times
// the module's files leave unset: the deployed database sets "modified"
// and "published" when it publishes an entry, the repository does not.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// entry is the part of an OSV entry the index needs.
type entry struct {
	ID        string    `json:"id"`
	Modified  time.Time `json:"modified"`
	Published time.Time `json:"published"`
	Aliases   []string  `json:"aliases"`
	Affected  []struct {
		Package struct {
			Name string `json:"name"`
		} `json:"package"`
	} `json:"affected"`
}

type moduleVuln struct {
	ID       string    `json:"id"`
	Modified time.Time `json:"modified"`
}

type module struct {
	Path  string       `json:"path"`
	Vulns []moduleVuln `json:"vulns"`
}

type vuln struct {
	ID       string    `json:"id"`
	Modified time.Time `json:"modified"`
	Aliases  []string  `json:"aliases,omitempty"`
}

func main() {
	osvDir := flag.String("osv", "", "folder of OSV JSON files (data/osv of golang.org/x/vulndb)")
	out := flag.String("out", "", "folder to write the database to (replaced)")
	stamp := flag.String("time", "", "YYYYMMDDhhmmss: the time of entries whose times are unset")
	flag.Parse()
	t, err := time.Parse("20060102150405", *stamp)
	if *osvDir == "" || *out == "" || err != nil {
		fmt.Fprintln(os.Stderr, "usage: vulndb -osv DIR -time YYYYMMDDhhmmss -out DIR")
		os.Exit(2)
	}
	if err := build(*osvDir, *out, t); err != nil {
		fmt.Fprintln(os.Stderr, "vulndb:", err)
		os.Exit(1)
	}
}

// build writes the database of the entries in osvDir to out. An entry
// whose "modified" is unset takes its "published" time, or unset too,
// stamp. It returns the first error of reading, parsing or writing.
func build(osvDir, out string, stamp time.Time) error {
	files, err := filepath.Glob(filepath.Join(osvDir, "GO-*.json"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no GO-*.json files in %s (%v)", osvDir, err)
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	for _, d := range []string{"index", "ID"} {
		if err := os.MkdirAll(filepath.Join(out, d), 0o755); err != nil {
			return err
		}
	}
	var ix index
	ix.modules = map[string]*module{}
	for _, f := range files {
		if err := ix.add(f, out, stamp); err != nil {
			return err
		}
	}
	return ix.write(out)
}

// index is what the files of index/ are built from.
type index struct {
	latest  time.Time
	modules map[string]*module
	vulns   []vuln
}

// add copies the entry of file f to out/ID and records it in ix.
func (ix *index) add(f, out string, stamp time.Time) error {
	b, err := os.ReadFile(f)
	if err != nil {
		return err
	}
	var e entry
	if err := json.Unmarshal(b, &e); err != nil {
		return fmt.Errorf("%s: %w", f, err)
	}
	if e.Modified.Year() < 2000 {
		e.Modified = e.Published
	}
	if e.Modified.Year() < 2000 {
		e.Modified = stamp
	}
	ix.latest = later(ix.latest, e.Modified)
	ix.vulns = append(ix.vulns, vuln{ID: e.ID, Modified: e.Modified, Aliases: e.Aliases})
	for _, a := range e.Affected {
		m := ix.modules[a.Package.Name]
		if m == nil {
			m = &module{Path: a.Package.Name}
			ix.modules[a.Package.Name] = m
		}
		if n := len(m.Vulns); n == 0 || m.Vulns[n-1].ID != e.ID {
			m.Vulns = append(m.Vulns, moduleVuln{ID: e.ID, Modified: e.Modified})
		}
	}
	return os.WriteFile(filepath.Join(out, "ID", e.ID+".json"), b, 0o644)
}

// write writes index/db.json, modules.json (by module path) and
// vulns.json under out.
func (ix *index) write(out string) error {
	mods := make([]*module, 0, len(ix.modules))
	for _, m := range ix.modules {
		mods = append(mods, m)
	}
	sort.Slice(mods, func(i, j int) bool { return mods[i].Path < mods[j].Path })
	for name, v := range map[string]any{"db.json": map[string]time.Time{"modified": ix.latest}, "modules.json": mods, "vulns.json": ix.vulns} {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, "index", name), b, 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("vulndb: %d entries, %d modules, latest %s\n", len(ix.vulns), len(mods), ix.latest.Format(time.DateOnly))
	return nil
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
