package classify

import (
	"encoding/binary"
	"errors"
	"hash/fnv"
	"math/bits"
	"strings"

	"bantin/internal/vntext"
)

// MinHash parameters: sigSize hash functions, cut into sigBands bands of
// bandRows rows. Two stories with word-set Jaccard similarity s share a band
// with probability 1-(1-s²)^32: 0.79 at s=0.2, 0.95 at s=0.3, 0.99 at s=0.4.
const (
	sigSize  = 64
	bandRows = 2
	sigBands = sigSize / bandRows
	sigVer   = 2
	sigBytes = 1 + 2 + 8 + 1 + 4 + 4*sigSize
)

// Signature is the MinHash signature of a story's folded words. The zero
// value (no words) is similar to nothing.
type Signature struct {
	v      [sigSize]uint32
	n      uint16 // number of distinct shingles; 0 means empty
	places uint64 // bit i: current unit i of the catalog named in title or summary
	topic  uint8  // 1 + index of the primary topic in the catalog; 0 unknown
	nums   uint32 // Bloom bits of the numbers in the title (not years)
}

// stopwords are frequent words that carry no event identity; they are left
// out of shingles so that unrelated stories do not look alike.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("va cua la co cac nhung mot duoc cho voi trong tai da se dang nay " +
		"khi de tu ve den nhu sau theo tren thi ra vao o con khong nguoi nam ngay thang " +
		"cung rat nhieu hon da bi do viec tren duoi nhat moi tinh thanh pho xa phuong " +
		"ong ba anh chi tp ubnd dong chi hien nay tiep tuc thuc hien cong tac") {
		m[w] = true
	}
	return m
}()

// hashCoef are fixed odd multipliers and offsets of the sigSize hash
// functions h_i(x) = (a_i·x + b_i) >> 32 over a 64-bit word hash x; fixed
// seeds make signatures comparable across processes and restarts.
var hashCoef = func() (c [sigSize][2]uint64) {
	s := uint64(0x9E3779B97F4A7C15)
	for i := range c {
		for j := range c[i] {
			s += 0x9E3779B97F4A7C15
			z := (s ^ s>>30) * 0xBF58476D1CE4E5B9
			z = (z ^ z>>27) * 0x94D049BB133111EB
			c[i][j] = (z ^ z>>31) | 1
		}
	}
	return c
}()

// NewSignature returns the signature of a story from its title and summary:
// folded words (no diacritics, lower case) without stopwords, so the same
// story told in different words by different outlets still shares most words.
func NewSignature(title, summary string) Signature {
	var sig Signature
	for i := range sig.v {
		sig.v[i] = ^uint32(0)
	}
	seen := make(map[uint64]struct{}, 64)
	for _, w := range vntext.Tokens(stripDates(title)) {
		if isDigits(w) && !(len(w) == 4 && (w[:2] == "19" || w[:2] == "20")) {
			sig.nums |= 1 << (fnvHash(w) % 32)
		}
	}
	for _, w := range vntext.Tokens(vntext.Fold(title + " \n " + summary)) {
		if len(w) < 2 && !isDigits(w) || stopwords[w] {
			continue
		}
		x := fnvHash(w)
		if _, dup := seen[x]; dup {
			continue
		}
		seen[x] = struct{}{}
		for i := range sig.v {
			hv, _ := bits.Mul64(hashCoef[i][0], x^hashCoef[i][1])
			sig.v[i] = min(sig.v[i], uint32(hv))
		}
	}
	sig.n = uint16(min(len(seen), 0xFFFF))
	return sig
}

// stripDates blanks the dates of a title ("2/9", "1/7/2026", "8.7.2026"),
// so that they do not count as the story's numbers: outlets date one story
// differently, or not at all.
func stripDates(title string) string {
	b := []byte(title)
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && (isDigit(b[j]) || (b[j] == '/' || b[j] == '.') && j > i && j+1 < len(b) && isDigit(b[j+1])) {
			j++
		}
		if j > i && isDate(string(b[i:j])) && (i == 0 || !isWordByte(b[i-1])) && (j == len(b) || !isWordByte(b[j])) {
			for k := i; k < j; k++ {
				b[k] = ' '
			}
		}
		i = max(j, i+1)
	}
	return string(b)
}

