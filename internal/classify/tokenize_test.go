package classify

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"bantin/internal/vntext"
)

// tokenize appends the tokens of one field's text s, normalised as
// vntext.Normalize gives it, to toks. buf is scratch space for the folded
// text and is returned grown for reuse. Tests' form of tokenizeInto (the
// classifier's, with all its scratch space).
func (t *foldTable) tokenize(toks []token, s string, f field, buf []byte, voc vocab) ([]token, []byte) {
	tb := tokenBuf{fold: buf}
	toks = t.tokenizeInto(toks, s, f, &tb, voc)
	return toks, tb.fold
}

// tokenizeRef is the straightforward tokeniser that tokenize replaces, kept
// as its specification: normalise, range over the runes, count letters per
// rune, look each fold up as a string.
func tokenizeRef(t *foldTable, toks []token, s string, f field, voc vocab) []token {
	s = vntext.Normalize(s)
	var buf []byte
	start, prevEnd, tokStart, foldStart := len(toks), 0, -1, 0
	var st fieldStats
	var cased uint8
	flush := func(end int) {
		r, _ := utf8.DecodeRuneInString(s[tokStart:end])
		toks = append(toks, token{text: s[tokStart:end], gap: s[prevEnd:tokStart], field: f,
			first: len(toks) == start, upper: t.info(r).class&classUpper != 0, lower: cased == 0,
			fs: int32(foldStart), fe: int32(len(buf))})
		prevEnd, tokStart = end, -1
	}
	for i, r := range s {
		ri := t.info(r)
		if ri.class&classWord == 0 {
			if tokStart >= 0 {
				flush(i)
			}
			continue
		}
		if tokStart < 0 {
			tokStart, foldStart, cased = i, len(buf), 0
		}
		cased |= ri.class & classCased
		st.upper += int(ri.class>>1) & 1
		st.lower += int(ri.class>>2) & 1
		st.plain += int(ri.class>>3) & 1
		st.accent += int(ri.class>>4) & 1
		if ri.fold >= 0 {
			buf = utf8.AppendRune(buf, ri.fold)
		}
	}
	if tokStart >= 0 {
		flush(len(s))
	}
	caps := st.upper >= 4 && st.lower*10 <= st.upper
	ascii := st.plain >= 8 && st.accent*20 <= st.plain
	folded := string(buf)
	for i := start; i < len(toks); i++ {
		toks[i].caps, toks[i].ascii = caps, ascii
		toks[i].fold = folded[toks[i].fs:toks[i].fe]
		toks[i].id = voc.id(toks[i].fold, false)
	}
	return toks
}

// checkTokenize fails unless tokenizeInto gives tokenizeRef's tokens for
// the fields, tokenised one after the other with scratch space tb, reused.
func checkTokenize(t *testing.T, c *Classifier, tb *tokenBuf, fields ...string) {
	t.Helper()
	var got, want []token
	for f, s := range fields {
		got = c.fold.tokenizeInto(got, s, field(f%int(numFields)), tb, c.voc)
		want = tokenizeRef(c.fold, want, s, field(f%int(numFields)), c.voc)
	}
	if !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("%q: token %d is %+v, want %+v", fields, i, got[i], want[i])
			}
		}
		t.Fatalf("%q: %d tokens, want %d", fields, len(got), len(want))
	}
}

func TestTokenizeAsReference(t *testing.T) {
	c := newTest(t)
	var tb tokenBuf
	for _, tc := range [][]string{
		{""},
		{"Thái Nguyên", "ĐĂK LĂK – “Hà Nội”… TP.HCM", "Ea H'leo, D’Ran"},
		{"THỦ TƯỚNG PHẠM MINH CHÍNH", "thu tuong pham minh chinh tham tinh thai nguyen", "x"},
		{"Hoà\u0301 Ðắk Lắk ð", "a\x00b\x7fc", "\xff\xe2\x80 Quảng \xc3"},
		{"Bắc Kạn (cũ) 中国 Hà Nội 🙂 Sài Gòn", "Αθήνα Москва ﬁ ǅ ẞ Ⱥ", "\u0301\u0300 e\u0301"},
		{"Kon Tum\u00a0và Gia\u2009Lai", "số 123 đường 3/2", "Khánh Hòa, Khánh Hoà"},
		// Byte sequences the hand decoder (run) must refuse as utf8 does:
		// overlong forms, a surrogate, a missing or a stray continuation
		// byte, a cut four-byte rune; and runes just past the fold table.
		invalidUTF8,
		{"Ha\u0300 No\u0323\u0302i", "\u2070 x\u2071 \u206f\u2100", "\U0001F600a\xf0\x9f\x98 b"},
	} {
		checkTokenize(t, c, &tb, tc...)
	}
	for _, a := range loadEval(t) {
		checkTokenize(t, c, &tb, a.Title, a.Summary, a.Body)
	}
}

// invalidUTF8 are byte sequences that utf8 decodes as U+FFFD, one byte at
// a time, next to letters that run reads itself. A misread that gives a
// rune Normalize keeps (vntext.IsPlainRune: "\xc3A" as Á, "\xe1\xb8A" as
// U+1E01) is seen only in the first pass: text with another rune is read
// again once normalised, as valid UTF-8.
var invalidUTF8 = []string{"a\xc3\x41b", "a\xe1\xb8\x41b", "a\xe1x\x80b", "a\xe2\x80\xe1\xbb\x87", "a\xc0\xafb", "a\xc1\xbfb", "a\xe0\x80\xafb", "a\xed\xa0\x80b", "a\xe1\x41b", "a\xe2\x80\x41b",
	"a\x80b", "a\xe1\xbb\xe1\xbb\x87", "a\xf4\x90\x80\x80b", "ệ\xc2"}

func FuzzTokenize(f *testing.F) {
	for _, s := range append([]string{"Thái Nguyên", "Ðắk Lắk", "Hoà\u0301", "a\x00b", "\xff", "\xe2\x80", "中国 🙂", "THÁI BÌNH"}, invalidUTF8...) {
		f.Add(s, strings.ToUpper(s))
	}
	c, err := sigClassifier()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		checkTokenize(t, c, &tokenBuf{}, a, b, a+" "+b)
		got, _ := c.fold.tokenize(nil, a, fieldTitle, nil, c.voc)
		if want := tokenizeRef(c.fold, nil, a, fieldTitle, c.voc); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: tokenize gives %+v, want %+v", a, got, want)
		}
	})
}

// TestTokenFields guards tokenizeInto, which sets a token field by field
// over a reused slot: a new field of token must be set there too.
func TestTokenFields(t *testing.T) {
	if n := reflect.TypeFor[token]().NumField(); n != 13 {
		t.Fatalf("token has %d fields: set the new ones in tokenizeInto, then update this count", n)
	}
}

// TestTokenizeReusedSlots checks that tokens written over an earlier
// article's (keys computed, other text) equal fresh ones.
func TestTokenizeReusedSlots(t *testing.T) {
	c := newTest(t)
	var tb tokenBuf
	toks := c.fold.tokenizeInto(nil, "Ủy ban nhân dân tỉnh Khánh Hòa họp báo", fieldTitle, &tb, c.voc)
	for i := range toks {
		keyOf(toks, i)
	}
	got := c.fold.tokenizeInto(toks[:0], "THÀNH PHỐ HỒ CHÍ MINH – Sài Gòn", fieldSummary, &tb, c.voc)
	want := tokenizeRef(c.fold, nil, "THÀNH PHỐ HỒ CHÍ MINH – Sài Gòn", fieldSummary, c.voc)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("over reused slots: %+v, want %+v", got, want)
	}
}
