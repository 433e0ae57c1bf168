package app

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"bantin/internal/model"
	"bantin/internal/signing"
	"bantin/internal/web"
)

func runSubscribers(ctx context.Context, env *cmdEnv, args []string) error {
	list := func(sub string) func(context.Context, *cmdEnv, []string) error {
		return func(ctx context.Context, env *cmdEnv, args []string) error {
			return subscribersList(ctx, env, sub, args)
		}
	}
	return dispatch(ctx, env, args, "list [--status S] | add EMAIL [--topic T,T] [--province P,P] [--pending] | remove EMAIL|ID | export [--status S] | import FILE|-",
		subcommand{"list", list("list")}, subcommand{"add", subscribersAdd},
		subcommand{"remove", subscribersRemove}, subcommand{"export", list("export")},
		subcommand{"import", subscribersImport})
}

func subscribersList(ctx context.Context, env *cmdEnv, sub string, args []string) error {
	fs := env.flagSet(sub + " [--status pending|active|unsubscribed|bounced]")
	status := fs.String("status", "", "only subscribers with this status")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("takes no arguments, got %q (a flag's name left out? see -h)", fs.Args())
	}
	if !knownStatus(*status) {
		return usageError("--status %q: want pending, active, unsubscribed or bounced", *status)
	}
	m, err := env.openExisting(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	subs, err := m.Store.Subscribers(ctx, *status)
	if err != nil {
		return err
	}
	if sub == "export" {
		return exportSubscribers(env.Stdout, subs)
	}
	// The list shows an address as the pages and emails do (a Vietnamese
	// domain in Unicode); the export keeps the stored ASCII form, which
	// mail logs show and which imports back the same.
	if len(subs) == 0 {
		if *status == "" {
			fmt.Fprintln(env.Stdout, noSubscribersHint)
		} else {
			fmt.Fprintln(env.Stdout, noSubscribersWith(ctx, m, *status))
		}
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATUS\tBOUNCES\tCREATED\tEMAIL\tTOPICS\tPROVINCES")
	for _, s := range subs {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\t%s\t%s\n", s.ID, s.Status, s.Bounces, when(s.CreatedAt, m.Config.Location()),
			shownAddress(s.Email), orAll(s.Topics), orAll(s.Provinces))
	}
	return tw.Flush()
}

