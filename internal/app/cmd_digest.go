package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"bantin/internal/digest"
	"bantin/internal/model"
	"bantin/mailer"
)

func runDigest(ctx context.Context, env *cmdEnv, args []string) error {
	return dispatch(ctx, env, args, "preview --email ADDRESS [--period 2026-W48] [--out DIR] | send [--period 2026-W48] [--dry-run] [--retry-now] [--new-subscribers]",
		subcommand{"preview", digestPreview}, subcommand{"send", digestSend})
}

// openDigest opens bantin and resolves the period ("" is the most recent
// week whose digest is due). A period that is no ISO week is a usage error
// before anything is opened (no database is created or migrated for it).
// existing: the database must exist already (see openExisting), as for a
// preview. The caller closes the Main.
func openDigest(ctx context.Context, env *cmdEnv, period string, existing bool) (*Main, digest.Week, error) {
	if period != "" {
		if _, err := digest.ParseWeek(period, time.UTC); err != nil {
			return nil, digest.Week{}, usageError("--%s", strings.TrimSuffix(err.Error(), ": "+model.ErrInvalid.Error()))
		}
	}
	open := env.open
	if existing {
		open = env.openExisting
	}
	m, err := open(ctx)
	if err != nil {
		return nil, digest.Week{}, err
	}
	w, err := m.Digester.Week(period)
	if err != nil {
		m.Close()
		return nil, w, usageError("--%s", strings.TrimSuffix(err.Error(), ": "+model.ErrInvalid.Error()))
	}
	return m, w, nil
}

func digestPreview(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("preview --email ADDRESS|ID [--period 2026-W48] [--out DIR]")
	email := fs.String("email", "", "the subscriber's address, or its ID as 'bantin subscribers list' shows it")
	period := fs.String("period", "", "ISO week (default: the latest week whose digest is due)")
	out := fs.String("out", "", "folder for the .html, .txt and .eml files, created if need be (default: a new temporary folder)")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if *email == "" || fs.NArg() > 0 {
		return usageError("preview takes --email ADDRESS|ID and no arguments")
	}
	if fi, err := os.Stat(*out); *out != "" && err == nil && !fi.IsDir() {
		return usageError("--out %s is a file: name a folder (created if need be)", *out)
	}
	m, w, err := openDigest(ctx, env, *period, true)
	if err != nil {
		return err
	}
	defer m.Close()
	if err := m.mail.linksUsable(); err != nil {
		return err
	}
	addr, err := previewAddress(ctx, m, *email)
	if err != nil {
		return err
	}
	who := *email // as given, or the address of the ID given
	if addr != storedAddress(*email) {
		who = addr
	}
	msg, sub, err := m.Digester.Preview(ctx, addr, w)
	switch {
	case errors.Is(err, mailer.ErrEmptyDigest):
		fmt.Fprintf(env.Stdout, "%s has nothing in %s: no digest would be sent\n", who, w.Label())
		return nil
	case errors.Is(err, model.ErrNotFound):
		return fmt.Errorf("%s is not a subscriber (see 'bantin subscribers list')", *email)
	case err != nil:
		return err
	}
	defer notReached(env, who, sub.Status)
	return writePreview(env, *out, msg)
}

// previewAddress is the stored address of the subscriber --email names:
// an address, or a subscriber's ID (a positive whole number: no address
// is one), as 'subscribers remove' takes either.
func previewAddress(ctx context.Context, m *Main, arg string) (string, error) {
	id, err := strconv.ParseInt(arg, 10, 64)
	if err != nil || id <= 0 {
		return storedAddress(arg), nil
	}
	sub, err := m.Store.Subscriber(ctx, id)
	if errors.Is(err, model.ErrNotFound) {
		return "", fmt.Errorf("no subscriber with ID %d (see 'bantin subscribers list')", id)
	}
	return sub.Email, err
}

// writePreview writes msg's HTML part, text part and whole message as
// .html, .txt and .eml files into previewDir(out), printing their paths
// and msg's size. It returns the first error of decoding msg, creating the
// folder or writing a file.
func writePreview(env *cmdEnv, out string, msg *mailer.Message) error {
	text, html, err := mimeBodies(msg.Raw)
	if err != nil {
		return err
	}
	dir, err := previewDir(out)
	if err != nil {
		return err
	}
	for _, f := range []struct{ ext, body string }{{".html", html}, {".txt", text}, {".eml", string(msg.Raw)}} {
		path := filepath.Join(dir, msg.Key+f.ext)
		if err := writePrivate(path, []byte(f.body)); err != nil {
			return err
		}
		fmt.Fprintln(env.Stdout, path)
	}
	fmt.Fprintf(env.Stdout, "message %s: %d bytes\n", msg.MessageID, len(msg.Raw))
	return nil
}

// writePrivate writes body to path readable by its owner and group only
// (signed links: as the outbox), also when an earlier preview left the file
// with a wider mode. It returns the first error of opening, changing the
// mode, writing or closing the file.
func writePrivate(path string, body []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o640)
	if err != nil {
		return err
	}
	if err := f.Chmod(0o640); err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(body); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// notReached tells the operator, after a preview, that a send would not
// reach the address because of its status.
func notReached(env *cmdEnv, email, status string) {
	why := map[string]string{
		model.StatusPending:      "it has not confirmed its subscription",
		model.StatusUnsubscribed: "it has unsubscribed",
		model.StatusBounced:      "its mail bounced",
	}[status]
	if why != "" {
		fmt.Fprintf(env.Stdout, "note: %s is %s: 'digest send' sends it nothing (%s)\n", email, status, why)
	}
}

// previewDir returns the absolute path of out, created if need be (not
// readable by other users, as the outbox), or of a new temporary folder
// when out is empty.
func previewDir(out string) (string, error) {
	if out == "" {
		return os.MkdirTemp("", "bantin-preview-")
	}
	dir, err := filepath.Abs(out)
	if err != nil {
		return "", fmt.Errorf("--out %s: %w", out, err)
	}
	if err := os.MkdirAll(dir, 0o750); err != nil { // --out may name a new folder
		return "", fmt.Errorf("--out %s: cannot create the folder: %w", out, err)
	}
	return dir, nil
}
