package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"bantin/internal/digest"
	"bantin/internal/model"
)

func digestSend(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("send [--period 2026-W48] [--dry-run] [--retry-now] [--new-subscribers]")
	period := fs.String("period", "", "ISO week (default: the latest week whose digest is due)")
	dry := fs.Bool("dry-run", false, "compose and render, count, send nothing")
	now := fs.Bool("retry-now", false, "send the week's digests waiting for a retry now, not after their backoff (once what failed them is fixed)")
	fresh := fs.Bool("new-subscribers", false, "also send the week's digest to subscribers who became active after its run began (else they get the next week's)")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("send takes no arguments")
	}
	m, w, err := openDigest(ctx, env, *period, false)
	if err != nil {
		return err
	}
	defer m.Close()
	if end := w.End; end.After(time.Now()) {
		return usageError("week %s ends %s: digests go out for finished weeks", w.Label(), end.Format(time.RFC3339))
	}
	if *dry {
		sum, err := m.Digester.DryRun(ctx, w, *fresh)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s (dry run): %s, %d already done, %s, would send %d, nothing new for %d\n",
			w.Label(), count(sum.Subscribers, "active subscriber", "active subscribers"), sum.AlreadySent,
			count(sum.Groups, "filter group", "filter groups"), sum.WouldSend, sum.Empty)
		if sum.Later > 0 {
			fmt.Fprintln(env.Stdout, laterLine(w, sum.Later))
		}
		if sum.Subscribers == 0 {
			noActiveSubscriber(ctx, m, env.Stdout)
		}
		return nil
	}
	if err := m.checkWritable(ctx, "digest send"); err != nil {
		return err
	}
	if err := m.prepareMail(); err != nil {
		return err
	}
	return sendWeek(ctx, env, m, w, *now, *fresh)
}

// laterLine tells the operator that n active subscribers joined after
// week w's run began and how to send them its digest.
func laterLine(w digest.Week, n int) string {
	return fmt.Sprintf("%s: %s joined after the week's run began and will get the next week's digest "+
		"(--new-subscribers sends them this one)", w.Label(), count(n, "active subscriber", "active subscribers"))
}

// sendWeek begins the week's run if need be (prepareSend) and delivers
// every due row, reporting each one and a summary.
func sendWeek(ctx context.Context, env *cmdEnv, m *Main, w digest.Week, retryNow, newSubscribers bool) error {
	n, err := prepareSend(ctx, env, m, w, retryNow, newSubscribers)
	if err != nil {
		return err
	}
	p := newProgress(env.Stderr)
	m.Digester.Progress = func(e digest.Event) {
		line := e.Outcome + " " + e.Period + " " + shownAddress(e.Email)
		if e.Err != nil {
			line += ": " + e.Err.Error()
		}
		p.step(line)
	}
	unnote := noteInterrupt(ctx, p, "the digests being sent", m.Config.ShutdownGrace)
	sum, err := m.Digester.RunOnce(ctx)
	unnote()
	p.finish()
	printSendSummary(env.Stdout, sum)
	if err != nil {
		return err
	}
	if n == 0 && sum.Sent+sum.Retry+sum.Failed+sum.Empty == 0 {
		noActiveSubscriber(ctx, m, env.Stdout)
	}
	if ctx.Err() == nil { // an interrupted run says what is owed already
		if err := weekLeft(ctx, env.Stdout, m, w, &sum); err != nil {
			return err
		}
	}
	if sum.Retry > 0 {
		retryHint(ctx, env, m, w)
	}
	return sendVerdict(ctx, sum)
}

// weekLeft reads week w's rows after a run: those that met a temporary
// failure on an earlier run and are not due yet were not claimed, but are
// still owed (added to sum.Retry); and a run that found nothing to do
// because every row was done before it says so, with how they ended, not
// only "sent 0".
func weekLeft(ctx context.Context, out io.Writer, m *Main, w digest.Week, sum *digest.DeliverySummary) error {
	counts, err := m.Store.DigestCounts(ctx, w.Label())
	if err != nil {
		return err
	}
	sum.Retry = max(sum.Retry, counts[model.DigestRetry])
	sent, empty, failed := counts[model.DigestSent], counts[model.DigestEmpty], counts[model.DigestFailed]
	if sent+empty+failed > 0 && sum.Sent+sum.Retry+sum.Failed+sum.Empty+sum.Released == 0 {
		fmt.Fprintf(out, "%s: nothing left to send: the week's digests were done before this run (%d sent, %d with nothing new, %d failed)\n",
			w.Label(), sent, empty, failed)
	}
	return nil
}

