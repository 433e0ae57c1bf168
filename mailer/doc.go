// Package mailer turns weekly news digests and subscription confirmations into
// signed MIME messages and delivers them.
//
// The flow is Renderer → Sender. The caller (internal/digest) chooses and
// ranks the stories of a digest; mailer shows them in that order:
//
//   - [GroupByTopic] puts the stories under their topic headings, keeping
//     their order.
//   - [Renderer] loads the email templates once from an fs.FS (email/...), inlines
//     email/style.css into the HTML templates at load time, and renders messages.
//     [Renderer.RenderShared] executes the templates once per filter group and
//     returns a [SharedDigest] whose per-recipient slots (address, links) are
//     filled by plain string concatenation in [SharedDigest.Message].
//   - A [Sender] delivers the finished bytes: [SMTP] over a bounded pool of
//     reused connections, or [Outbox] as .eml files in a folder.
//
// The package knows nothing of bantin's database; callers convert their own
// records into [Digest] and [Confirmation] values.
package mailer
