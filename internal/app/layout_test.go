package app

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// pkgImports is one bantin package and what its non-test files import,
// from `go list`, the ground truth of the dependency graph.
type pkgImports struct {
	path    string
	imports []string
}

// listImports runs go list over the module.
func listImports(t *testing.T) []pkgImports {
	t.Helper()
	cmd := exec.Command("go", "list", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "bantin/...")
	cmd.Dir = "../.."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	var pkgs []pkgImports
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		pkgs = append(pkgs, pkgImports{path: f[0], imports: f[1:]})
	}
	return pkgs
}

// moduleOf returns the library of a third-party import: the path up to
// the element that makes it unique per library (host/owner/repo, with
// gopkg.in forms), or "" for the standard library and bantin itself. The
// golang.org/x/ repositories are collections of unrelated libraries (x/net
// holds an HTML parser, the public suffix list, IDNA, HTTP/2…), so there
// the library is the package below the repository: golang.org/x/net/html
// (with its subpackage html/atom) and golang.org/x/net/idna count apart.
func moduleOf(imp string) string {
	parts := strings.Split(imp, "/")
	switch {
	case !strings.Contains(parts[0], "."), parts[0] == "bantin":
		return ""
	case parts[0] == "gopkg.in" || parts[0] == "modernc.org":
		return strings.Join(parts[:2], "/")
	case parts[0] == "golang.org" && len(parts) > 1 && parts[1] == "x":
		return strings.Join(parts[:min(4, len(parts))], "/")
	}
	return strings.Join(parts[:min(3, len(parts))], "/")
}

// layoutViolations checks DESIGN §1's dependency rules on pkgs and returns
// one line per broken rule.
func layoutViolations(pkgs []pkgImports) []string {
	const (
		app, web, pipeline = "bantin/internal/app", "bantin/internal/web", "bantin/internal/pipeline"
		digest, schedule   = "bantin/internal/digest", "bantin/internal/schedule"
	)
	var bad []string
	users := map[string][]string{} // third-party library → bantin packages importing it
	for _, p := range pkgs {
		for _, imp := range p.imports {
			if lib := moduleOf(imp); lib != "" && !slices.Contains(users[lib], p.path) {
				users[lib] = append(users[lib], p.path)
			}
			switch {
			case (p.path == pipeline || p.path == digest) && slices.Contains([]string{pipeline, digest, web, app}, imp):
				bad = append(bad, fmt.Sprintf("%s imports %s: pipeline and digest import neither each other nor web or app", p.path, imp))
			case slices.Contains([]string{web, pipeline, digest, schedule}, imp) && p.path != app:
				bad = append(bad, fmt.Sprintf("%s imports %s: only internal/app may", p.path, imp))
			case strings.HasPrefix(imp, "bantin/cmd/"):
				bad = append(bad, fmt.Sprintf("%s imports %s: nothing imports cmd/", p.path, imp))
			case (strings.HasPrefix(p.path, "bantin/feeds") || strings.HasPrefix(p.path, "bantin/mailer")) &&
				strings.HasPrefix(imp, "bantin/internal/"):
				bad = append(bad, fmt.Sprintf("%s imports %s: the public packages know nothing of internal/", p.path, imp))
			}
		}
	}
	for lib, ps := range users {
		if len(ps) > 1 {
			slices.Sort(ps)
			bad = append(bad, fmt.Sprintf("%s is imported by %d packages (%s): each library has one importer", lib, len(ps), strings.Join(ps, ", ")))
		}
	}
	slices.Sort(bad)
	return bad
}

// TestLayout keeps DESIGN §1: pipeline and digest import neither each other
// nor web or app; only app imports web, pipeline, digest and schedule;
// nothing imports cmd/; feeds and mailer import nothing internal; each
// third-party library is imported by one package. Test files are not
// counted: a test may drive the whole program.
func TestLayout(t *testing.T) {
	for _, v := range layoutViolations(listImports(t)) {
		t.Error(v)
	}
}

// TestLayoutCatches shows the checker failing on each kind of forbidden
// import, so that TestLayout cannot pass by checking nothing.
func TestLayoutCatches(t *testing.T) {
	for _, tt := range []struct {
		name string
		pkgs []pkgImports
		want string
	}{
		{"digest imports pipeline", []pkgImports{{"bantin/internal/digest", []string{"bantin/internal/pipeline"}}}, "pipeline and digest"},
		{"pipeline imports web", []pkgImports{{"bantin/internal/pipeline", []string{"bantin/internal/web"}}}, "pipeline and digest"},
		{"store imports schedule", []pkgImports{{"bantin/internal/store", []string{"bantin/internal/schedule"}}}, "only internal/app may"},
		{"cmd imports web", []pkgImports{{"bantin/cmd/bantin", []string{"bantin/internal/web"}}}, "only internal/app may"},
		{"feeds imports model", []pkgImports{{"bantin/feeds", []string{"bantin/internal/model"}}}, "know nothing of internal/"},
		{"two gofeed importers", []pkgImports{{"bantin/internal/ingest", []string{"github.com/mmcdole/gofeed/rss"}},
			{"bantin/internal/web", []string{"github.com/mmcdole/gofeed"}}}, "github.com/mmcdole/gofeed is imported by 2"},
		{"two x/net/html importers", []pkgImports{{"bantin/internal/ingest", []string{"golang.org/x/net/html"}},
			{"bantin/internal/web", []string{"golang.org/x/net/html/atom"}}}, "golang.org/x/net/html is imported by 2"},
		{"x/net/html and x/net/idna are two libraries", []pkgImports{{"bantin/internal/ingest", []string{"golang.org/x/net/html"}},
			{"bantin/internal/web", []string{"golang.org/x/net/idna"}}}, ""},
		{"app may import everything", []pkgImports{{"bantin/internal/app", []string{"bantin/internal/web", "bantin/internal/digest"}}}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(layoutViolations(tt.pkgs), "\n")
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("violations %q, want one containing %q", got, tt.want)
			}
		})
	}
}
