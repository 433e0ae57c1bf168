package app

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"bantin/internal/model"
	"bantin/internal/schedule"
	"bantin/internal/web"
	"bantin/mailer"
)

func runDigest(ctx context.Context, env *cmdEnv, args []string) error {
	return dispatch(ctx, env, args, "preview --email ADDRESS [--period 2026-W48] | send [--period 2026-W48] [--dry-run]",
		subcommand{"preview", digestPreview}, subcommand{"send", digestSend})
}

// openMail opens bantin and its mail machinery and resolves the period
// ("" is the most recent week whose digest is due).
func openMail(ctx context.Context, env *cmdEnv, period string) (*Main, *Mail, schedule.Week, error) {
	m, err := env.open(ctx)
	if err != nil {
		return nil, nil, schedule.Week{}, err
	}
	mp, err := m.Mail(ctx)
	if err != nil {
		m.Close()
		return nil, nil, schedule.Week{}, err
	}
	w, err := mp.Digester.Week(period)
	if err != nil {
		mp.Close()
		m.Close()
		return nil, nil, w, usageError("--period %q: want an ISO week such as 2026-W48", period)
	}
	return m, mp, w, nil
}

func digestPreview(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("preview --email ADDRESS [--period 2026-W48] [--out DIR]")
	email := fs.String("email", "", "subscriber address")
	period := fs.String("period", "", "ISO week (default: the latest week whose digest is due)")
	out := fs.String("out", ".", "folder for the .html and .txt files")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if *email == "" || fs.NArg() > 0 {
		return usageError("preview takes --email ADDRESS and no arguments")
	}
	m, mp, w, err := openMail(ctx, env, *period)
	if err != nil {
		return err
	}
	defer m.Close()
	defer mp.Close()
	msg, err := mp.Digester.Preview(ctx, strings.ToLower(strings.TrimSpace(*email)), w)
	switch {
	case errors.Is(err, mailer.ErrEmptyDigest):
		fmt.Fprintf(env.Stdout, "%s has nothing in %s: no digest would be sent\n", *email, w.Label())
		return nil
	case errors.Is(err, model.ErrNotFound):
		return fmt.Errorf("%s is not a subscriber (see 'bantin subscribers list')", *email)
	case err != nil:
		return err
	}
	text, html, err := mimeBodies(msg.Raw)
	if err != nil {
		return err
	}
	for ext, body := range map[string]string{".html": html, ".txt": text} {
		path := filepath.Join(*out, msg.Key+ext)
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			return err
		}
		fmt.Fprintln(env.Stdout, path)
	}
	fmt.Fprintf(env.Stdout, "message %s: %d bytes\n", msg.MessageID, len(msg.Raw))
	return nil
}

func digestSend(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("send [--period 2026-W48] [--dry-run]")
	period := fs.String("period", "", "ISO week (default: the latest week whose digest is due)")
	dry := fs.Bool("dry-run", false, "compose and render, count, send nothing")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("send takes no arguments")
	}
	m, mp, w, err := openMail(ctx, env, *period)
	if err != nil {
		return err
	}
	defer m.Close()
	defer mp.Close()
	if end := w.End; end.After(time.Now()) {
		return usageError("week %s ends %s: digests go out for finished weeks", w.Label(), end.Format(time.RFC3339))
	}
	if *dry {
		sum, err := mp.Digester.DryRun(ctx, w)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s (dry run): %d active subscribers, %d already done, %d filter groups, would send %d, nothing new for %d\n",
			w.Label(), sum.Subscribers, sum.AlreadySent, sum.Groups, sum.WouldSend, sum.Empty)
		return nil
	}
	return sendWeek(ctx, env, mp, w)
}

// sendWeek creates the week's missing rows and delivers every due row,
// reporting each one and a summary.
func sendWeek(ctx context.Context, env *cmdEnv, mp *Mail, w schedule.Week) error {
	n, err := mp.Digester.Prepare(ctx, w)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "%s: %d new digest rows\n", w.Label(), n)
	p := newProgress(env.Stderr)
	mp.Digester.Progress = func(e schedule.DigestEvent) {
		line := e.Outcome + " " + e.Period + " " + e.Email
		if e.Err != nil {
			line += ": " + e.Err.Error()
		}
		p.step(line)
	}
	sum, err := mp.Digester.RunOnce(ctx)
	p.finish()
	rate := 0.0
	if s := sum.Elapsed.Seconds(); s > 0 {
		rate = float64(sum.Sent) / s
	}
	fmt.Fprintf(env.Stdout, "sent %d, retry later %d, failed %d, nothing new %d, released %d; %d renders, %s (%.0f/s)\n",
		sum.Sent, sum.Retry, sum.Failed, sum.Empty, sum.Released, sum.Renders, sum.Elapsed.Round(time.Millisecond), rate)
	if sum.Retry > 0 {
		fmt.Fprintln(env.Stdout, "temporary failures are retried with backoff by 'bantin serve' or the next 'digest send'")
	}
	return err
}

