package vntext

import (
	"fmt"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// Decode converts body from the named charset (an IANA or WHATWG label such
// as "windows-1258", "ISO-8859-1", "utf-8") to UTF-8. An empty label or a
// UTF-8 label returns body unchanged. It returns an error naming the label
// when the charset is unknown.
//
// Windows-1258 decodes to decomposed text; callers pass the result through
// Normalize.
func Decode(body []byte, label string) ([]byte, error) {
	label = strings.ToLower(strings.TrimSpace(label))
	if label == "" || label == "utf-8" || label == "utf8" {
		return body, nil
	}
	enc, err := lookup(label)
	if err != nil {
		return nil, err
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, fmt.Errorf("vntext: decode %s: %w", label, err)
	}
	return out, nil
}

// lookup returns the encoding of a charset label (WHATWG names, and
// UTF-16 with its BOM); an unknown label is an error naming it.
func lookup(label string) (encoding.Encoding, error) {
	switch label {
	case "utf-16", "utf16":
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM), nil
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, fmt.Errorf("vntext: unknown charset %q", label)
	}
	return enc, nil
}

// mojibakeMarkers are sequences that appear when UTF-8 Vietnamese is read as
// windows-1252/latin-1 (or worse) somewhere upstream.
var mojibakeMarkers = []string{"\uFFFD", "Ã¡", "Ã ", "Ã£", "Ã¢", "Ã©", "Ãª", "Ã´", "Ã³", "Ã²", "Ã¹", "Ãº", "Ã\u00ad", "Ä‘", "Ä\u0090", "Æ°", "Æ¡", "á»", "áº", "√"}

// HasMojibake reports whether s shows signs of a wrong decoding upstream
// (U+FFFD, "Ã…", "á»…", "Æ°", "√" sequences). Such text is flagged, never
// stored silently as if fine.
func HasMojibake(s string) bool {
	for _, m := range mojibakeMarkers {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}