// isDate reports D/M, D/M/Y or D.M.YYYY with a plausible day and month.
func isDate(s string) bool {
	sep := "/"
	if !strings.Contains(s, "/") {
		sep = "."
	}
	parts := strings.Split(s, sep)
	if len(parts) < 2 || len(parts) > 3 || sep == "." && (len(parts) != 3 || len(parts[2]) != 4) {
		return false
	}
	d, m := atoiSmall(parts[0]), atoiSmall(parts[1])
	return d >= 1 && d <= 31 && m >= 1 && m <= 12 && len(parts[0]) <= 2 && len(parts[1]) <= 2 &&
		(len(parts) == 2 || len(parts[2]) == 2 || len(parts[2]) == 4)
}

func atoiSmall(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 3; i++ {
		if !isDigit(s[i]) {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte reports an ASCII letter or digit, or a byte of a multi-byte
// (Vietnamese) letter.
func isWordByte(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func fnvHash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// Empty reports whether the signature was built from no words.
func (s Signature) Empty() bool { return s.n == 0 }

// Bands returns the LSH band keys: one per band, the band number in the top
// byte so that keys of different bands never collide, then one context band
// per named place (with the topic). Empty signatures have no bands.
func (s Signature) Bands() []uint64 {
	if s.Empty() {
		return nil
	}
	out := make([]uint64, sigBands, sigBands+4)
	for b := range sigBands {
		x := uint64(s.v[b*bandRows])<<32 | uint64(s.v[b*bandRows+1])
		x = (x ^ x>>33) * 0xFF51AFD7ED558CCD
		x ^= x >> 29
		out[b] = uint64(b)<<56 | x&(1<<56-1)
	}
	return s.contextBands(out)
}

// Similarity estimates the Jaccard similarity of the two word sets: the
// share of equal MinHash values. It is 0 when either signature is empty;
// when both name provinces but none in common (one event happens in one
// place, however alike two headlines are: "HĐND X khai mạc kỳ họp").
func Similarity(a, b Signature) float64 {
	if a.Empty() || b.Empty() || a.places != 0 && b.places != 0 && a.places&b.places == 0 {
		return 0
	}
	eq := 0
	for i := range a.v {
		if a.v[i] == b.v[i] {
			eq++
		}
	}
	return float64(eq) / sigSize
}

// NumbersConflict reports whether both titles carry numbers and share none
// ("tăng 3%" and "tăng 8%", "thắng 6-4" and "thắng 8-8").
func NumbersConflict(a, b Signature) bool { return a.nums != 0 && b.nums != 0 && a.nums&b.nums == 0 }

// SharesPlace reports whether both signatures name a common place.
func SharesPlace(a, b Signature) bool { return a.places&b.places != 0 }

// SharesContext reports whether both name a common place and have the same
// primary topic.
func SharesContext(a, b Signature) bool {
	return SharesPlace(a, b) && a.topic != 0 && a.topic == b.topic
}

// MarshalBinary encodes the signature: a version byte, the shingle count
// (2 bytes), the place mask (8 bytes), the topic (1 byte), the title number
// bits (4 bytes) and sigSize uint32 values, all
// little-endian.
func (s Signature) MarshalBinary() ([]byte, error) {
	out := make([]byte, 16, sigBytes)
	out[0] = sigVer
	binary.LittleEndian.PutUint16(out[1:], s.n)
	binary.LittleEndian.PutUint64(out[3:], s.places)
	out[11] = s.topic
	binary.LittleEndian.PutUint32(out[12:], s.nums)
	for _, v := range s.v {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	return out, nil
}

// UnmarshalBinary decodes what MarshalBinary produced.
func (s *Signature) UnmarshalBinary(data []byte) error {
	if len(data) != sigBytes || data[0] != sigVer {
		return errors.New("classify: not a signature of this version")
	}
	s.n = binary.LittleEndian.Uint16(data[1:])
	s.places = binary.LittleEndian.Uint64(data[3:])
	s.topic = data[11]
	s.nums = binary.LittleEndian.Uint32(data[12:])
	for i := range s.v {
		s.v[i] = binary.LittleEndian.Uint32(data[16+4*i:])
	}
	return nil
}
