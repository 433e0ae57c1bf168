package mailer

import "time"

// Story is one candidate article for a digest.
type Story struct {
	Title      string
	URL        string
	Source     string    // name of the paper that published this article
	Published  time.Time // shown in the renderer's time zone
	ImageURL   string    // optional; only http(s) URLs are shown
	Summary    string    // plain text; shortened for display
	TopicSlug  string    // primary topic, e.g. "xay-dung-dang"; empty groups under "Tin khác"
	TopicLabel string    // e.g. "Xây dựng Đảng"
	// ClusterID is shared by articles about the same event across sources.
	// Empty means the story is its own cluster (keyed by URL).
	ClusterID string
	// ClusterSize is how many sources covered the story (1 when alone).
	ClusterSize int
	// StoryURL is the page of the story's full coverage (every outlet's
	// article), linked from "N nguồn" when ClusterSize > 1; optional.
	StoryURL string
}

// Period is the span a digest covers, e.g. ISO week 48 of 2026.
type Period struct {
	Label string    // shown in subject and body, e.g. "48/2026"
	Start time.Time // inclusive
	End   time.Time // exclusive
}

// Recipient holds everything that differs between two subscribers who share
// the same filters. All URLs must be absolute http(s) URLs; UnsubscribeURL and
// OneClickURL must be https and are expected to be signed by the caller.
type Recipient struct {
	Address string // bare address, e.g. "ban@example.com"
	// Shown is the address as the message's text shows it to the reader
	// (a Unicode domain, ban@ví-dụ.vn, for an Address of A-labels);
	// Address when empty. The message is sent to Address.
	Shown string
	// Key identifies the message: it becomes the Message-ID local part and the
	// outbox file name, so a resend of the same key yields the same Message-ID.
	// Allowed characters: letters, digits, '.', '_', '-'. Example: "digest-2026-W48-42".
	Key            string
	ViewURL        string // "view in browser" archive page
	PreferencesURL string // signed link to change topics and provinces
	UnsubscribeURL string // signed https link to a page with one button (GET)
	OneClickURL    string // signed https RFC 8058 POST target; UnsubscribeURL when empty
}

// Digest is one weekly digest for one set of filters. Recipient is ignored by
// [Renderer.RenderShared] and used by [Renderer.RenderDigest].
type Digest struct {
	Period    Period
	Topics    []string // chosen topic labels; empty means all topics
	Provinces []string // chosen province labels; empty means all provinces
	Stories   []Story  // chosen and ranked by the caller; shown in this order, grouped by topic
	// More is, by topic slug, what a section leaves out: it ends with
	// "và N tin khác" linking to the page listing them. Optional.
	More      map[string]More
	Recipient Recipient
}

// More is the rest of a digest section: Count more articles at URL (an
// absolute http(s) URL). A zero Count shows nothing.
type More struct {
	Count int
	URL   string
}

// Confirmation is the double opt-in message sent after a subscription request.
type Confirmation struct {
	Address    string // bare address
	Shown      string // see [Recipient.Shown]
	Key        string // see [Recipient.Key], e.g. "confirm-42-1764185000"
	ConfirmURL string // signed http(s) link
	Topics     []string
	Provinces  []string
}

// TopicGroup is a run of stories under one topic heading.
type TopicGroup struct {
	Slug    string
	Label   string
	Stories []Story
	More    More // the rest of the section, if any
}

// Message is a finished email: envelope plus the exact bytes to transmit
// (CRLF line endings, DKIM-signed when the renderer has a key).
type Message struct {
	Key       string   // from [Recipient.Key] or [Confirmation.Key]
	MessageID string   // without angle brackets, e.g. "digest-2026-W48-42@example.org"
	From      string   // envelope sender (bare address)
	To        []string // envelope recipients (bare addresses)
	Raw       []byte
}

// Archive is a past digest as its "view in browser" page shows it: the
// stories of one week for one set of filters, grouped as in the mail, with
// times in the digest's zone.
type Archive struct {
	Period     string    // ISO week, e.g. "2026-W48"
	Label      string    // as shown, e.g. "48/2026"
	Start, End time.Time // the week, End exclusive
	Topics     []string  // labels of the chosen topics; empty means all
	Provinces  []string  // labels of the chosen provinces; empty means all
	Groups     []TopicGroup
	Ongoing    bool // the week has not ended: the stories so far
}
