package mailer

import (
	"context"
	"errors"
	"fmt"
	"net/textproto"
	"strings"
	"time"
)

// Sender delivers finished messages. Implementations: [SMTP] and [Outbox].
type Sender interface {
	// Send delivers m. A non-nil error wraps either ErrPermanent (do not
	// retry this address) or ErrTemporary (retry later with backoff).
	Send(ctx context.Context, m *Message) error
	// Close releases connections; Send must not be called afterwards.
	Close() error
}

var (
	// ErrTemporary marks a failure worth retrying: a 4xx reply, a network
	// error, a timeout, a cancelled context, a full disk, a closed Sender,
	// and any failure while connecting, greeting or authenticating (those
	// are the operator's to fix, never the recipient's fault).
	ErrTemporary = errors.New("mailer: temporary delivery failure")
	// ErrPermanent marks a 5xx reply to MAIL, RCPT or DATA: the server
	// refuses this message or address; do not retry it.
	ErrPermanent = errors.New("mailer: permanent delivery failure")
	// ErrClosed is returned (wrapped, temporary) by Send after Close.
	ErrClosed = errors.New("mailer: sender closed")
)

// SendError describes a failed delivery. errors.Is(err, ErrPermanent) or
// errors.Is(err, ErrTemporary) classifies it.
type SendError struct {
	MessageID string
	Stage     string // connect, hello, starttls, auth, mail, rcpt, data, write
	Code      int    // SMTP reply code; 0 when there was no reply
	// Enhanced is the reply's enhanced status code (RFC 3463), such as
	// "5.7.26"; empty when the server gave none.
	Enhanced  string
	Permanent bool
	Err       error
}

// Error says which message failed, whether permanently, at which stage
// and why.
func (e *SendError) Error() string {
	kind := "temporary"
	if e.Permanent {
		kind = "permanent"
	}
	return fmt.Sprintf("send %s: %s failure at %s: %v", e.MessageID, kind, e.Stage, e.Err)
}

// Unwrap returns the underlying error.
func (e *SendError) Unwrap() error { return e.Err }

// Is makes errors.Is match ErrPermanent or ErrTemporary.
func (e *SendError) Is(target error) bool {
	return (target == ErrPermanent && e.Permanent) || (target == ErrTemporary && !e.Permanent)
}

// Blocked reports a permanent refusal of the sender or of the message as
// sent, not of the recipient: a 5xx to MAIL FROM, or a 5xx to DATA whose
// enhanced status is about security or policy (5.7.x: SPF, DKIM, DMARC,
// reputation, spam), the content (5.6.x) or the receiving system (5.3.x).
// Such a refusal would meet every recipient alike and says nothing of the
// address; a refusal at RCPT, or at DATA about the mailbox (5.2.x) or with
// no enhanced status, does.
func (e *SendError) Blocked() bool {
	if !e.Permanent {
		return false
	}
	switch e.Stage {
	case "mail":
		return true
	case "data":
		class, _, _ := strings.Cut(strings.TrimPrefix(e.Enhanced, "5."), ".")
		return class == "7" || class == "6" || class == "3"
	}
	return false
}

// Unspecific reports a permanent refusal at DATA that names neither the
// mailbox nor the message: no enhanced status, or the undefined subject
// (5.0.x). One such refusal says nothing of whom it concerns; the same one
// for several recipients is the message's or the server's (internal/digest
// decides).
func (e *SendError) Unspecific() bool {
	if !e.Permanent || e.Stage != "data" {
		return false
	}
	return e.Enhanced == "" || strings.HasPrefix(e.Enhanced, "5.0.")
}

// Reply returns the server's reply text without its code ("5.7.1 Message
// refused"), or "" when the failure had no reply.
func (e *SendError) Reply() string {
	var reply *textproto.Error
	if errors.As(e.Err, &reply) {
		return reply.Msg
	}
	return ""
}

// IsPermanent reports whether err is a delivery failure not worth retrying.
func IsPermanent(err error) bool { return errors.Is(err, ErrPermanent) }

// IsTemporary reports whether err is a delivery failure worth retrying.
func IsTemporary(err error) bool { return errors.Is(err, ErrTemporary) }

// classify wraps err from stage in a SendError. Only a 5xx reply to a
// message-level command (mail, rcpt, data) is permanent.
func classify(ctx context.Context, id, stage string, err error) *SendError {
	e := &SendError{MessageID: id, Stage: stage, Err: err}
	var reply *textproto.Error
	if errors.As(err, &reply) {
		e.Code = reply.Code
		e.Enhanced = enhancedStatus(reply.Msg)
		e.Permanent = reply.Code >= 500 && reply.Code < 600 &&
			(stage == "mail" || stage == "rcpt" || stage == "data")
	}
	if cerr := contextErr(ctx); cerr != nil && !errors.Is(err, cerr) {
		e.Err = fmt.Errorf("%w (%w)", err, cerr)
	}
	return e
}

// enhancedStatus returns the enhanced status code (RFC 3463: class.subject.
// detail, "5.7.26") that opens an SMTP reply's text, or "".
func enhancedStatus(msg string) string {
	code, _, _ := strings.Cut(strings.TrimSpace(msg), " ")
	parts := strings.Split(code, ".")
	if len(parts) != 3 || len(parts[0]) != 1 || !strings.Contains("245", parts[0]) {
		return ""
	}
	for _, p := range parts[1:] {
		if p == "" || len(p) > 3 || strings.Trim(p, "0123456789") != "" {
			return ""
		}
	}
	return code
}

// contextErr is ctx.Err(), also when the connection deadline (set to the
// context's) fired a moment before the context noticed.
func contextErr(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d, ok := ctx.Deadline(); ok && !time.Now().Before(d) {
		return context.DeadlineExceeded
	}
	return nil
}
