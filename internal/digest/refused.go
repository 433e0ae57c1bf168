package digest

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"bantin/internal/store"
	"bantin/mailer"
)

// refusalQuorum is how many different recipients must meet the same
// unspecific refusal at DATA in one pass for it to be the message's or the
// server's, not the addresses'.
const refusalQuorum = 2

// refusals holds one pass's unspecific DATA refusals (mailer.SendError.
// Unspecific: "554 Transaction failed", "500 Error: FileNotFoundError"),
// which say nothing of whom they concern. A held row is not recorded until
// its batch's sends are done (pass.settle): then it fails and counts a
// bounce, as any 5xx about the address does. But once the same refusal
// (reply code and text, addresses, numbers and the recipient's own
// local part or domain aside) has met refusalQuorum
// different recipients, the server is refusing the message, and it would
// refuse every subscriber alike: the held rows of that refusal, the later
// ones and every row the pass has not sent yet wait for a retry with
// backoff, no bounce is counted, the pass sends nothing more (it still
// claims the due rows, to give each its backoff: the server then sees a
// couple of messages per retry, not a couple per pass), and the operator is
// told in each row, in the log and in the summary.
type refusals struct {
	mu      sync.Mutex
	held    map[string][]heldRefusal
	settled map[string]map[int64]bool // subscribers each refusal already failed
	stopKey string                    // the refusal that stopped the pass; "" while sending
	stop    error                     // what the stopped pass's rows say
}

type heldRefusal struct {
	job store.DigestJob
	err error
}

// refusalKey returns what makes two unspecific DATA refusals the same, or
// "" when err is not one. Words that differ from recipient to recipient are
// masked: addresses, numbers (queue ids), and the recipient's own local
// part or domain written without "@" ("554 rejected for ban3 at
// example.com"), as a whole name, not inside a longer word (the
// recipient "ban@…" leaves "banned" as it is).
func refusalKey(err error, rcpt string) string {
	var se *mailer.SendError
	if !errors.As(err, &se) || !se.Unspecific() {
		return ""
	}
	local, domain, _ := strings.Cut(strings.ToLower(rcpt), "@")
	words := strings.Fields(strings.ToLower(se.Reply()))
	for i, w := range words {
		switch {
		case strings.Contains(w, "@"):
			words[i] = "<address>"
		case strings.ContainsAny(w, "0123456789"):
			words[i] = "#"
		case len(local) >= 3 && containsName(w, local), len(domain) >= 3 && containsName(w, domain):
			words[i] = "<recipient>"
		}
	}
	return strconv.Itoa(se.Code) + " " + strings.Join(words, " ")
}

// containsName reports whether name stands in the lower-case word w with
// no letter or digit right before or after it: "<lan>", "lan," and
// "mail.hoa.vn" hold "lan" and "hoa.vn"; "banned" does not hold "ban".
func containsName(w, name string) bool {
	for from := 0; ; {
		i := strings.Index(w[from:], name)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(name)
		if (i == 0 || !nameByte(w[i-1])) && (end == len(w) || !nameByte(w[end])) {
			return true
		}
		from = i + 1
	}
}

// nameByte reports a byte that continues a name: a lower-case ASCII letter
// or digit, or any byte of a non-ASCII letter.
func nameByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 }

// hold takes row j's unspecific refusal err (key from refusalKey): it keeps
// the row for settle, or, when the refusal has now met refusalQuorum
// recipients or already stopped the pass, stops it and reschedules the rows.
func (p *pass) hold(ctx context.Context, j store.DigestJob, key string, err error) {
	r := &p.refused
	r.mu.Lock()
	var retry []heldRefusal
	switch {
	case r.stopKey == key:
		retry = []heldRefusal{{j, err}}
	case r.stopKey != "":
		r.held[key] = append(r.held[key], heldRefusal{j, err})
	default:
		r.held[key] = append(r.held[key], heldRefusal{j, err})
		if n := recipients(r.settled[key], r.held[key]); n >= refusalQuorum {
			retry = r.held[key]
			delete(r.held, key)
			r.stopKey = key
			r.stop = fmt.Errorf("the mail server refused the message alike for %d recipients (%s at DATA): the message or "+
				"the server, not the addresses (see the mail server's log); this pass stopped sending; retried, "+
				"not counted against the address", n, replyOf(err))
			p.d.log().Error("digest pass stopped: the mail server refuses the message itself, whoever it is for",
				"recipients", n, "reply", replyOf(err), "error", err)
		}
	}
	stop := r.stop
	r.mu.Unlock()
	for _, h := range retry {
		p.retry(ctx, h.job, stop, true)
	}
}

// stopped returns why the pass stopped sending, or nil.
func (p *pass) stopped() error {
	p.refused.mu.Lock()
	defer p.refused.mu.Unlock()
	return p.refused.stop
}

// settle fails the held rows once no send of their batch is left to repeat
// their refusal: one recipient's refusal is that recipient's bounce. (The
// same refusal in a later batch still counts towards the quorum, so a pass
// of batches of one charges at most one address.)
func (p *pass) settle(ctx context.Context) {
	p.refused.mu.Lock()
	held := p.refused.held
	p.refused.held = map[string][]heldRefusal{}
	for key, hs := range held {
		if p.refused.settled[key] == nil {
			p.refused.settled[key] = map[int64]bool{}
		}
		for _, h := range hs {
			p.refused.settled[key][h.job.Subscriber.ID] = true
		}
	}
	p.refused.mu.Unlock()
	for _, hs := range held {
		for _, h := range hs {
			p.fail(ctx, h.job, h.err, true)
		}
	}
}

// recipients counts the different subscribers of hs and settled (a
// subscriber whose earlier row a batch already failed is one recipient,
// not two).
func recipients(settled map[int64]bool, hs []heldRefusal) int {
	n := len(settled)
	seen := map[int64]bool{}
	for _, h := range hs {
		if !settled[h.job.Subscriber.ID] && !seen[h.job.Subscriber.ID] {
			seen[h.job.Subscriber.ID] = true
			n++
		}
	}
	return n
}

// replyOf is err's SMTP reply as an operator reads it: 554 "Transaction
// failed".
func replyOf(err error) string {
	var se *mailer.SendError
	if !errors.As(err, &se) {
		return err.Error()
	}
	return fmt.Sprintf("%d %q", se.Code, se.Reply())
}
