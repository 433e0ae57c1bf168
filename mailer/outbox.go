package mailer

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
)

// Outbox is a [Sender] that writes each message to <dir>/<key>.eml. A file
// appears whole or not at all (temporary file, fsync, rename), and sending
// the same key again replaces the file instead of adding one.
type Outbox struct {
	dir string
	log *slog.Logger
}

// NewOutbox returns an Outbox on dir after Prepare. It returns Prepare's
// error. A nil logger means slog.Default().
func NewOutbox(dir string, logger *slog.Logger) (*Outbox, error) {
	o := LazyOutbox(dir, logger)
	if err := o.Prepare(); err != nil {
		return nil, err
	}
	return o, nil
}

// LazyOutbox returns an Outbox on dir without touching the file system:
// dir is created by Prepare or by the first Send, so that a program that
// builds its sender but sends nothing leaves no folder behind. A nil
// logger means slog.Default().
func LazyOutbox(dir string, logger *slog.Logger) *Outbox {
	if logger == nil {
		logger = slog.Default()
	}
	return &Outbox{dir: dir, log: logger}
}

// Prepare creates dir when missing and checks that a file can be written
// in it (a file of its own, removed at once): a program about to send calls
// it to fail before it starts, not at its first message. It returns the
// error, wrapped.
func (o *Outbox) Prepare() error {
	if err := os.MkdirAll(o.dir, 0o750); err != nil {
		return fmt.Errorf("create outbox: %w", err)
	}
	f, err := os.CreateTemp(o.dir, ".check.*.tmp")
	if err != nil {
		return fmt.Errorf("outbox not writable: %w", err)
	}
	err = f.Close()
	if rerr := os.Remove(f.Name()); err == nil {
		err = rerr
	}
	if err != nil {
		return fmt.Errorf("outbox check file: %w", err)
	}
	return nil
}

// Path returns the file a message with this key is written to.
func (o *Outbox) Path(key string) string { return filepath.Join(o.dir, key+".eml") }

// Send writes m.Raw atomically. It returns an error wrapping ErrPermanent
// when m.Key is not a valid key, and ErrTemporary when the context is done
// or the file cannot be written.
func (o *Outbox) Send(ctx context.Context, m *Message) error {
	if !isKey(m.Key) {
		return &SendError{MessageID: m.MessageID, Stage: "write", Permanent: true,
			Err: fmt.Errorf("%w: message key %q", ErrInvalid, m.Key)}
	}
	if err := ctx.Err(); err != nil {
		return &SendError{MessageID: m.MessageID, Stage: "write", Err: err}
	}
	if err := o.write(m); err != nil {
		return &SendError{MessageID: m.MessageID, Stage: "write", Err: err}
	}
	o.log.Debug("message written to outbox", "message_id", m.MessageID, "path", o.Path(m.Key), "bytes", len(m.Raw))
	return nil
}

// write stores m.Raw as o.Path(m.Key) atomically: a temporary file in the
// outbox, synced, then renamed, so that a reader never sees half a
// message. On any error the temporary file is removed and the error says
// which step failed (creating the folder, writing, syncing, renaming).
func (o *Outbox) write(m *Message) (err error) {
	if err := os.MkdirAll(o.dir, 0o750); err != nil {
		return fmt.Errorf("create outbox: %w", err)
	}
	f, err := os.CreateTemp(o.dir, "."+m.Key+".*.tmp")
	if err != nil {
		return fmt.Errorf("outbox temp file: %w", err)
	}
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(m.Raw); err != nil {
		return fmt.Errorf("write %s: %w", f.Name(), err)
	}
	if err = f.Chmod(0o640); err != nil {
		return fmt.Errorf("chmod %s: %w", f.Name(), err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", f.Name(), err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", f.Name(), err)
	}
	if err = os.Rename(f.Name(), o.Path(m.Key)); err != nil {
		return fmt.Errorf("rename into outbox: %w", err)
	}
	return nil
}

// Close does nothing and returns nil: an Outbox holds no resources.
func (o *Outbox) Close() error { return nil }
