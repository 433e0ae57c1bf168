package app

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"time"

	"bantin/internal/config"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/store"
)

func runSources(ctx context.Context, env *cmdEnv, args []string) error {
	return dispatch(ctx, env, args, "add URL | list | edit ID|URL | remove ID|URL… | import-opml FILE | export-opml",
		subcommand{"add", sourcesAdd}, subcommand{"list", sourcesList}, subcommand{"edit", sourcesEdit},
		subcommand{"remove", sourcesRemove},
		subcommand{"import-opml", sourcesImport}, subcommand{"export-opml", sourcesExport})
}

func sourcesAdd(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("add URL [--name NAME] [--topic SLUG[,SLUG]] [--province SLUG]")
	name := fs.String("name", "", "display name of the source")
	topic := listVar(fs, "topic", "topic slugs of a category feed, comma-separated or repeated")
	province := fs.String("province", "", "home province slug of a provincial paper")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("sources add takes one URL")
	}
	u, err := checkFeedURL(fs.Arg(0))
	if err != nil {
		return err
	}
	src := model.Source{URL: u, Name: *name, HomeProvince: *province, NextFetchAt: time.Now()}
	src.DefaultTopics = topic.Slugs()
	// The slugs are checked before the database is opened (or created).
	if err := checkSourceSlugs(src.DefaultTopics, src.HomeProvince); err != nil {
		return err
	}
	m, err := env.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	if err := m.Store.AddSource(ctx, &src); err != nil {
		if moved, ok := errors.AsType[*store.MovedError](err); ok {
			return fmt.Errorf("%s %s; nothing added (see 'bantin sources list')", u, movedText(moved))
		}
		if !errors.Is(err, model.ErrConflict) {
			return err
		}
		// A source retired by a 410 comes back when added again.
		old, revived, err := m.Store.ReviveSource(ctx, u, time.Now())
		if err != nil {
			return err
		}
		if !revived {
			return alreadySource(ctx, m, u)
		}
		fmt.Fprintf(env.Stdout, "source %d was retired; it is active again, with its articles, and due now: %s\n", old.ID, u)
		return nil
	}
	fmt.Fprintf(env.Stdout, "added source %d: %s\n", src.ID, u)
	warnRefused(env, m.Config, u)
	return nil
}

// checkSourceSlugs returns a usage error naming the valid values when a
// source's topics or home province ("" for none) are not known slugs.
func checkSourceSlugs(topics []string, province string) error {
	cat := model.NewCatalog()
	if err := cat.CheckTopics(topics...); err != nil {
		return usageError("%v", err)
	}
	if province != "" {
		if err := cat.CheckProvinces(false, province); err != nil {
			return usageError("%v", err)
		}
	}
	return nil
}

// warnRefused tells, on stderr, that the source at u is on a loopback or
// private address that this configuration does not fetch: it is added,
// and each fetch of it fails until BANTIN_ALLOW_PRIVATE_SOURCES is set.
func warnRefused(env *cmdEnv, cfg config.Config, u string) {
	pu, err := url.Parse(u)
	if err != nil || cfg.AllowPrivateSources || !ingest.RefusedHost(pu.Hostname()) {
		return
	}
	fmt.Fprintf(env.Stderr, "note: %s is a loopback or private address: it is fetched only with "+
		"BANTIN_ALLOW_PRIVATE_SOURCES=true (feeds of this machine or network, tests); until then each fetch fails\n", pu.Hostname())
}

func sourcesRemove(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("remove ID|URL [ID|URL…]")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 || slices.Contains(fs.Args(), "") {
		return usageError("sources remove takes source IDs or feed URLs (see 'bantin sources list')")
	}
	ids, urls := make([]int64, fs.NArg()), make([]string, fs.NArg())
	for i, a := range fs.Args() { // all read before any is removed
		var err error
		if ids[i], urls[i], err = parseSourceArg(a); err != nil {
			return err
		}
	}
	m, err := env.openExisting(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	for i := range ids { // every one known before any is removed
		if ids[i], err = m.sourceID(ctx, ids[i], urls[i]); err != nil {
			return err
		}
		if _, err := m.Store.Source(ctx, ids[i]); errors.Is(err, model.ErrNotFound) {
			return fmt.Errorf("no source with ID %d (see 'bantin sources list'); none removed", ids[i])
		}
	}
	for _, id := range ids {
		if err := m.Store.RemoveSource(ctx, id); err != nil {
			if errors.Is(err, model.ErrNotFound) {
				return fmt.Errorf("no source with ID %d (see 'bantin sources list')", id)
			}
			return err
		}
		fmt.Fprintf(env.Stdout, "removed source %d and its articles\n", id)
	}
	return nil
}

// parseSourceArg reads a source named on the command line: a positive ID
// ("3") or a feed URL, returned in checkFeedURL's spelling (the one
// 'sources add' stored); none (0, "") for "". Anything else is a usage
// error.
func parseSourceArg(raw string) (int64, string, error) {
	if raw == "" {
		return 0, "", nil
	}
	if id, err := strconv.ParseInt(raw, 10, 64); err == nil && id > 0 {
		return id, "", nil
	}
	u, err := checkFeedURL(raw)
	if err != nil {
		return 0, "", usageError("want a source ID or feed URL, not %q (see 'bantin sources list')", raw)
	}
	return 0, u, nil
}

// sourceID returns id, or with a URL u the ID of the source whose URL is
// u, or an error saying there is none (or the store's error).
func (m *Main) sourceID(ctx context.Context, id int64, u string) (int64, error) {
	if u == "" {
		return id, nil
	}
	src, err := m.Store.SourceByURL(ctx, u)
	if errors.Is(err, model.ErrNotFound) {
		if to, merr := m.Store.MovedSource(ctx, u); merr == nil {
			return 0, fmt.Errorf("no source with URL %s: it %s", u, movedText(&store.MovedError{URL: u, To: to}))
		}
		return 0, fmt.Errorf("no source with URL %s (see 'bantin sources list')", u)
	}
	return src.ID, err
}

// movedText tells the operator that a URL they named is the old URL of a
// source that a permanent redirect moved.
func movedText(e *store.MovedError) string {
	return fmt.Sprintf("moved permanently: it is source %d, now at %s", e.To.ID, e.To.URL)
}