// prepareSend readies week w's send: rows leased by a killed run are taken
// over and those of running processes waited for (the command ends with
// every due row done), the run begun if need be (Digester.Prepare: rows
// for subscribers who joined after it began only with newSubscribers),
// and with retryNow the rows waiting for a retry made due now. It reports
// each step on stderr and returns how many rows it created.
func prepareSend(ctx context.Context, env *cmdEnv, m *Main, w digest.Week, retryNow, newSubscribers bool) (int, error) {
	if err := m.recoverLeases(ctx, env.Stderr, waitDigests); err != nil {
		return 0, err
	}
	n, left, err := m.Digester.Prepare(ctx, w, newSubscribers)
	if err != nil {
		return 0, err
	}
	fmt.Fprintf(env.Stderr, "%s: %d new digest %s\n", w.Label(), n, plural(n, "row", "rows"))
	if left > 0 {
		fmt.Fprintln(env.Stderr, laterLine(w, left))
	}
	if retryNow {
		due, err := m.Store.RetryDigestsNow(ctx, w.Label(), time.Now())
		if err != nil {
			return 0, err
		}
		fmt.Fprintf(env.Stderr, "%s: %d %s now\n", w.Label(), due, plural(due, "digest waiting for a retry is due", "digests waiting for a retry are due"))
	}
	return n, nil
}

// printSendSummary writes digest send's summary line, with the send rate,
// and why the run stopped early, if it did.
func printSendSummary(w io.Writer, sum digest.DeliverySummary) {
	rate := 0.0
	if s := sum.Elapsed.Seconds(); s > 0 {
		rate = float64(sum.Sent) / s
	}
	fmt.Fprintf(w, "sent %d, retry later %d, failed %d, nothing new %d, released %d; %s, %s (%.0f/s)\n",
		sum.Sent, sum.Retry, sum.Failed, sum.Empty, sum.Released, count(sum.Renders, "render", "renders"),
		sum.Elapsed.Round(time.Millisecond), rate)
	if sum.Stopped != "" {
		fmt.Fprintln(w, "stopped: "+sum.Stopped)
	}
}

// retryHint tells when the week's rows waiting for a retry are next tried,
// and how to try them at once: after a wrong SMTP setting every row waits,
// and a 'digest send' run once it is fixed would otherwise send nothing
// and say only that they wait.
func retryHint(ctx context.Context, env *cmdEnv, m *Main, w digest.Week) {
	line := "temporary failures are retried with backoff by 'bantin serve' or a later 'digest send'"
	if next, err := m.Store.NextDigestRetry(ctx, w.Label()); err == nil && !next.IsZero() {
		line += fmt.Sprintf(", the first from %s", next.In(m.Config.Location()).Format("2006-01-02 15:04:05 -07"))
	}
	fmt.Fprintln(env.Stdout, line)
	fmt.Fprintf(env.Stdout, "once what failed them is fixed, 'bantin digest send --period %s --retry-now' sends them at once\n", w.Label())
}

// sendVerdict is digest send's error: nil when every due row was sent (or
// had nothing to send), else one saying what was not delivered.
func sendVerdict(ctx context.Context, sum digest.DeliverySummary) error {
	var msgs []string
	if sum.Failed > 0 {
		msgs = append(msgs, fmt.Sprintf("%d %s for good (see the lines above; bounced addresses are marked)", sum.Failed, plural(sum.Failed, "digest failed", "digests failed")))
	}
	if sum.Retry > 0 {
		msgs = append(msgs, fmt.Sprintf("%d %s for a retry", sum.Retry, plural(sum.Retry, "digest is waiting", "digests are waiting")))
	}
	if ctx.Err() != nil || sum.Released > 0 {
		msgs = append(msgs, fmt.Sprintf("interrupted: %d %s released unsent; run 'bantin digest send' again to finish", sum.Released, plural(sum.Released, "digest was", "digests were")))
	}
	if len(msgs) == 0 {
		return nil
	}
	return errors.New(strings.Join(msgs, "; "))
}
