package model

// FetchErrorKind is the kind of a source's recorded last error: what the
// status page and `bantin sources` name, each in its reader's words. The
// values are stored (sources.last_error_detail): never rename one.
type FetchErrorKind string

// The kinds of a source's last error.
const (
	KindNone    FetchErrorKind = ""        // no error recorded
	KindUnknown FetchErrorKind = "unknown" // an error recorded without its kind
	KindOther   FetchErrorKind = "other"   // none of the kinds below

	KindHTTP       FetchErrorKind = "http"        // an error status (4xx, 5xx)
	KindRetryLater FetchErrorKind = "retry_later" // 429, or 503 with Retry-After: asked to come back later
	KindBotWall    FetchErrorKind = "bot_wall"    // a bot wall's challenge page (Cloudflare…) instead of the feed
	KindGone       FetchErrorKind = "gone"        // 410 Gone: the source is retired
	KindTimeout    FetchErrorKind = "timeout"     // no whole answer in time
	KindTooLarge   FetchErrorKind = "too_large"   // a body over the size limit
	KindParse      FetchErrorKind = "parse"       // a body that is no readable feed
	KindWebPage    FetchErrorKind = "web_page"    // a web page (HTML), not a feed
	KindBrokenFeed FetchErrorKind = "broken_feed" // read up to a break in its XML (not a failure)

	KindNoSuchHost     FetchErrorKind = "no_such_host"    // the host name does not exist
	KindDNS            FetchErrorKind = "dns"             // the host name could not be looked up
	KindPrivateAddress FetchErrorKind = "private_address" // a loopback or private address, refused
	KindRedirectLoop   FetchErrorKind = "too_many_redirects"
	KindRedirectScheme FetchErrorKind = "redirect_scheme" // redirected to a non-http(s) URL
	KindRefused        FetchErrorKind = "connection_refused"
	KindReset          FetchErrorKind = "connection_reset"
	KindCertificate    FetchErrorKind = "tls_certificate" // a certificate that does not verify
	KindTLS            FetchErrorKind = "tls"             // another TLS failure
	KindUnreachable    FetchErrorKind = "network_unreachable"
	KindMovedOnto      FetchErrorKind = "moved_onto_source" // a 301 to another source's URL
	KindStore          FetchErrorKind = "store"             // bantin could not save what it read (its own database)
)
