package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"bantin/internal/model"
	"bantin/internal/opml"
	"bantin/internal/store"
)

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
	entries, err := opml.Read(in)
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	m, err := env.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	added, present, invalid := 0, 0, 0
	for _, e := range entries {
		switch r, err := importEntry(ctx, env, m, e); {
		case interruptedBy(ctx, err):
			return fmt.Errorf("interrupted: %d of %d entries read, %d %s added, %d already present; "+
				"run the same import again to finish (those added come out already present)",
				added+present+invalid, len(entries), added, plural(added, "source", "sources"), present)
		case err != nil:
			return err
		case r == entryAdded:
			added++
		case r == entryPresent:
			present++
		default:
			invalid++
		}
	}
	fmt.Fprintf(env.Stdout, "imported %d %s, %d already present, %d invalid\n", added, plural(added, "source", "sources"), present, invalid)
	if invalid > 0 {
		return fmt.Errorf("%d %s skipped (named above); the others were imported", invalid,
			plural(invalid, "entry with no http(s) feed URL was", "entries with no http(s) feed URL were"))
	}
	return nil
}

// What importEntry did with one OPML entry.
const (
	entryAdded = iota
	entryPresent
	entryInvalid
)

// importEntry adds the source of one OPML entry and says which of
// entryAdded, entryPresent (its URL is a source's, or was one before a
// move) and entryInvalid (no usable http(s) URL, named on stderr) it was;
// it returns any other store error.
func importEntry(ctx context.Context, env *cmdEnv, m *Main, e opml.Outline) (int, error) {
	u, uerr := checkFeedURL(e.XMLURL)
	if uerr != nil {
		why := "not an http(s) URL"
		if len(e.XMLURL) > maxFeedURL {
			why = fmt.Sprintf("%d bytes long, at most %d", len(e.XMLURL), maxFeedURL)
		}
		fmt.Fprintf(env.Stderr, "skipped %q: %s\n", quoteClip(e.XMLURL), why)
		return entryInvalid, nil
	}
	src := model.Source{URL: u, Name: opmlName(e), NextFetchAt: time.Now()}
	src.DefaultTopics, src.HomeProvince = opmlTags(m.Catalog, e, env.Stderr)
	err := m.Store.AddSource(ctx, &src)
	if moved, ok := errors.AsType[*store.MovedError](err); ok {
		fmt.Fprintf(env.Stderr, "skipped %s: %s\n", u, movedText(moved))
	}
	switch {
	case errors.Is(err, model.ErrConflict):
		return entryPresent, nil
	case err != nil:
		return 0, err
	}
	return entryAdded, nil
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
	doc := opml.Doc{Title: "bantin sources", Created: time.Now().UTC().Format(time.RFC1123Z)}
	for _, s := range srcs {
		if s.Retired() {
			continue
		}
		doc.Body = append(doc.Body, opml.Outline{Text: firstNonEmpty(s.Name, s.URL), Title: s.Name, Type: "rss",
			XMLURL: s.URL, Category: strings.Join(s.DefaultTopics, ","), Province: s.HomeProvince})
	}
	body, err := doc.Marshal()
	if err != nil {
		return err
	}
	_, err = env.Stdout.Write(body)
	return err
}

// opmlName is the name an outline gives its source: its title, else its
// text unless that is only the feed's URL, which export-opml writes as the
// text of a source without a name (OPML requires one): such a source stays
// unnamed and takes its feed's title at its first fetch.
func opmlName(e opml.Outline) string {
	if t := strings.TrimSpace(e.Title); t != "" {
		return t
	}
	if t := strings.TrimSpace(e.Text); t != strings.TrimSpace(e.XMLURL) {
		return t
	}
	return ""
}

// opmlTags returns the topics and home province an outline gives its
// source, as export-opml writes them: the category attribute's topic slugs
// (a leading "/" allowed) and the province attribute. What is not a topic
// or a current province is reported on warn and left out: the feed is
// imported all the same.
func opmlTags(cat *model.Catalog, e opml.Outline, warn io.Writer) (topics []string, province string) {
	for _, c := range strings.Split(e.Category, ",") {
		slug := strings.TrimPrefix(strings.TrimSpace(c), "/")
		if slug == "" {
			continue
		}
		if cat.CheckTopics(slug) != nil {
			fmt.Fprintf(warn, "%s: category %q is not a topic slug: left out\n", e.XMLURL, strings.TrimSpace(c))
			continue
		}
		topics = append(topics, slug)
	}
	if p := strings.TrimSpace(e.Province); p != "" {
		if cat.CheckProvinces(false, p) != nil {
			fmt.Fprintf(warn, "%s: province %q is not a current province slug: left out\n", e.XMLURL, p)
		} else {
			province = p
		}
	}
	return topics, province
}

// plural returns one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// count is n followed by the noun's form for n: "1 article", "2 articles".
func count(n int, one, many string) string {
	return fmt.Sprintf("%d %s", n, plural(n, one, many))
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}
