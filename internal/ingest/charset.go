package ingest

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"bantin/internal/vntext"
)

// legacyCharset is what undeclared, non-UTF-8 bytes are taken to be:
// Vietnamese legacy sites use windows-1258.
const legacyCharset = "windows-1258"

// toUTF8 returns body decoded to UTF-8 with any XML prolog rewritten to say
// so, and the charset label it used. The label comes from a BOM, else the
// XML prolog, else the Content-Type charset, else sniffing (valid UTF-8 →
// utf-8, otherwise windows-1258); a legacy label over valid, non-ASCII
// UTF-8 is overruled (see declaredLegacy). A prolog claiming UTF-16 over
// bytes that are not UTF-16 (VietnamBiz) is ignored. UTF-8 with a few invalid bytes
// stays UTF-8, each invalid run replaced by U+FFFD (which flags the item
// carrying it, see vntext.HasMojibake); bytes declared UTF-8 that are not
// UTF-8 at all are read as windows-1258. It fails only for an unknown label.
func toUTF8(body []byte, contentType string) ([]byte, string, error) {
	body, label, valid := sniffCharset(body, contentType)
	out, err := vntext.Decode(body, label) // body itself for utf-8
	if err != nil {
		return nil, label, err
	}
	if isUTF8(label) && !valid && !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return stripControls(rewriteProlog(out)), label, nil
}

// mostlyUTF8 reports whether body, which is not valid UTF-8, is UTF-8
// text with a few damaged bytes rather than text in a legacy single-byte
// charset: its valid multi-byte sequences outnumber its invalid bytes.
// (Vietnamese in windows-1258 has almost no valid UTF-8 sequences; UTF-8
// Vietnamese has one in nearly every word.)
func mostlyUTF8(body []byte) bool {
	multi, bad := 0, 0
	for i := 0; i < len(body); {
		if body[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(body[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			multi++
		}
		i += n
	}
	return multi > bad
}

// utf8OrLegacy returns "utf-8" for a body declared or sniffed as UTF-8
// that is valid or mostly so (its invalid bytes are repaired as U+FFFD),
// and legacyCharset for one that is not UTF-8 at all; and whether body is
// valid UTF-8.
func utf8OrLegacy(body []byte) (string, bool) {
	if utf8.Valid(body) {
		return "utf-8", true
	}
	if mostlyUTF8(body) {
		return "utf-8", false
	}
	return legacyCharset, false
}

// stripControls removes NUL and the other C0 controls XML forbids (tab,
// newline and carriage return stay). The common clean body is returned as is.
func stripControls(b []byte) []byte {
	// Byte by byte: no byte of a UTF-8 multi-byte sequence is below 0x80.
	i := 0
	for i < len(b) && !isForbiddenControl(rune(b[i])) {
		i++
	}
	if i == len(b) {
		return b
	}
	out := append(make([]byte, 0, len(b)), b[:i]...)
	for _, c := range b[i:] {
		if c >= 0x20 || c == '\t' || c == '\n' || c == '\r' {
			out = append(out, c)
		}
	}
	return out
}

func isForbiddenControl(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' && r != '\r' }

// sniffCharset picks the charset label (and strips a UTF-8 BOM); valid
// reports a body found to be valid UTF-8 on the way (false: not known).
func sniffCharset(body []byte, contentType string) (out []byte, label string, valid bool) {
	switch {
	case bytes.HasPrefix(body, []byte{0xEF, 0xBB, 0xBF}):
		return body[3:], "utf-8", false
	case bytes.HasPrefix(body, []byte{0xFE, 0xFF}), bytes.HasPrefix(body, []byte{0xFF, 0xFE}):
		return body, "utf-16", false
	}
	if label := prologEncoding(body); label != "" {
		if isUTF8(label) {
			label, valid := utf8OrLegacy(body)
			return body, label, valid
		}
		if !isUTF16(label) {
			return declaredLegacy(body, label)
		}
		// A UTF-16 document without a BOM would have NUL bytes in its
		// first characters; ASCII-compatible bytes mean the prolog lies.
		if len(body) > 1 && (body[0] == 0 || body[1] == 0) {
			return body, label, false
		}
	}
	if label := contentTypeCharset(contentType); label != "" && !isUTF16(label) {
		if isUTF8(label) {
			label, valid := utf8OrLegacy(body) // servers default to utf-8 for legacy files too
			return body, label, valid
		}
		return declaredLegacy(body, label)
	}
	label, valid = utf8OrLegacy(body)
	return body, label, valid
}

// declaredLegacy returns the label a prolog or Content-Type declared for a
// body in another charset than UTF-8 or UTF-16, unless the body is valid
// UTF-8 holding multi-byte sequences: then the declaration is a template's
// or a server default's mistake (legacy Vietnamese text is never valid
// UTF-8: an accented letter is one byte followed by ASCII), and decoding as
// declared would turn every accented letter into mojibake.
func declaredLegacy(body []byte, label string) ([]byte, string, bool) {
	if utf8.Valid(body) && !isASCII(body) {
		return body, "utf-8", true
	}
	return body, label, false
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// prologEncoding returns the encoding pseudo-attribute of a leading
// <?xml …?> declaration, lower case, or "".
func prologEncoding(body []byte) string {
	head := body[:min(len(body), 512)]
	head = bytes.TrimLeft(head, " \t\r\n")
	if !bytes.HasPrefix(head, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(head, []byte("?>"))
	if end < 0 {
		return ""
	}
	decl := string(head[:end])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t")
	rest = strings.TrimLeft(strings.TrimPrefix(rest, "="), " \t")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	q := rest[0]
	rest = rest[1:]
	j := strings.IndexByte(rest, q)
	if j < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(rest[:j]))
}

// rewriteProlog replaces the encoding of a leading XML declaration (in
// already-decoded UTF-8 text) with UTF-8, so gofeed does not decode twice.
func rewriteProlog(body []byte) []byte {
	trimmed := bytes.TrimLeft(body, " \t\r\n\uFEFF")
	if !bytes.HasPrefix(trimmed, []byte("<?xml")) {
		return body
	}
	if enc := prologEncoding(trimmed); enc == "" || isUTF8(enc) {
		return body
	}
	end := bytes.Index(trimmed, []byte("?>"))
	if end < 0 {
		return body
	}
	rest := trimmed[end+2:]
	out := make([]byte, 0, len(rest)+40)
	out = append(out, `<?xml version="1.0" encoding="UTF-8"?>`...)
	return append(out, rest...)
}

func contentTypeCharset(ct string) string {
	if ct == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(params["charset"]))
}

func isUTF16(label string) bool { return strings.HasPrefix(label, "utf-16") || label == "utf16" }
func isUTF8(label string) bool  { return label == "utf-8" || label == "utf8" }
