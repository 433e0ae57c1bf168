package mailer

import (
	"context"
	"net/textproto"
	"testing"
)

// TestBlocked: a refusal of the sender, or of the message by policy,
// content or system, is no refusal of the address; the enhanced status is
// read from the reply's text, and a text without one blocks nothing.
func TestBlocked(t *testing.T) {
	for _, tc := range []struct {
		stage, msg   string
		code         int
		enhanced     string
		blocked      bool
		permanentErr bool
	}{
		{"mail", "5.7.1 Sender address rejected: not owned by user", 553, "5.7.1", true, true},
		{"mail", "Sender rejected", 550, "", true, true},
		{"rcpt", "5.1.1 No such user", 550, "5.1.1", false, true},
		{"rcpt", "5.7.1 Relaying denied", 554, "5.7.1", false, true},
		{"data", "5.7.26 Unauthenticated email is not accepted (DMARC)", 550, "5.7.26", true, true},
		{"data", "5.6.0 Message content rejected", 554, "5.6.0", true, true},
		{"data", "5.3.4 Message too big for system", 552, "5.3.4", true, true},
		{"data", "5.2.2 Mailbox full", 552, "5.2.2", false, true},
		{"data", "Message rejected", 554, "", false, true},
		{"data", "4.7.0 Try again later", 451, "4.7.0", false, false},
		{"data", "5.x.1 garbled", 554, "", false, true},
		{"data", "5.7.1234 too long a detail", 554, "", false, true},
	} {
		e := classify(context.Background(), "m", tc.stage, &textproto.Error{Code: tc.code, Msg: tc.msg})
		if e.Enhanced != tc.enhanced || e.Blocked() != tc.blocked || e.Permanent != tc.permanentErr {
			t.Errorf("%s %d %q: enhanced %q blocked %v permanent %v, want %q %v %v", tc.stage, tc.code, tc.msg,
				e.Enhanced, e.Blocked(), e.Permanent, tc.enhanced, tc.blocked, tc.permanentErr)
		}
	}
}

// TestUnspecific: only a permanent refusal at DATA with no enhanced status,
// or an undefined one, names no one; Reply is the server's text.
func TestUnspecific(t *testing.T) {
	for _, tc := range []struct {
		stage, msg string
		code       int
		want       bool
	}{
		{"data", "Error: transaction failed", 554, true},
		{"data", "5.0.0 Error", 550, true},
		{"data", "5.2.2 Mailbox full", 552, false},
		{"data", "5.7.26 DMARC", 550, false},
		{"data", "Try again later", 451, false},
		{"rcpt", "No such user", 550, false},
		{"mail", "Sender rejected", 550, false},
	} {
		e := classify(context.Background(), "m", tc.stage, &textproto.Error{Code: tc.code, Msg: tc.msg})
		if e.Unspecific() != tc.want || e.Reply() != tc.msg {
			t.Errorf("%s %d %q: unspecific %v reply %q, want %v", tc.stage, tc.code, tc.msg, e.Unspecific(), e.Reply(), tc.want)
		}
	}
}
