package ingest

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"strings"
)

// errorPageBytes is how much of an error status's body is read: enough for
// a bot wall's challenge page to name itself, and what is drained anyway so
// that the connection is reused.
const errorPageBytes = 64 << 10

// botWall reads the start of hr's body, an error status's (403, 429 or
// 503: the statuses bot walls answer with), and names the bot wall whose
// challenge or block page it is: "Cloudflare", "DDoS-Guard", "Sucuri",
// "Akamai", or "a bot wall" for a page that asks for a CAPTCHA or checks
// the browser without naming its maker; "" for any other answer. The rest
// of the body is drained up to errorPageBytes.
func botWall(hr *http.Response) string {
	page := errorPage(hr)
	switch hr.StatusCode {
	case http.StatusForbidden, http.StatusTooManyRequests, http.StatusServiceUnavailable:
	default:
		return ""
	}
	server := strings.ToLower(strings.Join(hr.Header.Values("Server"), " "))
	low := bytes.ToLower(page)
	has := func(s ...string) bool {
		for _, m := range s {
			if bytes.Contains(low, []byte(m)) {
				return true
			}
		}
		return false
	}
	switch {
	case strings.EqualFold(hr.Header.Get("Cf-Mitigated"), "challenge"), has("/cdn-cgi/challenge-platform/", "cf-chl-"),
		strings.Contains(server, "cloudflare") && has("just a moment", "attention required", "you have been blocked"):
		return "Cloudflare"
	case strings.Contains(server, "ddos-guard") || has("ddos-guard"):
		return "DDoS-Guard"
	case hr.Header.Get("X-Sucuri-Id") != "" || has("sucuri website firewall"):
		return "Sucuri"
	case strings.HasPrefix(server, "akamaighost") && hr.StatusCode == http.StatusForbidden && has("reference&#32;#", "reference #"):
		return "Akamai"
	case has("captcha", "checking your browser", "enable javascript and cookies to continue"):
		return "a bot wall"
	}
	return ""
}

// errorPage returns up to errorPageBytes of hr's body, decompressed when
// it is gzip (bantin asks for gzip itself, so the transport leaves it),
// reading and dropping the rest of that much; what cannot be read is
// left out.
func errorPage(hr *http.Response) []byte {
	raw, _ := io.ReadAll(io.LimitReader(hr.Body, errorPageBytes))
	if !strings.EqualFold(strings.TrimSpace(hr.Header.Get("Content-Encoding")), "gzip") {
		return raw
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil
	}
	page, _ := io.ReadAll(io.LimitReader(zr, errorPageBytes))
	return page
}

// botWallText is how an error's text names the bot wall w (botWall's).
func botWallText(w string) string {
	if w == "a bot wall" {
		return "a bot wall's page"
	}
	return w + "'s bot wall"
}
