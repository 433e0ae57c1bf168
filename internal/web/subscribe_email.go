package web

import (
	"fmt"
	"net/mail"
	"strings"

	"bantin/internal/model"
)

// NormalizeEmail checks a subscriber address typed into the form or given
// to the CLI and returns it lower-cased. It accepts only a bare ASCII
// address local@domain.tld of at most 254 bytes (local part ≤ 64, dot-atom,
// no quotes, no IP literal) and rejects display names, comments, CR, LF and
// any other control or space character, so that nothing can smuggle a
// header or a second recipient. Errors wrap model.ErrInvalid.
func NormalizeEmail(raw string) (string, error) {
	s := strings.TrimSpace(raw)
	bad := func(why string) (string, error) {
		return "", fmt.Errorf("địa chỉ email không hợp lệ (%s): %w", why, model.ErrInvalid)
	}
	if s == "" {
		return bad("trống")
	}
	if len(s) > 254 {
		return bad("quá dài")
	}
	for _, c := range []byte(s) {
		if c <= ' ' || c >= 0x7f {
			return bad("có ký tự không được phép")
		}
	}
	if strings.ContainsAny(s, `"<>()[]\,;:`) {
		return bad("chỉ nhập địa chỉ, ví dụ ban@example.com")
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return bad("chỉ nhập địa chỉ, ví dụ ban@example.com")
	}
	at := strings.LastIndexByte(s, '@')
	local, domain := s[:at], s[at+1:]
	if len(local) > 64 || !validDomain(domain) {
		return bad("tên miền hoặc phần trước @ không đúng")
	}
	return strings.ToLower(s), nil
}

// validDomain accepts host names with at least two labels of letters,
// digits and inner hyphens.
func validDomain(d string) bool {
	labels := strings.Split(d, ".")
	if len(labels) < 2 || len(d) > 253 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, c := range []byte(l) {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}
