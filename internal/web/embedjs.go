package web

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"bantin/templates"
)

// widgetParts is the folder of the widget's script (templates/embed): its
// .js files, joined in the order of their names, are the one script served
// as /embed.js. They are parts of one closure — the request map, style
// sheet and date format that the element's class shares — kept in files
// of a readable size, not scripts of their own: a part alone does not
// parse. A templates folder may replace a part, or give static/embed.js,
// which replaces the whole script.
const widgetParts = "embed"

// widgetScript returns the widget's script: the parts in fsys's embed
// folder (the embedded tree's when fsys has none) joined as they are, or
// an error naming the part that cannot be read, or saying there is none.
func widgetScript(fsys fs.FS) ([]byte, error) {
	if _, err := fs.Stat(fsys, widgetParts); err != nil {
		fsys = templates.FS
	}
	entries, err := fs.ReadDir(fsys, widgetParts)
	if err != nil {
		return nil, fmt.Errorf("web: the widget's script: %w", err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".js") {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("web: the widget's script: no .js part in %s/", widgetParts)
	}
	slices.Sort(names)
	var b bytes.Buffer
	for _, n := range names {
		part, err := fs.ReadFile(fsys, path.Join(widgetParts, n))
		if err != nil {
			return nil, fmt.Errorf("web: the widget's script, part %s: %w", n, err)
		}
		b.Write(part)
	}
	return b.Bytes(), nil
}
