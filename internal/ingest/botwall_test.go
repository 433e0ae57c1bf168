package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"net/http"
	"strings"
	"testing"

	"bantin/internal/model"
)

// TestFetchBotWall: an error status whose page is a bot wall's challenge
// or block page is told apart from the server's own refusal, by the
// wall's header or its page (gzip too), and named in the error's text; a
// plain 403 or a 500 that mentions a CAPTCHA is no wall.
func TestFetchBotWall(t *testing.T) {
	gz := func(s string) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		_, _ = zw.Write([]byte(s))
		_ = zw.Close()
		return b.Bytes()
	}
	const challenge = `<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script></body></html>`
	type page struct {
		code    int
		headers map[string]string
		body    []byte
	}
	for _, tt := range []struct {
		name string
		p    page
		want string // StatusError.BotWall
	}{
		{"cloudflare challenge", page{403, map[string]string{"Server": "cloudflare"}, []byte(challenge)}, "Cloudflare"},
		{"cloudflare gzip", page{403, map[string]string{"Server": "cloudflare", "Content-Encoding": "gzip"}, gz(challenge)}, "Cloudflare"},
		{"cf-mitigated", page{403, map[string]string{"Cf-Mitigated": "challenge"}, nil}, "Cloudflare"},
		{"challenge behind a proxy", page{403, map[string]string{"Server": "nginx"}, []byte(challenge)}, "Cloudflare"},
		{"cloudflare 503", page{503, map[string]string{"Server": "cloudflare"}, []byte(challenge)}, "Cloudflare"},
		{"cloudflare block", page{403, map[string]string{"Server": "cloudflare"}, []byte("<h1>Sorry, you have been blocked</h1>")}, "Cloudflare"},
		{"ddos-guard", page{403, map[string]string{"Server": "ddos-guard"}, []byte("<title>DDoS-Guard</title>")}, "DDoS-Guard"},
		{"sucuri", page{403, map[string]string{"X-Sucuri-ID": "17"}, []byte("Access Denied - Sucuri Website Firewall")}, "Sucuri"},
		{"captcha", page{429, nil, []byte(`<form><div class="g-recaptcha"></div></form>`)}, "a bot wall"},
		{"plain 403", page{403, map[string]string{"Server": "nginx"}, []byte("<h1>403 Forbidden</h1>")}, ""},
		{"cloudflare plain 403", page{403, map[string]string{"Server": "cloudflare"}, []byte("<h1>403 Forbidden</h1>")}, ""},
		{"moment elsewhere", page{403, map[string]string{"Server": "nginx"}, []byte("<p>Just a moment, we are updating</p>")}, ""},
		{"500 with captcha", page{500, nil, []byte("captcha service down")}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				for k, v := range tt.p.headers {
					w.Header().Set(k, v)
				}
				w.WriteHeader(tt.p.code)
				_, _ = w.Write(tt.p.body)
			})
			_, err := testFetcher(Options{}).Fetch(context.Background(), model.Source{URL: srv.URL + "/rss"})
			se, ok := err.(*StatusError)
			if !ok || se.BotWall != tt.want {
				t.Fatalf("error %v, want a StatusError with bot wall %q", err, tt.want)
			}
			if text := Describe(err); (tt.want != "") != strings.Contains(text, "bot wall") {
				t.Errorf("text %q: names a bot wall %v, want %v", text, !(tt.want != ""), tt.want != "")
			}
		})
	}
}
