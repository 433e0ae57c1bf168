package app

import (
	"context"
	"fmt"
	"io"
)

// The hints below replace an empty table or a summary of nothing with what
// to do next, as fetch's idleHint does: a header line with no rows reads as
// a listing that failed. Machine output (export, export-opml) stays as it is.

const noSourcesHint = "no sources yet: add one with 'bantin sources add URL', " +
	"or a list of them with 'bantin sources import-opml FILE'"

const noSubscribersHint = "no subscribers yet: add one with 'bantin subscribers add EMAIL' " +
	"(or 'bantin subscribers import FILE'); visitors subscribe on /subscribe of 'bantin serve'"

// noSubscribersWith says that no subscriber has status, which was asked
// for: it names how many there are in all, or noSubscribersHint when none.
func noSubscribersWith(ctx context.Context, m *Main, status string) string {
	all, err := m.Store.Subscribers(ctx, "")
	if err != nil || len(all) == 0 {
		return noSubscribersHint
	}
	return fmt.Sprintf("no %s subscribers (%d in all: see 'bantin subscribers list')", status, len(all))
}

// noActiveSubscriber prints, for a digest run that found nobody to mail,
// why: no subscriber is active (none at all, or all pending, unsubscribed
// or bounced). It prints nothing when one is active or the count fails.
func noActiveSubscriber(ctx context.Context, m *Main, w io.Writer) {
	active, err := m.Store.Subscribers(ctx, "active")
	if err != nil || len(active) > 0 {
		return
	}
	all, err := m.Store.Subscribers(ctx, "")
	switch {
	case err != nil:
	case len(all) == 0:
		fmt.Fprintln(w, noSubscribersHint)
	default:
		fmt.Fprintf(w, "no active subscriber: %d %s, none confirmed or added as active (see 'bantin subscribers list')\n",
			len(all), plural(len(all), "subscriber", "subscribers"))
	}
}
