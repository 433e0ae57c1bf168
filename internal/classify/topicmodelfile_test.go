package classify

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// modelFile returns a model file of one class "y-te" whose features have
// the hash differences deltas (one count each), declaring nf features.
func modelFile(slugLen uint64, nf uint64, deltas ...uint64) []byte {
	b := []byte(modelMagic)
	b = binary.AppendUvarint(b, 1)
	b = binary.AppendUvarint(b, slugLen)
	b = append(b, "y-te"[:min(slugLen, 4)]...)
	b = binary.AppendUvarint(b, 3) // documents
	b = binary.AppendUvarint(b, 9) // feature occurrences
	b = binary.AppendUvarint(b, nf)
	for _, d := range deltas {
		b = binary.AppendUvarint(b, d)
		b = binary.AppendUvarint(b, 1)
	}
	return b
}

// TestReadTopicModelRefuses: a corrupt model file is refused with an
// error, without a panic and without allocating what it declares.
func TestReadTopicModelRefuses(t *testing.T) {
	for _, tc := range []struct {
		name string
		file []byte
		ok   bool
	}{
		{"well formed", modelFile(4, 3, 5, 2, 9), true},
		{"class name of 2^62 bytes", modelFile(1<<62, 0), false},
		{"2^24+1 features declared", modelFile(4, 1<<24+1, 5), false},
		{"a million features declared, one given", modelFile(4, 1<<20, 5), false},
		{"a hash twice", modelFile(4, 2, 5, 0), false},
		{"hashes past 32 bits", modelFile(4, 2, 1<<32-1, 5), false},
		{"a hash of 33 bits", modelFile(4, 1, 1<<32), false},
	} {
		m, err := ReadTopicModel(bytes.NewReader(tc.file))
		if (err == nil) != tc.ok {
			t.Errorf("%s: error %v", tc.name, err)
		}
		if tc.ok && (err != nil || m.Features() != 3 || m.Rarity(7) == m.Rarity(8)) {
			t.Errorf("%s: %v, %d features", tc.name, err, m.Features())
		}
	}
}

// FuzzReadTopicModel: any bytes are read without a panic, and a model
// read back writes the same bytes.
func FuzzReadTopicModel(f *testing.F) {
	f.Add(modelFile(4, 3, 5, 2, 9))
	f.Add(modelFile(1<<62, 0))
	f.Add(modelFile(4, 2, 1<<32-1, 5))
	f.Fuzz(func(t *testing.T, file []byte) {
		m, err := readTopicModel(bytes.NewReader(file), true)
		if err != nil {
			return
		}
		var back bytes.Buffer
		if _, err := m.WriteTo(&back); err != nil {
			t.Fatal(err)
		}
		if again, err := readTopicModel(bytes.NewReader(back.Bytes()), true); err != nil || again.Features() != m.Features() {
			t.Fatalf("written model read back: %v", err)
		}
	})
}
