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

// NewOutbox creates dir when missing. It returns the mkdir error, wrapped.
// A nil logger means slog.Default().
func NewOutbox(dir string, logger *slog.Logger) (*Outbox, error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("create outbox: %w", err)
	}
	if logger == nil {
		logger = slog.Default()
	}
	return &Outbox{dir: dir, log: logger}, nil
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

func (o *Outbox) write(m *Message) (err error) {
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
