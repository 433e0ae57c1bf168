package app

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"bantin/internal/model"
)

type opmlDoc struct {
	XMLName xml.Name    `xml:"opml"`
	Version string      `xml:"version,attr"`
	Title   string      `xml:"head>title"`
	Created string      `xml:"head>dateCreated,omitempty"`
	Body    []opmlEntry `xml:"body>outline"`
}

type opmlEntry struct {
	Text     string      `xml:"text,attr"`
	Title    string      `xml:"title,attr,omitempty"`
	Type     string      `xml:"type,attr,omitempty"`
	XMLURL   string      `xml:"xmlUrl,attr,omitempty"`
	Category string      `xml:"category,attr,omitempty"`
	Children []opmlEntry `xml:"outline"`
}

// readOPML returns the feed outlines of an OPML document, flattening
// folders. It returns an error naming the problem for a file that is not
// OPML or holds no feed.
func readOPML(r io.Reader) ([]opmlEntry, error) {
	var doc opmlDoc
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		return nil, fmt.Errorf("not an OPML file: %w", err)
	}
	var out []opmlEntry
	var walk func([]opmlEntry)
	walk = func(es []opmlEntry) {
		for _, e := range es {
			if e.XMLURL != "" {
				out = append(out, e)
			}
			walk(e.Children)
		}
	}
	walk(doc.Body)
	if len(out) == 0 {
		return nil, errors.New("the OPML file has no outline with an xmlUrl")
	}
	return out, nil
}

func sourcesImport(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("import-opml FILE|-")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("import-opml takes one file (or - for standard input)")
	}
	var in io.Reader = env.Stdin
	if fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	entries, err := readOPML(in)
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	m, err := env.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	added, skipped := 0, 0
	for _, e := range entries {
		u, uerr := checkFeedURL(e.XMLURL)
		if uerr != nil {
			fmt.Fprintf(env.Stderr, "skipped %q: not an http(s) URL\n", e.XMLURL)
			skipped++
			continue
		}
		src := model.Source{URL: u, Name: firstNonEmpty(e.Title, e.Text), NextFetchAt: time.Now()}
		switch err := m.Store.AddSource(ctx, &src); {
		case errors.Is(err, model.ErrConflict):
			skipped++
		case err != nil:
			return err
		default:
			added++
		}
	}
	fmt.Fprintf(env.Stdout, "imported %d sources, skipped %d (already present or invalid)\n", added, skipped)
	return nil
}

func sourcesExport(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("export-opml")
	m, err := env.parseAndOpen(ctx, fs, args)
	if err != nil {
		return err
	}
	defer m.Close()
	srcs, err := m.Store.Sources(ctx)
	if err != nil {
		return err
	}
	doc := opmlDoc{Version: "2.0", Title: "bantin sources", Created: time.Now().UTC().Format(time.RFC1123Z)}
	for _, s := range srcs {
		if s.Retired() {
			continue
		}
		doc.Body = append(doc.Body, opmlEntry{Text: firstNonEmpty(s.Name, s.URL), Title: s.Name, Type: "rss",
			XMLURL: s.URL, Category: strings.Join(s.DefaultTopics, ",")})
	}
	io.WriteString(env.Stdout, xml.Header)
	enc := xml.NewEncoder(env.Stdout)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err = io.WriteString(env.Stdout, "\n")
	return err
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}
