package app

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/urlpolicy"
)

// fetchFlags are fetch's options.
type fetchFlags struct {
	all      bool
	id       int64  // --source as an id, or 0
	url      string // --source as a feed URL, or ""
	cpu, mem string // profile files, or ""
}

// parseFetch reads fetch's flags. It returns a usage error for arguments,
// for --all with --source, and for a --source that is neither an id nor a
// feed URL (parseSourceArg).
func parseFetch(env *cmdEnv, args []string) (fetchFlags, error) {
	fs := env.flagSet("[--all | --source ID|URL] [--cpuprofile FILE] [--memprofile FILE]")
	all := fs.Bool("all", false, "fetch every active source, due or not")
	source := fs.String("source", "", "fetch only this source: its ID or feed URL")
	cpu := fs.String("cpuprofile", "", "write a CPU profile of the pass to this file (go tool pprof)")
	mem := fs.String("memprofile", "", "write a heap profile at the end of the pass to this file")
	if err := env.parse(fs, args); err != nil {
		return fetchFlags{}, err
	}
	if fs.NArg() > 0 || (*all && *source != "") {
		return fetchFlags{}, usageError("fetch takes --all or --source ID|URL, and no arguments")
	}
	id, u, err := parseSourceArg(*source)
	return fetchFlags{all: *all, id: id, url: u, cpu: *cpu, mem: *mem}, err
}

// runFetch is the fetch command: one pass over the due sources, every
// source (--all) or one (--source), printing its counts; its error says
// which sources failed (fetchVerdict).
func runFetch(ctx context.Context, env *cmdEnv, args []string) error {
	o, err := parseFetch(env, args)
	if err != nil {
		return err
	}
	stopProfile, err := startProfiles(env.Stderr, o.cpu, o.mem)
	if err != nil {
		return err
	}
	defer stopProfile()
	m, err := env.open(ctx)
	if err != nil {
		return err
	}
	// An interrupt, also one while Close waits for the WebSub pings still
	// in flight, cuts them, as serve's grace does: Close would otherwise
	// wait for each up to the hub client's timeout.
	cutPings := context.AfterFunc(ctx, m.Server.Stop)
	defer func() {
		m.Close()
		cutPings()
	}()
	if err := m.checkWritable(ctx, "fetch"); err != nil {
		return err
	}
	id, err := m.sourceID(ctx, o.id, o.url)
	if err != nil {
		return err
	}
	if err := m.recoverLeases(ctx, env.Stderr, fetchLeaseWait(o.all)); err != nil {
		return err
	}
	sum, err := m.fetchPass(ctx, env, pipeline.RunOptions{All: o.all, SourceID: id})
	if err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	fmt.Fprintf(env.Stdout, "sources: %d, fetched: %d, not modified: %d, failed: %d, new articles: %d, updated: %d\n",
		sum.Sources, sum.Fetched, sum.NotModified, sum.Failed, sum.New, sum.Updated)
	if hint := idleHint(ctx, m, sum, id, o.all); hint != "" {
		fmt.Fprintln(env.Stdout, hint)
	}
	return fetchVerdict(ctx, sum)
}

// fetchLeaseWait says which leases a fetch waits for: sources leased by a
// killed run are always taken over; with --all, those of running processes
// are waited for too, so that --all means every source.
func fetchLeaseWait(all bool) leaseWait {
	if all {
		return waitSources
	}
	return waitNone
}

// fetchPass runs one pass reporting each source on env.Stderr, and
// returns its summary; a missing or busy --source is an error saying so.
// Source URLs are shown as the logs show them, without
// user info or secret query parameters: this output often ends in a cron
// mail.
func (m *Main) fetchPass(ctx context.Context, env *cmdEnv, opts pipeline.RunOptions) (pipeline.Summary, error) {
	red := urlpolicy.NewRedactor(m.Config.SecretQueryParams)
	clean := func(raw string) string { return cmp.Or(red.Redact(raw), raw) }
	p := newProgress(env.Stderr) // reports each source instead of the log
	opts.Progress = func(src model.Source, r pipeline.SourceResult) {
		shown := clean(src.URL)
		keyed := shown != src.URL
		errText := shownResultErr(red, src.URL, r)
		src.URL = shown
		p.step(describeFetch(src, r, keyed, errText))
	}
	unnote := noteInterrupt(ctx, p, "the fetches in flight", m.Config.ShutdownGrace)
	sum, err := m.Pipeline.RunOnce(ctx, opts)
	unnote()
	p.finish()
	for i, f := range sum.FailedSources {
		sum.FailedSources[i].Error = shownErrText(red, f.URL, f.Err)
		sum.FailedSources[i].URL = clean(f.URL)
	}
	switch {
	case errors.Is(err, model.ErrNotFound):
		if src, serr := m.Store.Source(ctx, opts.SourceID); serr == nil && src.Retired() {
			return sum, fmt.Errorf("source %d (%s) is retired: its feed answered 410 Gone at %s and it is no longer fetched; "+
				"%s makes it active again (articles kept)", src.ID, clean(src.URL),
				when(src.RetiredAt, m.Config.Location()), reviveCommand(clean(src.URL), clean(src.URL) != src.URL))
		}
		return sum, fmt.Errorf("no active source with ID %d (see 'bantin sources list')", opts.SourceID)
	case errors.Is(err, model.ErrLeaseLost):
		return sum, fmt.Errorf("source %d is being fetched by another bantin process right now; try again in a few minutes", opts.SourceID)
	}
	return sum, err
}