func runSubscribers(ctx context.Context, env *cmdEnv, args []string) error {
	list := func(sub string) func(context.Context, *cmdEnv, []string) error {
		return func(ctx context.Context, env *cmdEnv, args []string) error {
			return subscribersList(ctx, env, sub, args)
		}
	}
	return dispatch(ctx, env, args, "list [--status S] | add EMAIL [--topic T,T] [--province P,P] | remove EMAIL|ID | export",
		subcommand{"list", list("list")}, subcommand{"add", subscribersAdd},
		subcommand{"remove", subscribersRemove}, subcommand{"export", list("export")})
}

func subscribersList(ctx context.Context, env *cmdEnv, sub string, args []string) error {
	fs := env.flagSet(sub + " [--status pending|active|unsubscribed|bounced]")
	status := fs.String("status", "", "only subscribers with this status")
	m, err := env.parseAndOpen(ctx, fs, args)
	if err != nil {
		return err
	}
	defer m.Close()
	subs, err := m.Store.Subscribers(ctx, *status)
	if err != nil {
		return err
	}
	if sub == "export" {
		cw := csv.NewWriter(env.Stdout)
		cw.Write([]string{"email", "status", "topics", "provinces", "created_at", "confirmed_at", "bounces"})
		for _, s := range subs {
			cw.Write([]string{s.Email, s.Status, strings.Join(s.Topics, ","), strings.Join(s.Provinces, ","),
				rfc3339(s.CreatedAt), rfc3339(s.ConfirmedAt), strconv.Itoa(s.Bounces)})
		}
		cw.Flush()
		return cw.Error()
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATUS\tBOUNCES\tCREATED\tEMAIL\tTOPICS\tPROVINCES")
	for _, s := range subs {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\t%s\t%s\n", s.ID, s.Status, s.Bounces, when(s.CreatedAt), s.Email,
			orAll(s.Topics), orAll(s.Provinces))
	}
	return tw.Flush()
}

func subscribersAdd(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("add EMAIL [--topic SLUG,SLUG] [--province SLUG,SLUG] [--pending]")
	topic := fs.String("topic", "", "topic slugs, comma-separated (default: all)")
	province := fs.String("province", "", "province slugs, comma-separated (default: all)")
	pending := fs.Bool("pending", false, "add as pending (not sent digests until confirmed) instead of active")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("subscribers add takes one address")
	}
	email, err := web.NormalizeEmail(fs.Arg(0))
	if err != nil {
		return usageError("%q: %v", fs.Arg(0), err)
	}
	m, err := env.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	sub := model.Subscriber{Email: email, Status: model.StatusActive, Topics: splitComma(*topic),
		Provinces: splitComma(*province), CreatedAt: time.Now(), ConfirmedAt: time.Now()}
	if *pending {
		sub.Status, sub.ConfirmedAt = model.StatusPending, time.Time{}
	}
	if err := m.checkFilters(sub.Topics, sub.Provinces); err != nil {
		return err
	}
	if err := m.Store.AddSubscriber(ctx, &sub); err != nil {
		if errors.Is(err, model.ErrConflict) {
			return fmt.Errorf("%s is already a subscriber (see 'bantin subscribers list')", email)
		}
		return err
	}
	fmt.Fprintf(env.Stdout, "added subscriber %d: %s (%s)\n", sub.ID, email, sub.Status)
	return nil
}

func subscribersRemove(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("remove EMAIL|ID")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("subscribers remove takes one address or id")
	}
	m, err := env.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil {
		sub, err := m.Store.SubscriberByEmail(ctx, strings.ToLower(strings.TrimSpace(fs.Arg(0))))
		if err != nil {
			return fmt.Errorf("%s is not a subscriber (see 'bantin subscribers list')", fs.Arg(0))
		}
		id = sub.ID
	}
	if err := m.Store.RemoveSubscriber(ctx, id); err != nil {
		if errors.Is(err, model.ErrNotFound) {
			return fmt.Errorf("no subscriber %d (see 'bantin subscribers list')", id)
		}
		return err
	}
	fmt.Fprintf(env.Stdout, "removed subscriber %d and its digest history\n", id)
	return nil
}
