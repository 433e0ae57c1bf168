package web

import (
	"net/mail"
	"strings"
	"unicode/utf8"

	"bantin/internal/model"
	"bantin/internal/urlpolicy"
)

// AddressError is a subscriber address NormalizeEmail refused: Error is
// the reason in Vietnamese, for the form; English is the same for the
// command line. It wraps model.ErrInvalid.
type AddressError struct {
	Vietnamese, English string
	// Unicode is set when the part before @ is not ASCII: delivering to it
	// needs SMTPUTF8 (RFC 6531), which bantin's mail does not use.
	Unicode bool
}

func (e *AddressError) Error() string { return e.Vietnamese }
func (e *AddressError) Unwrap() error { return model.ErrInvalid }

// NormalizeEmail checks a subscriber address typed into the form or given
// to the CLI and returns it lower-cased, with an internationalised domain
// (ví-dụ.vn) as its ASCII form (xn--v-d-xxx.vn, IDNA 2008 lookup rules), as
// mail is sent to it and stored. It accepts only a bare address
// local@domain.tld of at most 254 bytes once converted (local part ≤ 64,
// ASCII dot-atom, no quotes, no IP literal) and rejects display names,
// comments, CR, LF and any other control or space character, so that
// nothing can smuggle a header or a second recipient. A local part that is
// not ASCII is refused with AddressError.Unicode set. Errors are
// *AddressError.
func NormalizeEmail(raw string) (string, error) {
	s := strings.TrimSpace(raw)
	bad := func(vi, en string) (string, error) {
		return "", &AddressError{Vietnamese: "địa chỉ email không hợp lệ (" + vi + ")", English: en}
	}
	if s == "" {
		return bad("trống", "empty")
	}
	if inner := namedAddress(s); inner != "" {
		return bad("chỉ nhập địa chỉ, không kèm tên: "+inner, "want the bare address "+inner+", without the name and <>")
	}
	// Copied from the end of a sentence: one dot, and one call deep (t ends
	// with no dot), however many dots s ends with.
	if t, ok := strings.CutSuffix(s, "."); ok && !strings.HasSuffix(t, ".") {
		if _, err := NormalizeEmail(t); err == nil {
			return bad("có dấu chấm ở cuối: "+t+"?", "it ends with a dot: "+t+"?")
		}
	}
	if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return bad("có ký tự không được phép", "it holds a space or control character")
	}
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return bad("chỉ nhập địa chỉ, ví dụ ban@example.com", "want a bare address such as ban@example.com")
	}
	local, domain := s[:at], s[at+1:]
	if !ascii(local) {
		return "", &AddressError{Unicode: true,
			Vietnamese: "địa chỉ có chữ có dấu hoặc ký tự ngoài bảng ASCII trước dấu @ chưa nhận được thư của Bản tin; hãy dùng một địa chỉ khác, ví dụ nguoi-dung@" + domain,
			English:    "the part before @ is not ASCII: mail to it needs SMTPUTF8, which bantin does not use; give an ASCII address"}
	}
	if !ascii(domain) {
		a, ok := urlpolicy.ASCIIHost(domain)
		if !ok {
			return bad("tên miền không đúng", "the domain is not a valid internationalised domain name")
		}
		domain = a
	}
	s = local + "@" + domain
	if len(s) > 254 {
		return bad("quá dài", "longer than 254 bytes")
	}
	if strings.ContainsAny(s, `"<>()[]\,;:`) {
		return bad("chỉ nhập địa chỉ, ví dụ ban@example.com", "want a bare address such as ban@example.com")
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return bad("chỉ nhập địa chỉ, ví dụ ban@example.com", "want a bare address such as ban@example.com")
	}
	if len(local) > 64 || !validDomain(domain) {
		return bad("tên miền hoặc phần trước @ không đúng", "the domain or the part before @ is malformed")
	}
	return strings.ToLower(s), nil
}

// namedAddress returns the address of s when s is an address with a display
// name, as a mail app copies it ("Nguyễn Văn A <ban@example.com>"), and ""
// otherwise: the address is refused (nothing but a bare address is taken),
// with the bare one named. The address named is one NormalizeEmail takes
// (its check runs before the character checks, and the error text reaches
// terminals and pages: no bidi override, DEL, C1 control or invalid byte
// is echoed); it holds no '<', so that call goes no deeper.
func namedAddress(s string) string {
	i := strings.LastIndexByte(s, '<')
	if i < 0 || !strings.HasSuffix(s, ">") || strings.ContainsAny(s[:i], "@,;") { // one address, not a list
		return ""
	}
	inner := s[i+1 : len(s)-1]
	if strings.Count(inner, "@") != 1 || strings.ContainsFunc(inner, func(r rune) bool { return r <= ' ' || strings.ContainsRune(`<>"(),;`, r) }) {
		return ""
	}
	if _, err := NormalizeEmail(inner); err != nil {
		return ""
	}
	return inner
}

// ascii reports whether s is all ASCII.
func ascii(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
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

// DisplayEmail returns addr, an address as NormalizeEmail returns and the
// store keeps it, as a visitor should read it: a domain written as ASCII
// A-labels (xn--v-d-rma6749a.vn) in its Unicode form (ví-dụ.vn). Anything
// that is not a well-formed A-label is shown as it is; addresses are
// stored and mailed in the ASCII form only.
func DisplayEmail(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at < 0 || !strings.Contains(strings.ToLower(addr[at+1:]), "xn--") {
		return addr
	}
	return addr[:at+1] + urlpolicy.UnicodeHost(addr[at+1:])
}