// idleHint says why a pass over due sources (or all, with all) fetched
// nothing: no active source at all, or none due; "" when the pass fetched
// something or was for one source.
func idleHint(ctx context.Context, m *Main, sum pipeline.Summary, id int64, all bool) string {
	if sum.Sources > 0 || id != 0 || ctx.Err() != nil {
		return ""
	}
	srcs, err := m.Store.Sources(ctx)
	active := 0
	for _, s := range srcs {
		if !s.Retired() {
			active++
		}
	}
	switch {
	case err == nil && active == 0:
		return "there is no active source: add one with 'bantin sources add URL' (see 'bantin sources list')"
	case all:
		return ""
	}
	return "no source was due; 'bantin fetch --all' fetches every source now"
}

// privateSourcesHint tells the operator why a feed on a private address
// was refused and which setting allows it.
const privateSourcesHint = "loopback and private addresses are fetched only with BANTIN_ALLOW_PRIVATE_SOURCES=true: feeds of this machine or network, tests"

// settingHint returns what the operator can do about a fetch error that a
// setting causes: a private address refused (privateSourcesHint), a body
// over the cap (naming the cap and its setting); "" for any other error.
func settingHint(err error) string {
	if errors.Is(err, ingest.ErrPrivateAddress) {
		return privateSourcesHint
	}
	if te := (*ingest.TooLargeError)(nil); errors.As(err, &te) {
		return fmt.Sprintf("a feed over the body cap is not read: BANTIN_MAX_BODY_BYTES (now %d) raises the cap, "+
			"if the feed is meant to be that large", te.Limit)
	}
	return ""
}

// failureHints returns the settingHint of each failure, once each, in the
// order of their first failure.
func failureHints(failed []pipeline.FailedSource) []string {
	var hints []string
	for _, f := range failed {
		if h := settingHint(f.Err); h != "" && !slices.Contains(hints, h) {
			hints = append(hints, h)
		}
	}
	return hints
}

// fetchVerdict is the command's error: nil when every source fetched went
// through, else one naming the failed sources (and the interruption, when
// the command was stopped or fetches ran out of time).
func fetchVerdict(ctx context.Context, sum pipeline.Summary) error {
	var msgs []string
	if len(sum.FailedSources) > 0 {
		lines := make([]string, 0, len(sum.FailedSources)+2)
		for _, f := range sum.FailedSources {
			lines = append(lines, fmt.Sprintf("  %d %s: %s", f.ID, f.URL, f.Error))
		}
		for _, h := range failureHints(sum.FailedSources) {
			lines = append(lines, "  ("+h+")")
		}
		msgs = append(msgs, fmt.Sprintf("%d of %d sources failed (they back off and are retried; see 'bantin sources list'):\n%s",
			len(sum.FailedSources), sum.Sources, strings.Join(lines, "\n")))
	}
	if sum.Interrupted > 0 {
		msgs = append(msgs, fmt.Sprintf("%s interrupted and released unrecorded; %s due again",
			count(sum.Interrupted, "fetch was", "fetches were"), plural(sum.Interrupted, "it is", "they are")))
	}
	if ctx.Err() != nil {
		msgs = append(msgs, "interrupted: sources not started were released")
	}
	if len(msgs) == 0 {
		return nil
	}
	return errors.New(strings.Join(msgs, "\n"))
}

// reviveCommand is the command that makes a retired source active again,
// shown is its URL as bantin's output shows it; keyed: shown lost a key of
// the source's URL (a secret query parameter, user info), so that adding
// shown would add another source, without the key.
func reviveCommand(shown string, keyed bool) string {
	if keyed {
		return "'bantin sources add' of its full URL (with its key, as 'bantin sources list' shows it)"
	}
	return "'bantin sources add " + shown + "'"
}

// describeFetch is the line 'bantin fetch' prints of src's fetch r; src.URL
// is the URL as shown, keyed whether it lost a key of the source's URL, and
// errText r.Err's text as shown (shownResultErr).
func describeFetch(src model.Source, r pipeline.SourceResult, keyed bool, errText string) string {
	// The source's ID comes before its URL, as in the failure summary: the
	// progress counter before it ([2]) is not the ID.
	moved := ""
	if r.MovedTo != "" {
		moved = " (moved permanently: now " + r.MovedTo + ")"
	}
	switch {
	case r.Removed:
		return fmt.Sprintf("removed  %d %s: removed during its fetch; nothing stored", src.ID, src.URL)
	case r.Interrupted:
		return fmt.Sprintf("stopped  %d %s: %s (released)", src.ID, src.URL, errText)
	case r.Err != nil:
		return fmt.Sprintf("failed   %d %s: %s", src.ID, src.URL, errText)
	case r.NotModified:
		return fmt.Sprintf("304      %d %s%s", src.ID, src.URL, moved)
	case r.Retired:
		return fmt.Sprintf("retired  %d %s: HTTP 410 Gone: the feed is gone for good and is no longer fetched "+
			"(%s makes it active again, articles kept)", src.ID, src.URL, reviveCommand(src.URL, keyed))
	}
	later := ""
	if r.Deferred > 0 {
		later = fmt.Sprintf(", %d more left for the next fetches (BANTIN_MAX_ITEMS_PER_FEED)", r.Deferred)
	}
	return fmt.Sprintf("fetched  %d %s%s: %d new, %d updated, %d unchanged%s (%d ms)", src.ID, src.URL, moved, r.New, r.Updated, r.Skipped,
		later, r.Duration.Milliseconds())
}
