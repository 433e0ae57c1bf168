package digest

import (
	"net/textproto"
	"testing"

	"bantin/mailer"
)

// Two recipients' unspecific refusals are the same refusal when they differ
// only in what names the recipient or a number; different words are
// different refusals, and other failures have no key.
func TestRefusalKey(t *testing.T) {
	refusal := func(code int, msg string) error {
		return &mailer.SendError{Stage: "data", Code: code, Permanent: true, Err: &textproto.Error{Code: code, Msg: msg}}
	}
	tests := []struct {
		name   string
		a, b   error
		ra, rb string
		same   bool
	}{
		{"queue ids", refusal(554, "Error: queue 4F2A1 failed"), refusal(554, "Error: queue 77B03 failed"), "lan@a.vn", "minh@b.vn", true},
		{"addresses", refusal(554, "rejected for <lan@a.vn>"), refusal(554, "rejected for <minh@b.vn>"), "lan@a.vn", "minh@b.vn", true},
		{"local part alone", refusal(550, "message for lan rejected"), refusal(550, "message for minh rejected"), "lan@a.vn", "minh@b.vn", true},
		{"domain alone", refusal(550, "relay to mail.hoa.vn failed"), refusal(550, "relay to mail.tuyet.vn failed"), "x@hoa.vn", "y@tuyet.vn", true},
		{"a local part inside a word", refusal(554, "message banned"), refusal(554, "message banned"), "ban@a.vn", "minh@b.vn", true},
		{"a domain inside a word", refusal(554, "see hoa.vnx policy"), refusal(554, "see hoa.vnx policy"), "x@hoa.vn", "y@tuyet.vn", true},
		{"a local part in brackets", refusal(550, "rejected <lan>,"), refusal(550, "rejected <minh>,"), "lan@a.vn", "minh@b.vn", true},
		{"different words", refusal(554, "Transaction failed"), refusal(554, "Spam detected"), "lan@a.vn", "minh@b.vn", false},
		{"different codes", refusal(554, "Transaction failed"), refusal(550, "Transaction failed"), "lan@a.vn", "minh@b.vn", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ka, kb := refusalKey(tt.a, tt.ra), refusalKey(tt.b, tt.rb)
			if ka == "" || kb == "" {
				t.Fatalf("no key: %q, %q", ka, kb)
			}
			if (ka == kb) != tt.same {
				t.Errorf("keys %q and %q: same %v, want %v", ka, kb, ka == kb, tt.same)
			}
		})
	}
	enhanced := &mailer.SendError{Stage: "data", Code: 550, Enhanced: "5.1.1", Permanent: true, Err: &textproto.Error{Code: 550, Msg: "5.1.1 no such user"}}
	if k := refusalKey(enhanced, "lan@a.vn"); k != "" {
		t.Errorf("a refusal naming the mailbox has key %q, want none", k)
	}
}
