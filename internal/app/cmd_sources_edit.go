package app

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
)

// sourcesEdit changes a source's name, topics, home province or feed URL
// in place, keeping its id, articles and item ids: before it, the only way
// was `sources remove` (which deletes the articles) and `sources add`.
// Only the flags given change anything; an empty value clears the field
// (an empty --name lets the next fetch take the feed's title again). A new
// --url is taken as a permanent redirect takes it (store.EditSource): for
// a feed that moved without one; the fetch state starts over. The new URL
// is refused when another source has it, and read first and refused when
// it is not a feed that answers, unless --no-check (newURLOK).
func sourcesEdit(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("edit ID|URL [--name NAME] [--topic SLUG[,SLUG]] [--province SLUG] [--url URL [--no-check]]")
	name := fs.String("name", "", `display name of the source ("": the feed's title, at its next fetch)`)
	topic := listVar(fs, "topic", `topic slugs of a category feed, comma-separated or repeated ("": none)`)
	province := fs.String("province", "", `home province slug of a provincial paper ("": none)`)
	feedURL := fs.String("url", "", "the feed's new URL, when it moved without a permanent redirect (the old one is remembered as moved)")
	noCheck := fs.Bool("no-check", false, "with --url: save the new URL without first reading a feed from it")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || fs.Arg(0) == "" {
		return usageError("sources edit takes one source ID or feed URL (see 'bantin sources list')")
	}
	edit, err := sourceEditOf(fs, *name, topic.Slugs(), *province, *feedURL)
	if err != nil {
		return err
	}
	id, u, err := parseSourceArg(fs.Arg(0))
	if err != nil {
		return err
	}
	m, err := env.openExisting(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	if id, err = m.sourceID(ctx, id, u); err != nil {
		return err
	}
	if err := m.newURLOK(ctx, env, id, edit.URL, !*noCheck); err != nil {
		return err
	}
	before, after, err := m.Store.EditSource(ctx, id, edit)
	switch {
	case errors.Is(err, model.ErrNotFound):
		return fmt.Errorf("no source with ID %d (see 'bantin sources list')", id)
	case errors.Is(err, model.ErrConflict) && edit.URL != nil: // taken since urlFree looked
		return cmp.Or(m.urlFree(ctx, id, edit.URL), err)
	case err != nil:
		return err
	}
	reportSourceEdit(env, before, after)
	if before.URL != after.URL {
		warnRefused(env, m.Config, after.URL)
	}
	return nil
}

// urlFree returns nil when the source with id may take the feed URL to
// (nil: no new URL), else an error naming the source whose URL (now, or
// before a permanent redirect moved it) it is, as a fetch that is
// redirected onto another source's URL says.
func (m *Main) urlFree(ctx context.Context, id int64, to *string) error {
	if to == nil {
		return nil
	}
	if o, err := m.Store.SourceByURL(ctx, *to); err == nil && o.ID != id {
		return fmt.Errorf("%s is the URL of source %d: remove one of the two first; nothing changed (see 'bantin sources list')", *to, o.ID)
	} else if err != nil && !errors.Is(err, model.ErrNotFound) {
		return err
	}
	if o, err := m.Store.MovedSource(ctx, *to); err == nil && o.ID != id {
		return fmt.Errorf("%s %s; nothing changed (see 'bantin sources list')", *to, movedText(&store.MovedError{URL: *to, To: o}))
	} else if err != nil && !errors.Is(err, model.ErrNotFound) {
		return err
	}
	return nil
}

// sourceEditOf is the edit the flags given on fs ask for, with their
// slugs checked; a usage error when none was given or a slug is unknown.
func sourceEditOf(fs *flag.FlagSet, name string, topics []string, province, feedURL string) (store.SourceEdit, error) {
	edit := store.SourceEdit{MovedAt: time.Now()}
	var urlErr error
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "name":
			n := strings.TrimSpace(name)
			edit.Name = &n
		case "topic":
			edit.DefaultTopics = &topics
		case "province":
			edit.HomeProvince = &province
		case "url":
			var u string
			u, urlErr = checkFeedURL(feedURL)
			edit.URL = &u
		}
	})
	if edit.Name == nil && edit.DefaultTopics == nil && edit.HomeProvince == nil && edit.URL == nil {
		return edit, usageError("sources edit: give --name, --topic, --province (an empty value clears it) or --url")
	}
	if urlErr != nil {
		return edit, urlErr
	}
	return edit, checkSourceSlugs(topics, province)
}

// reportSourceEdit prints each field the edit changed, and that the stored
// articles keep their tags until `bantin reclassify` when topics or the
// home province changed.
func reportSourceEdit(env *cmdEnv, before, after model.Source) {
	var changed []string
	field := func(label, was, now string) {
		if was != now {
			changed = append(changed, fmt.Sprintf("%s %q (was %q)", label, now, was))
		}
	}
	field("name", before.Name, after.Name)
	field("topics", strings.Join(before.DefaultTopics, ","), strings.Join(after.DefaultTopics, ","))
	field("province", before.HomeProvince, after.HomeProvince)
	field("url", before.URL, after.URL)
	if len(changed) == 0 {
		fmt.Fprintf(env.Stdout, "source %d is unchanged: %s\n", after.ID, after.URL)
		return
	}
	fmt.Fprintf(env.Stdout, "edited source %d (%s): %s\n", after.ID, after.URL, strings.Join(changed, ", "))
	if before.URL != after.URL {
		revived := ""
		if before.Retired() {
			revived = " (it was retired: it is active again)"
		}
		fmt.Fprintf(env.Stdout, "its failures and backoff are reset%s and it is due now: the next fetch reads the new URL; "+
			"the old one is remembered as moved (adding it again names this source)\n", revived)
	}
	if after.Name == "" && before.Name != "" {
		fmt.Fprintln(env.Stdout, "its next fetch names it from its feed's title")
	}
	if !slices.Equal(before.DefaultTopics, after.DefaultTopics) || before.HomeProvince != after.HomeProvince {
		fmt.Fprintln(env.Stdout, "its new articles are tagged so; run 'bantin reclassify' to re-tag those already stored")
	}
}

// alreadySource is the error of adding u, a source's URL: it names the
// source, and the command that changes its name, topics or province (what
// an operator adding it again with other flags wants). A failing look-up
// is returned as itself (wrapped): an interrupt reads "interrupted" and a
// store failure is not passed off as the URL being taken; only a source
// gone since the conflict (model.ErrNotFound) gets the plain message.
func alreadySource(ctx context.Context, m *Main, u string) error {
	src, err := m.Store.SourceByURL(ctx, u)
	if errors.Is(err, model.ErrNotFound) {
		return fmt.Errorf("%s is already a source (see 'bantin sources list')", u)
	}
	if err != nil {
		return fmt.Errorf("%s was not added; looking it up: %w", u, err)
	}
	return fmt.Errorf("%s is already a source (source %d); nothing added: 'bantin sources edit %d' changes its name, topics or province",
		u, src.ID, src.ID)
}
