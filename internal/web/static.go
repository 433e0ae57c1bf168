package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"

	"bantin/templates"
)

// asset is one static file (stylesheet, script, icon) served under
// /static/NAME, read once at start.
type asset struct {
	name, version string // version: a hash of the body, the ?v= of asset URLs
	e             *entry // the body with its ETags and, unless plain, its gzip form
}

// assets holds the static files by name.
type assets map[string]*asset

// loadAssets reads every file of static/ in fsys (the embedded tree when
// fsys has no static folder, so that a templates override may leave it
// out), and the widget's script, embed.js, from its parts (widgetScript)
// unless static/ has it whole. It returns an error naming the file that
// cannot be read.
func loadAssets(fsys fs.FS) (assets, error) {
	out, err := staticAssets(fsys)
	if err != nil || out["embed.js"] != nil {
		return out, err
	}
	b, err := widgetScript(fsys)
	if err != nil {
		return nil, err
	}
	out["embed.js"] = newAsset("embed.js", b)
	return out, nil
}

// newAsset is the static file name with body b, versioned by its hash.
func newAsset(name string, b []byte) *asset {
	sum := sha256.Sum256(b)
	return &asset{name: name, version: hex.EncodeToString(sum[:6]), e: assetEntry(b, assetType(name))}
}

// staticAssets reads every file of static/ in fsys, or of the embedded
// tree's when fsys has no static folder.
func staticAssets(fsys fs.FS) (assets, error) {
	if _, err := fs.Stat(fsys, "static"); err != nil {
		fsys = templates.FS
	}
	sub, err := fs.Sub(fsys, "static")
	if err != nil {
		return nil, fmt.Errorf("web: static files: %w", err)
	}
	out := assets{}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, p)
		if err != nil {
			return fmt.Errorf("web: static file %s: %w", p, err)
		}
		out[p] = newAsset(p, b)
		return nil
	})
	return out, err
}

// assetType is the Content-Type of the static file p, by its extension.
func assetType(p string) string {
	ctype := mime.TypeByExtension(path.Ext(p))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	if strings.HasPrefix(ctype, "text/") && !strings.Contains(ctype, "charset") {
		ctype += "; charset=utf-8"
	}
	return ctype
}

// assetEntry returns body as a response entry, gzip-compressed now (at the
// best level: once a process) unless it is an image other than SVG or gzip
// does not make it smaller, in which case it is plain.
func assetEntry(body []byte, ctype string) *entry {
	e := newEntry(body, ctype, time.Time{}, false)
	e.plain = strings.HasPrefix(ctype, "image/") && !strings.HasPrefix(ctype, "image/svg")
	if !e.plain {
		var buf bytes.Buffer
		w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		w.Write(body)
		w.Close()
		e.plain = buf.Len() >= len(body)
		e.gzOnce.Do(func() { e.gz = buf.Bytes() })
	}
	return e
}

// url returns the versioned path of the asset called name: "/static/NAME?v=HASH".
// It panics on an unknown name, which only a template can give: the
// template tests catch it.
func (a assets) url(name string) string {
	f, ok := a[name]
	if !ok {
		panic("web: no static file " + name)
	}
	return "/static/" + name + "?v=" + f.version
}

// staticRoutes registers /static/{name...} and /favicon.ico (the PNG
// favicon, for clients that look there without reading the page).
func (s *Server) staticRoutes(mux router) {
	mux.Handle("GET /static/{name...}", s.handle("static", func(w http.ResponseWriter, r *http.Request) error {
		return s.serveAsset(w, r, r.PathValue("name"))
	}))
	mux.Handle("GET /favicon.ico", s.handle("static", func(w http.ResponseWriter, r *http.Request) error {
		return s.serveAsset(w, r, "favicon.png")
	}))
}

// serveAsset answers with the static file name as pages are answered
// (writeEntry: gzip when accepted, strong ETag and 304, HEAD): cached for a
// year (immutable) when the request carries its current version, for five
// minutes otherwise. An unknown name is a 404.
func (s *Server) serveAsset(w http.ResponseWriter, r *http.Request, name string) error {
	f, ok := s.assets[name]
	if !ok {
		return notFound("no such file: /static/%s", name)
	}
	cc := s.hdr.cacheControl
	if r.URL.Query().Get("v") == f.version {
		cc = s.hdr.immutable
	}
	s.writeEntry(w, r, f.e, cc)
	return nil
}
