package urlpolicy

import (
	"net/url"
	"slices"
	"strings"
)

// DefaultSecretParams are the query parameters Redactor removes unless
// configured otherwise: the names upstreams commonly use for keys, tokens,
// passwords and signatures.
const DefaultSecretParams = "api_key,apikey,key,token,access_token,auth,auth_token,secret,client_secret," +
	"password,passwd,pwd,sig,signature,session,sessionid,sid,private_token,x-api-key"

// Redactor strips credentials from URLs bantin shows publicly (a source's
// feed URL in RSS <source>, Atom <source>, JSON _bantin.source): user info
// and the configured secret query parameters. It is safe for concurrent
// use.
type Redactor struct {
	secret map[string]bool // lower-case parameter names, '-' read as '_'
}

// NewRedactor returns a Redactor removing the query parameters named in
// params, a comma-separated list compared case-insensitively, with '-' and
// '_' equal ("x-api-key" also removes "X_API_KEY").
func NewRedactor(params string) *Redactor {
	r := &Redactor{secret: map[string]bool{}}
	for p := range strings.SplitSeq(params, ",") {
		if p = normParam(p); p != "" {
			r.secret[p] = true
		}
	}
	return r
}

func normParam(p string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(p)), "-", "_")
}

// Redact returns raw checked by the policy, without user info and without
// secret query parameters (the other parameters keep their order and
// spelling). It returns "" when raw does not pass the policy: such a URL
// is not shown at all.
func (r *Redactor) Redact(raw string) string {
	u, ok := Parse(raw)
	if !ok {
		return ""
	}
	if u.RawQuery != "" {
		u.RawQuery = r.query(u.RawQuery)
	}
	u.ForceQuery = false
	return u.String()
}

// query drops the secret pairs of a raw query; ';' separates pairs too (some
// servers read it so), and the pairs kept are joined with '&'.
func (r *Redactor) query(q string) string {
	pairs := strings.FieldsFunc(q, func(c rune) bool { return c == '&' || c == ';' })
	kept := pairs[:0]
	for _, p := range pairs {
		name, _, _ := strings.Cut(p, "=")
		if n, err := url.QueryUnescape(name); err == nil {
			name = n
		}
		if !r.secret[normParam(name)] {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "&")
}

// Scrub returns text (an error message about raw, say) with every secret
// of raw replaced by "…": the password of its user info and the values of
// its secret query parameters, in their raw and decoded spellings (values
// shorter than three bytes are left: replacing them would garble the text).
func (r *Redactor) Scrub(text, raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return text
	}
	var secrets []string
	if pw, ok := u.User.Password(); ok {
		secrets = append(secrets, pw, url.UserPassword("", pw).String()[1:])
	}
	for _, p := range strings.FieldsFunc(u.RawQuery, func(c rune) bool { return c == '&' || c == ';' }) {
		name, val, _ := strings.Cut(p, "=")
		if n, err := url.QueryUnescape(name); err == nil {
			name = n
		}
		if !r.secret[normParam(name)] || val == "" {
			continue
		}
		secrets = append(secrets, val)
		if v, err := url.QueryUnescape(val); err == nil {
			secrets = append(secrets, v)
		}
	}
	for _, s := range secrets {
		if len(s) >= 3 {
			text = strings.ReplaceAll(text, s, "…")
		}
	}
	return text
}

// RedactIn returns text (an error message naming urls, say) with each of
// urls replaced by its redacted form (Redact) wherever it appears; a URL
// Redact refuses is left to the caller. Longer URLs are replaced first, so
// that a URL that extends another ("…?token=abcdef" after "…?token=abc")
// is replaced whole, not left with the tail of its secret.
func (r *Redactor) RedactIn(text string, urls []string) string {
	byLength := slices.Clone(urls)
	slices.SortStableFunc(byLength, func(a, b string) int { return len(b) - len(a) })
	for _, u := range byLength {
		if shown := r.Redact(u); shown != "" && shown != u {
			text = strings.ReplaceAll(text, u, shown)
		}
	}
	return text
}
