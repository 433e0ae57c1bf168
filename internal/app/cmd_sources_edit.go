package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"

	"bantin/internal/model"
	"bantin/internal/store"
)

// sourcesEdit changes a source's name, topics or home province in place,
// keeping its id, articles, item ids and fetch state: before it, the only
// way was `sources remove` (which deletes the articles) and `sources add`.
// Only the flags given change anything; an empty value clears the field
// (an empty --name lets the next fetch take the feed's title again).
func sourcesEdit(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("edit ID|URL [--name NAME] [--topic SLUG[,SLUG]] [--province SLUG]")
	name := fs.String("name", "", `display name of the source ("": the feed's title, at its next fetch)`)
	topic := listVar(fs, "topic", `topic slugs of a category feed, comma-separated or repeated ("": none)`)
	province := fs.String("province", "", `home province slug of a provincial paper ("": none)`)
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || fs.Arg(0) == "" {
		return usageError("sources edit takes one source ID or feed URL (see 'bantin sources list')")
	}
	edit, err := sourceEditOf(fs, *name, topic.Slugs(), *province)
	if err != nil {
		return err
	}
	id, u, err := parseSourceArg(fs.Arg(0))
	if err != nil {
		return err
	}
	m, err := env.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	if id, err = m.sourceID(ctx, id, u); err != nil {
		return err
	}
	before, after, err := m.Store.EditSource(ctx, id, edit)
	if errors.Is(err, model.ErrNotFound) {
		return fmt.Errorf("no source with ID %d (see 'bantin sources list')", id)
	}
	if err != nil {
		return err
	}
	reportSourceEdit(env, before, after)
	return nil
}

// sourceEditOf is the edit the flags given on fs ask for, with their
// slugs checked; a usage error when none was given or a slug is unknown.
func sourceEditOf(fs *flag.FlagSet, name string, topics []string, province string) (store.SourceEdit, error) {
	var edit store.SourceEdit
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "name":
			n := strings.TrimSpace(name)
			edit.Name = &n
		case "topic":
			edit.DefaultTopics = &topics
		case "province":
			edit.HomeProvince = &province
		}
	})
	if edit.Name == nil && edit.DefaultTopics == nil && edit.HomeProvince == nil {
		return edit, usageError("sources edit: give --name, --topic or --province (an empty value clears it)")
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
	if len(changed) == 0 {
		fmt.Fprintf(env.Stdout, "source %d is unchanged: %s\n", after.ID, after.URL)
		return
	}
	fmt.Fprintf(env.Stdout, "edited source %d (%s): %s\n", after.ID, after.URL, strings.Join(changed, ", "))
	if after.Name == "" && before.Name != "" {
		fmt.Fprintln(env.Stdout, "its next fetch names it from its feed's title")
	}
	if !slices.Equal(before.DefaultTopics, after.DefaultTopics) || before.HomeProvince != after.HomeProvince {
		fmt.Fprintln(env.Stdout, "its new articles are tagged so; run 'bantin reclassify' to re-tag those already stored")
	}
}
