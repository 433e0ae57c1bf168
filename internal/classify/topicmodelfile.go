package classify

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// The file format of a topic model (WriteTo, ReadTopicModel).

// WriteTo writes the model (which must have its counts: a trained one or
// one read with them): a magic line, the classes with their document
// and feature totals, then the features by increasing hash, each as the
// difference to the previous hash and its per-class counts, all unsigned
// varints.
func (m *TopicModel) WriteTo(w io.Writer) (int64, error) {
	if m.counts == nil && len(m.hashes) > 0 {
		return 0, errors.New("classify: this topic model was read without its counts")
	}
	var b []byte
	b = append(b, modelMagic...)
	b = binary.AppendUvarint(b, uint64(len(m.classes)))
	for c, s := range m.classes {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
		b = binary.AppendUvarint(b, uint64(m.docs[c]))
		b = binary.AppendUvarint(b, uint64(m.totals[c]))
	}
	b = binary.AppendUvarint(b, uint64(len(m.hashes)))
	prev := uint32(0)
	nc := len(m.classes)
	for r, h := range m.hashes {
		b = binary.AppendUvarint(b, uint64(h-prev))
		prev = h
		for c := range nc {
			b = binary.AppendUvarint(b, uint64(m.counts[r*nc+c]))
		}
	}
	n, err := w.Write(b)
	return int64(n), err
}

// ReadTopicModel reads what WriteTo wrote, keeping only what
// classification needs. It fails on another format or a truncated file.
func ReadTopicModel(r io.Reader) (*TopicModel, error) { return readTopicModel(r, false) }

// readTopicModel reads a model; keepCounts keeps the counts for training
// and writing (6 MB more in memory for the shipped model).
func readTopicModel(r io.Reader, keepCounts bool) (*TopicModel, error) {
	br := bufio.NewReader(r)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("not a bantin topic model")
	}
	var errRead error
	rd := func() uint64 {
		v, e := binary.ReadUvarint(br)
		if e != nil && errRead == nil {
			errRead = e
		}
		return v
	}
	m := &TopicModel{}
	nc := rd()
	if nc == 0 || nc > maxModelClasses {
		return nil, errors.New("topic model: bad class count")
	}
	for range nc {
		n := rd()
		if errRead != nil || n > maxModelSlug {
			return nil, errors.New("topic model: bad class name")
		}
		s := make([]byte, n)
		if _, err := io.ReadFull(br, s); err != nil {
			return nil, fmt.Errorf("topic model: %w", err)
		}
		m.classes = append(m.classes, string(s))
		m.docs = append(m.docs, float64(rd()))
		m.totals = append(m.totals, float64(rd()))
	}
	nf := rd()
	if errRead != nil || nf > maxModelFeatures {
		return nil, fmt.Errorf("topic model: truncated header")
	}
	err := m.readRows(rd, int(nc), int(nf))
	if errRead != nil {
		return nil, fmt.Errorf("topic model: truncated: %w", errRead)
	}
	if err != nil {
		return nil, err
	}
	m.finish()
	if !keepCounts {
		m.counts = nil
	}
	return m, nil
}

// Bounds on what a model file may declare, so that a corrupt file is
// refused instead of exhausting memory: the catalog has 16 topics, its
// slugs are short, and the shipped model keeps about 300,000 features.
const (
	maxModelClasses  = 64
	maxModelSlug     = 255
	maxModelFeatures = 1 << 24
)

// readRows reads nf feature rows of nc counts each with rd into m's
// hashes, counts and feats. It fails when the hashes do not increase
// (a difference of 0 after the first, or a sum past 32 bits); a truncated
// file leaves rd's error set, for the caller to check. The rows are
// appended as they are read, so a file that declares more than it holds
// costs what it holds.
func (m *TopicModel) readRows(rd func() uint64, nc, nf int) error {
	const prealloc = 1 << 16
	m.hashes, m.counts = make([]uint32, 0, min(nf, prealloc)), make([]uint32, 0, min(nf, prealloc)*nc)
	m.feats = make(map[uint32]int32, min(nf, prealloc))
	h := uint64(0)
	for r := range nf {
		d := rd()
		if r > 0 && d == 0 || d > math.MaxUint32-h {
			return errors.New("topic model: features out of order")
		}
		h += d
		m.hashes, m.feats[uint32(h)] = append(m.hashes, uint32(h)), int32(r)
		for range nc {
			m.counts = append(m.counts, uint32(min(rd(), math.MaxUint32)))
		}
	}
	return nil
}
