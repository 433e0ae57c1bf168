package app

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"bantin/internal/config"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/urlpolicy"
)

func runSources(ctx context.Context, env *cmdEnv, args []string) error {
	return dispatch(ctx, env, args, "add URL | list | edit ID|URL | remove ID|URL… | import-opml FILE | export-opml",
		subcommand{"add", sourcesAdd}, subcommand{"list", sourcesList}, subcommand{"edit", sourcesEdit},
		subcommand{"remove", sourcesRemove},
		subcommand{"import-opml", sourcesImport}, subcommand{"export-opml", sourcesExport})
}

// checkFeedURL returns the URL if it is an absolute http(s) URL, else a
// usage error saying so. The URL is returned in urlpolicy.FeedURL's
// spelling, one per feed, so that the same feed is never two sources.
func checkFeedURL(raw string) (string, error) {
	if len(raw) > maxFeedURL {
		return "", usageError("%q is not a feed URL: %d bytes long, at most %d", quoteClip(raw), len(raw), maxFeedURL)
	}
	if why := notOneURL(strings.TrimSpace(raw)); why != "" {
		return "", usageError("%q is not a feed URL: %s", quoteClip(raw), why)
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		if guess := withScheme(raw); guess != "" {
			return "", usageError("%q is not a feed URL: want http:// or https://host/path (%s?)", raw, guess)
		}
		return "", usageError("%q is not a feed URL: want http:// or https://host/path", raw)
	}
	c, ok := urlpolicy.FeedURL(u)
	if !ok {
		return "", usageError("%q is not a feed URL: its host %q is not a valid domain name", raw, u.Hostname())
	}
	return c, nil
}

// maxFeedURL is the longest feed URL accepted, in bytes (the default cap
// on an article's link, BANTIN_MAX_URL_BYTES, and the longest URL a
// permanent redirect may move a source to): a longer one is a mistake or
// an attack, and would be fetched and listed in full.
const maxFeedURL = ingest.MaxSourceURLBytes

// quoteClip returns s, or its first 60 characters and "…" when it is
// longer, for a message that quotes what the operator gave.
func quoteClip(s string) string {
	if c := clip(s, 60); c != s {
		return c + "…"
	}
	return s
}

// notOneURL says why s (trimmed) is not one URL — a space inside (two URLs
// pasted in one quoted argument; Go's parser takes it and the source would
// be "…rss%20https://…"), or a second http(s):// after a comma or semicolon
// (a list pasted whole) — or returns "", as it does for anything that does
// not start as an http(s) URL (refused otherwise).
func notOneURL(s string) string {
	lower := strings.ToLower(s)
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") {
		return ""
	}
	if strings.ContainsFunc(s, unicode.IsSpace) {
		return "it holds a space (one URL at a time; a space in a URL is written %20)"
	}
	for _, sep := range []string{",", ";"} {
		if strings.Contains(lower, sep+"http://") || strings.Contains(lower, sep+"https://") {
			return "it holds two URLs (one at a time)"
		}
	}
	return ""
}

// withScheme returns raw with https:// before it when raw lacks a scheme
// but reads as a feed URL with one (vnexpress.net/rss/tin-moi-nhat.rss, as
// copied from a browser's address bar), else "".
func withScheme(raw string) string {
	raw = strings.TrimSpace(raw)
	// feed:https://host/… and feed://host/… are a browser's links to a
	// feed: the URL after the prefix is the feed's.
	if rest, ok := cutPrefixFold(raw, "feed:"); ok {
		rest = strings.TrimPrefix(rest, "//")
		if u, err := url.Parse(rest); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return u.String()
		}
		raw = rest
	}
	if strings.Contains(raw, "://") {
		return ""
	}
	u, err := url.Parse("https://" + raw)
	if err != nil || !strings.Contains(u.Hostname(), ".") || strings.ContainsAny(u.Host, " @") {
		return ""
	}
	return u.String()
}

// cutPrefixFold is strings.CutPrefix with prefix matched in any letter case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
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
