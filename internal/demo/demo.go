// Package demo holds the offline demonstration of `bantin serve --demo`:
// five sample Vietnamese feeds served on loopback by the process itself.
// Their articles were written for bantin (articles.json; no paper's text),
// about made-up outlets, with publication times relative to the start so
// that they are always this week's news. Some stories are told by several
// outlets, so that the front page ranks them and their full coverage shows.
package demo

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net"
	"net/http"
	"strings"
	"time"
)

//go:embed articles.json
var articlesJSON []byte

// Feed is one sample outlet's feed.
type Feed struct {
	Slug, Name string
}

// Feeds are the sample outlets, in the order they are added as sources.
var Feeds = []Feed{
	{"thoi-su", "Thời sự Mẫu"},
	{"tin-nhanh", "Tin Nhanh Mẫu"},
	{"mien-bac", "Báo Miền Bắc Mẫu"},
	{"mien-trung", "Báo Miền Trung Mẫu"},
	{"mien-nam", "Báo Miền Nam Mẫu"},
}

// article is one line of articles.json.
type article struct {
	Feed, Key, Title, Summary, Category, Image string
	Hours                                      float64 // before the start, scaled (see Start)
}

// Server serves the sample feeds, their article pages and images.
type Server struct {
	URL  string // http://127.0.0.1:PORT
	srv  *http.Server
	arts []article
	pub  map[string]time.Time // by key
}

// Start serves the feeds on a free loopback port. Articles are dated
// before now by their hours; span, when shorter than the oldest article's
// age, compresses every age in proportion so that all fall within span
// (the demo's digest covers the current week, which may have just begun).
// It returns an error when the data does not parse or no port is free.
func Start(now time.Time, span time.Duration) (*Server, error) {
	var arts []article
	if err := json.Unmarshal(articlesJSON, &arts); err != nil {
		return nil, fmt.Errorf("demo: articles.json: %w", err)
	}
	oldest := 0.0
	for _, a := range arts {
		oldest = max(oldest, a.Hours)
	}
	scale := 1.0
	if full := time.Duration(oldest * float64(time.Hour)); span > 0 && span < full {
		scale = float64(span) / float64(full)
	}
	s := &Server{arts: arts, pub: map[string]time.Time{}}
	for _, a := range arts {
		s.pub[a.Key] = now.Add(-time.Duration(a.Hours * scale * float64(time.Hour))).Truncate(time.Second)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("demo: listen on loopback: %w", err)
	}
	s.URL = "http://" + ln.Addr().String()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{feed}", s.feed)
	mux.HandleFunc("GET /bai/{key}", s.page)
	mux.HandleFunc("GET /anh/{name}", s.image)
	s.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go s.srv.Serve(ln) // a failure shows in the fetches of the feeds
	return s, nil
}

// Close stops the server at once, closing its listener and connections;
// it returns the listener's Close error.
func (s *Server) Close() error { return s.srv.Close() }

// FeedURL returns the URL of the sample feed slug.
func (s *Server) FeedURL(slug string) string { return s.URL + "/" + slug + ".rss" }

func (s *Server) feed(w http.ResponseWriter, r *http.Request) {
	slug := strings.TrimSuffix(r.PathValue("feed"), ".rss")
	var name string
	for _, f := range Feeds {
		if f.Slug == slug {
			name = f.Name
		}
	}
	if name == "" {
		http.NotFound(w, r)
		return
	}
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<rss version="2.0"><channel>`)
	el(&b, "title", name)
	el(&b, "link", s.URL+"/")
	el(&b, "description", name+": bản tin mẫu của bantin --demo (bài viết minh họa, không phải tin thật).")
	el(&b, "language", "vi")
	for _, a := range s.arts {
		if a.Feed != slug {
			continue
		}
		link := s.URL + "/bai/" + a.Key + ".html"
		b.WriteString("<item>")
		el(&b, "title", a.Title)
		el(&b, "link", link)
		el(&b, "guid", link)
		el(&b, "category", a.Category)
		desc := a.Summary
		if a.Image != "" {
			desc = `<img src="` + s.URL + "/anh/" + a.Image + `.png" alt=""> ` + desc
		}
		el(&b, "description", desc)
		el(&b, "pubDate", s.pub[a.Key].Format(time.RFC1123Z))
		b.WriteString("</item>")
	}
	b.WriteString("</channel></rss>\n")
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	w.Write(b.Bytes())
}

// el writes <name>text</name> with text escaped.
func el(b *bytes.Buffer, name, text string) {
	b.WriteString("<" + name + ">")
	xml.EscapeText(b, []byte(text))
	b.WriteString("</" + name + ">")
}

// page is an article's page on the sample outlet's site.
func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	key := strings.TrimSuffix(r.PathValue("key"), ".html")
	for _, a := range s.arts {
		if a.Key != key {
			continue
		}
		var b bytes.Buffer
		b.WriteString(`<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>`)
		xml.EscapeText(&b, []byte(a.Title))
		b.WriteString(`</title><body><p><em>Bài mẫu của bantin --demo, không phải tin thật.</em></p><h1>`)
		xml.EscapeText(&b, []byte(a.Title))
		b.WriteString(`</h1><p>`)
		xml.EscapeText(&b, []byte(a.Summary))
		b.WriteString("</p></body></html>\n")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b.Bytes())
		return
	}
	http.NotFound(w, r)
}

// image draws a gradient picture for a story, coloured by its name.
func (s *Server) image(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSuffix(r.PathValue("name"), ".png")
	if len(name) != 1 {
		http.NotFound(w, r)
		return
	}
	hue := uint8(name[0]) * 37
	img := image.NewRGBA(image.Rect(0, 0, 320, 200))
	for y := range 200 {
		for x := range 320 {
			img.Set(x, y, color.RGBA{hue + uint8(x/4), uint8(y) + hue/2, 200 - uint8(x/3), 255})
		}
	}
	w.Header().Set("Content-Type", "image/png")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	png.Encode(w, img)
}
