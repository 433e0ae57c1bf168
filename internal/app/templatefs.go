package app

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	"bantin/templates"
)

// templateFS returns the templates the pages and mails are made from: the
// embedded ones, under the operator's folder when BANTIN_TEMPLATES_DIR is
// set (overlayFS: a file the folder has replaces the embedded one, the
// others stay), so that changing one page means copying that page only.
func (m *Main) templateFS() fs.FS {
	if m.Config.TemplatesDir != "" {
		return overlayFS{top: os.DirFS(m.Config.TemplatesDir), base: templates.FS}
	}
	return templates.FS
}

// overlayFS reads a file from top when top has it, else from base; a
// folder lists the entries of both (top's where both have one name), so
// that fs.Glob, fs.WalkDir and fs.Sub see the merged tree.
type overlayFS struct{ top, base fs.FS }

// Open opens name in top, else in base. An error of top other than "does
// not exist" (a file it cannot read) is returned, not hidden by base.
// A folder is opened in whichever tree has it, listing the merged entries.
// A file whose Stat fails is closed and the error returned, no file.
func (o overlayFS) Open(name string) (fs.File, error) {
	f, err := o.top.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		f, err = o.base.Open(name)
	}
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !st.IsDir() {
		return f, nil
	}
	entries, err := o.ReadDir(name)
	if err != nil {
		f.Close()
		return nil, err
	}
	return &overlayDir{File: f, entries: entries}, nil
}

// overlayDir is an open folder of an overlayFS: its own Stat and Close, the
// merged entries.
type overlayDir struct {
	fs.File
	entries []fs.DirEntry
}

// ReadDir returns the next n entries (all that are left when n <= 0), as
// fs.ReadDirFile says.
func (d *overlayDir) ReadDir(n int) ([]fs.DirEntry, error) {
	if n <= 0 {
		rest := d.entries
		d.entries = nil
		return rest, nil
	}
	if len(d.entries) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(d.entries))
	next := d.entries[:n]
	d.entries = d.entries[n:]
	return next, nil
}

// ReadDir lists name in both trees, sorted by name, top's entry first.
// It fails only when neither has the folder.
func (o overlayFS) ReadDir(name string) ([]fs.DirEntry, error) {
	top, errTop := fs.ReadDir(o.top, name)
	base, errBase := fs.ReadDir(o.base, name)
	if errTop != nil && !errors.Is(errTop, fs.ErrNotExist) {
		return nil, errTop
	}
	if errTop != nil && errBase != nil {
		return nil, errBase
	}
	seen := make(map[string]bool, len(top))
	for _, e := range top {
		seen[e.Name()] = true
	}
	for _, e := range base {
		if !seen[e.Name()] {
			top = append(top, e)
		}
	}
	slices.SortFunc(top, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return top, nil
}
