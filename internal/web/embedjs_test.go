package web

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"bantin/templates"
)

// TestWidgetScriptParts: the widget's script is its parts joined in the
// order of their names, byte for byte (no separator added: the served
// script, its hash and the goldens naming it do not depend on where it is
// cut); each part is under 300 lines; a templates folder's part replaces
// the embedded one, its static/embed.js the whole script; a folder of no
// parts is an error naming it.
func TestWidgetScriptParts(t *testing.T) {
	embedded, err := widgetScript(templates.FS)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := fs.ReadDir(templates.FS, widgetParts)
	if err != nil || len(entries) < 2 {
		t.Fatalf("parts: %d, %v", len(entries), err)
	}
	var joined []byte
	for _, e := range entries {
		b, _ := fs.ReadFile(templates.FS, widgetParts+"/"+e.Name())
		if n := bytes.Count(b, []byte("\n")); strings.HasSuffix(e.Name(), ".js") && n >= 300 {
			t.Errorf("part %s: %d lines, want under 300", e.Name(), n)
		}
		if strings.HasSuffix(e.Name(), ".js") {
			joined = append(joined, b...)
		}
	}
	if !bytes.Equal(embedded, joined) || !bytes.HasPrefix(embedded, []byte("// bantin's embeddable widget")) ||
		!bytes.HasSuffix(embedded, []byte("customElements.define('bantin-feed', BantinFeed);\n})();\n")) {
		t.Errorf("the script is not its parts joined whole (%d bytes)", len(embedded))
	}
	a, err := loadAssets(templates.FS)
	if err != nil || a["embed.js"] == nil || !bytes.Equal(a["embed.js"].e.body, embedded) {
		t.Fatalf("assets: embed.js is not the joined parts (%v)", err)
	}
	for _, tt := range []struct {
		name string
		fsys fstest.MapFS
		want string // in the script, or the error when err
		err  bool
	}{
		{"a part replaced", fstest.MapFS{"embed/3-element.js": {Data: []byte("/*3*/\n")}}, "/*3*/\n", false},
		{"the whole script", fstest.MapFS{"static/embed.js": {Data: []byte("/*whole*/")}, "embed/1-setup.js": {Data: []byte("x")}}, "/*whole*/", false},
		{"no parts", fstest.MapFS{"embed/README": {Data: []byte("x")}}, "no .js part in embed/", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var fsys fs.FS = tt.fsys
			if tt.name == "a part replaced" {
				fsys = layered{top: tt.fsys, base: templates.FS}
			}
			a, err := loadAssets(fsys)
			if tt.err {
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Errorf("error %v, want one saying %q", err, tt.want)
				}
				return
			}
			if err != nil || a["embed.js"] == nil {
				t.Fatalf("assets: %v", err)
			}
			if got := string(a["embed.js"].e.body); !strings.Contains(got, tt.want) || (tt.name == "a part replaced" && strings.Contains(got, "class BantinFeed")) {
				t.Errorf("script %.80q…, want %q in place", got, tt.want)
			}
		})
	}
}

// layered reads a file from top when top has it, else from base; a folder
// lists both (the templates folder's overlay, as internal/app builds it).
type layered struct{ top, base fs.FS }

func (l layered) Open(name string) (fs.File, error) {
	if f, err := l.top.Open(name); err == nil {
		if st, _ := f.Stat(); st == nil || !st.IsDir() {
			return f, nil
		}
		f.Close()
	}
	return l.base.Open(name)
}

func (l layered) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]fs.DirEntry{}
	for _, f := range []fs.FS{l.base, l.top} {
		es, _ := fs.ReadDir(f, name)
		for _, e := range es {
			seen[e.Name()] = e
		}
	}
	var out []fs.DirEntry
	for _, e := range seen {
		out = append(out, e)
	}
	return out, nil
}
