package app

import (
	"context"
	"errors"
	"fmt"

	"bantin/internal/ingest"
	"bantin/internal/model"
)

// newURLOK returns nil when source id may take the feed URL to (nil: no
// new URL): no other source has it (urlFree) and, with check, it answers
// as a feed (checkMovedFeed); else the error of the first that refuses.
func (m *Main) newURLOK(ctx context.Context, env *cmdEnv, id int64, to *string, check bool) error {
	if err := m.urlFree(ctx, id, to); err != nil || to == nil || !check {
		return err
	}
	return m.checkMovedFeed(ctx, env, id, *to)
}

// checkMovedFeed reads the feed at to, the new URL `sources edit` is to
// give source id, as `bantin classify URL` and the fetch loop read a feed
// (Pipeline.Preview: the same fetcher, private-address policy, limits and
// parser), and prints how many items it holds. It returns nil when to is
// the source's URL already (nothing to check) or the source does not
// exist (EditSource says so), else an error when the URL is unreachable,
// answers an error status or is not a feed (a web page's names the feeds
// it links to, resolved against the URL its redirects end at), ending
// with what to do:
// nothing was changed, and --no-check saves the URL unread.
func (m *Main) checkMovedFeed(ctx context.Context, env *cmdEnv, id int64, to string) error {
	src, err := m.Store.Source(ctx, id)
	if errors.Is(err, model.ErrNotFound) || err == nil && src.URL == to {
		return nil
	}
	if err != nil {
		return err
	}
	arts, _, err := m.Pipeline.Preview(ctx, to)
	_, page := errors.AsType[*ingest.WebPageError](err)
	switch {
	case errors.Is(err, context.Canceled):
		return err
	case settingHint(err) != "":
		return fmt.Errorf("%w; nothing changed\n(%s; --no-check saves the URL without reading it)", err, settingHint(err))
	case page: // the error says what to give instead
		return fmt.Errorf("%w; nothing changed (--no-check saves the URL without reading it)", err)
	case err != nil:
		return fmt.Errorf("%w; nothing changed: is it the feed's new address? (--no-check saves the URL without reading it)", err)
	}
	fmt.Fprintf(env.Stdout, "read %s: a feed of %s\n", to, count(len(arts), "item", "items"))
	return nil
}