// exportSubscribers writes subs as CSV with a header line, in the stored
// (ASCII) form of each address; 'subscribers import' reads it back.
func exportSubscribers(w io.Writer, subs []model.Subscriber) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"email", "status", "topics", "provinces", "created_at", "confirmed_at", "bounces"})
	for _, s := range subs {
		rec := []string{s.Email, s.Status, strings.Join(s.Topics, ","), strings.Join(s.Provinces, ","),
			rfc3339(s.CreatedAt), rfc3339(s.ConfirmedAt), strconv.Itoa(s.Bounces)}
		for i := range rec {
			rec[i] = csvSafe(rec[i])
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

func subscribersAdd(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("add EMAIL [--topic SLUG,SLUG] [--province SLUG,SLUG] [--pending]")
	topic := listVar(fs, "topic", "topic slugs, comma-separated or repeated (default: all)")
	province := listVar(fs, "province", "province slugs, comma-separated or repeated (default: all)")
	pending := fs.Bool("pending", false, "add as pending instead of active and mail the confirmation the web form sends (through BANTIN_SMTP_URL, else into the outbox): no digest until its link is opened")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("subscribers add takes one address")
	}
	email, err := web.NormalizeEmail(fs.Arg(0))
	if err != nil {
		return usageError("%s", addressProblem(fs.Arg(0), err))
	}
	sub := model.Subscriber{Email: email, Status: model.StatusActive, Topics: topic.Slugs(),
		Provinces: province.Slugs(), CreatedAt: time.Now(), ConfirmedAt: time.Now()}
	if *pending {
		sub.Status, sub.ConfirmedAt, sub.ConfirmSentAt = model.StatusPending, time.Time{}, sub.CreatedAt
	}
	if err := checkFilters(model.NewCatalog(), sub.Topics, sub.Provinces); err != nil {
		return err // before the database is opened (or created)
	}
	m, err := env.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	if *pending {
		if err := m.mail.linksUsable(); err != nil {
			return err // the confirmation's link could not be signed
		}
	}
	if err := m.Store.AddSubscriber(ctx, &sub); err != nil {
		if errors.Is(err, model.ErrConflict) {
			return alreadySubscriber(ctx, m, email, sub.Topics, sub.Provinces)
		}
		return err
	}
	if *pending {
		return mailPendingConfirmation(ctx, env, m, sub)
	}
	fmt.Fprintf(env.Stdout, "added subscriber %d: %s (%s)\n", sub.ID, shownAddress(email), sub.Status)
	return nil
}

// mailPendingConfirmation mails the double opt-in message to sub, just
// added as pending, as the web form does (same link, same cooldown clock:
// the form sends no second one within the hour). When mailing fails, sub is
// removed again, so that the command can be run again once mail works.
func mailPendingConfirmation(ctx context.Context, env *cmdEnv, m *Main, sub model.Subscriber) error {
	link := m.mail.links.Confirm(sub.ID, sub.Email, sub.ConfirmSentAt)
	if err := m.sendConfirmation(ctx, sub, link); err != nil {
		if rmErr := m.Store.RemoveSubscriber(context.WithoutCancel(ctx), sub.ID); rmErr != nil {
			return fmt.Errorf("confirmation to %s not sent: %w (and the pending subscriber %d was kept: %w)",
				shownAddress(sub.Email), err, sub.ID, rmErr)
		}
		return fmt.Errorf("confirmation to %s not sent, so it was not added (check %s, then run the command again): %w",
			shownAddress(sub.Email), mailSetting(m.Config.SMTPURL), err)
	}
	fmt.Fprintf(env.Stdout, "added subscriber %d: %s (pending)\n", sub.ID, shownAddress(sub.Email))
	days := int(signing.ConfirmTTL.Hours() / 24)
	if m.Config.SMTPURL == "" {
		fmt.Fprintf(env.Stdout, "confirmation written to %s (no BANTIN_SMTP_URL: deliver it yourself); its link lasts %d days\n",
			absPath(filepath.Join(m.Config.Outbox, m.confirmationKey(sub)+".eml")), days)
	} else {
		fmt.Fprintf(env.Stdout, "confirmation mailed through %s; its link lasts %d days\n", mailTarget(m.Config.SMTPURL, ""), days)
	}
	return nil
}

// mailSetting names the setting that decides where mail goes.
func mailSetting(smtpURL string) string {
	if smtpURL == "" {
		return "BANTIN_OUTBOX"
	}
	return "BANTIN_SMTP_URL"
}

func subscribersRemove(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("remove EMAIL|ID")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("subscribers remove takes one address or id")
	}
	m, err := env.openExisting(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil {
		sub, err := m.Store.SubscriberByEmail(ctx, storedAddress(fs.Arg(0)))
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

// storedAddress is raw as subscribers are stored: NormalizeEmail's form
// (lower case, an internationalised domain in ASCII), so that the address
// given to 'subscribers add' finds its subscriber; raw trimmed and lower-
// cased when NormalizeEmail refuses it.
func storedAddress(raw string) string {
	if email, err := web.NormalizeEmail(raw); err == nil {
		return email
	}
	return strings.ToLower(strings.TrimSpace(raw))
}

// knownStatus reports whether s is a subscriber status, or empty (any).
func knownStatus(s string) bool {
	switch s {
	case "", model.StatusPending, model.StatusActive, model.StatusUnsubscribed, model.StatusBounced:
		return true
	}
	return false
}

// shownAddress is a stored address as the operator reads it: a domain
// stored as ASCII A-labels in its Unicode form followed by the stored form
// ("ban@ví-dụ.vn (ban@xn--v-d-rma6749a.vn)"), which mail logs and the
// export show; any other address as it is.
func shownAddress(stored string) string {
	if shown := web.DisplayEmail(stored); shown != stored {
		return shown + " (" + stored + ")"
	}
	return stored
}

// checkFilters returns a usage error naming the valid values when a topic
// or province slug (current or former) is unknown.
func checkFilters(cat *model.Catalog, topics, provinces []string) error {
	if err := cat.CheckTopics(topics...); err != nil {
		return usageError("%v", err)
	}
	if err := cat.CheckProvinces(true, provinces...); err != nil {
		return usageError("%v", err)
	}
	return nil
}

func splitComma(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func orAll(xs []string) string {
	if len(xs) == 0 {
		return "(all)"
	}
	return strings.Join(xs, ",")
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// addressProblem says in English why NormalizeEmail refused raw (its
// error is the form's Vietnamese).
func addressProblem(raw string, err error) string {
	var ae *web.AddressError
	if errors.As(err, &ae) {
		return fmt.Sprintf("%q: not a valid address: %s", raw, ae.English)
	}
	return fmt.Sprintf("%q: not a valid address", raw)
}
