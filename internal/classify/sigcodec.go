package classify

import (
	"encoding/binary"
	"errors"
)

// The stored form of a signature: sigBytes bytes, versioned by sigVer.

// MarshalBinary encodes the signature: a version byte, the feature count,
// the place mask (8 bytes), the topic, the title number bits (4 bytes),
// the sigNames name hashes (2 bytes each), the match facts (sigTeams team
// hashes of 2 bytes, the score's 2 bytes, the age group, bit 1 for a result,
// bit 2 for a preview, bit 4 for a result stated in the title, bit 8
// for a sports story and the discipline in the high four bits), the
// title's day (2 bytes), the refused places (8 bytes), the sports side
// (sportID: the age group and the class, a byte each), a byte with bit 1
// for a daily bulletin, the title's moment cue (titleMoment) in bits 2
// and 4, bit 8 for a draw's follow-up (drawFollow; never with bit 1),
// bit 16 for a past-tense result (match.past), bit 32 for a
// match-day preview read as a result (match.ahead; never with bit 16)
// and the title's round (match.round) in bits 64 and 128,
// the sigTeams canonical team hashes of a result or an after-cued story (match.canon, 2 bytes
// each), a byte of the title's kinds of incident (incident: incidentAll's
// bits), a byte of which names are key names (keys), a byte of a price
// bulletin's goods (goods; bulletinGoods), then sigFeats hashes (4 bytes each) and sigFeats weights, all
// little-endian.
func (s Signature) MarshalBinary() ([]byte, error) {
	out := make([]byte, sigHeader, sigBytes)
	out[0], out[1] = sigVer, s.n
	binary.LittleEndian.PutUint64(out[2:], s.places)
	out[10] = s.topic
	binary.LittleEndian.PutUint32(out[11:], s.nums)
	for i, h := range s.names {
		binary.LittleEndian.PutUint16(out[15+2*i:], h)
	}
	const mo = 15 + 2*sigNames
	for i, h := range s.match.teams {
		binary.LittleEndian.PutUint16(out[mo+2*i:], h)
	}
	binary.LittleEndian.PutUint16(out[mo+2*sigTeams:], s.match.score)
	out[mo+2*sigTeams+2], out[mo+2*sigTeams+3] = s.match.age, s.matchFlags()
	binary.LittleEndian.PutUint16(out[mo+2*sigTeams+4:], s.day)
	binary.LittleEndian.PutUint64(out[mo+2*sigTeams+6:], s.refused)
	out[mo+2*sigTeams+14], out[mo+2*sigTeams+15] = s.match.id.age, s.match.id.class
	out[mo+2*sigTeams+16] = s.storyFlags()
	for i, h := range s.match.canon {
		binary.LittleEndian.PutUint16(out[mo+2*sigTeams+17+2*i:], h)
	}
	out[mo+4*sigTeams+17] = s.incident
	out[mo+4*sigTeams+18] = s.keys
	out[mo+4*sigTeams+19] = s.goods
	for _, h := range s.h {
		out = binary.LittleEndian.AppendUint32(out, h)
	}
	return append(out, s.w[:]...), nil
}

// UnmarshalBinary decodes what MarshalBinary produced; it refuses another
// version (signatures of older schemes are not comparable), a bad length
// or a field out of its range (a feature count over sigFeats; a story
// flags byte validFlags refuses; an incident bit outside incidentAll; a
// key-name bit beyond sigNames).
func (s *Signature) UnmarshalBinary(data []byte) error {
	const flags = 15 + 2*sigNames + 2*sigTeams + 16
	if len(data) != sigBytes || data[0] != sigVer || data[1] > sigFeats || !validFlags(data[flags]) || data[flags+1+2*sigTeams]&^incidentAll != 0 ||
		data[flags+2+2*sigTeams]>>sigNames != 0 {
		return errors.New("classify: not a signature of this version")
	}
	s.n = data[1]
	s.places = binary.LittleEndian.Uint64(data[2:])
	s.topic = data[10]
	s.nums = binary.LittleEndian.Uint32(data[11:])
	for i := range s.names {
		s.names[i] = binary.LittleEndian.Uint16(data[15+2*i:])
	}
	const mo = 15 + 2*sigNames
	for i := range s.match.teams {
		s.match.teams[i] = binary.LittleEndian.Uint16(data[mo+2*i:])
	}
	s.match.score = binary.LittleEndian.Uint16(data[mo+2*sigTeams:])
	s.match.age = data[mo+2*sigTeams+2]
	s.setMatchFlags(data[mo+2*sigTeams+3])
	s.day = binary.LittleEndian.Uint16(data[mo+2*sigTeams+4:])
	s.refused = binary.LittleEndian.Uint64(data[mo+2*sigTeams+6:])
	s.match.id = sportID{age: data[mo+2*sigTeams+14], class: data[mo+2*sigTeams+15]}
	s.setStoryFlags(data[mo+2*sigTeams+16])
	for i := range s.match.canon {
		s.match.canon[i] = binary.LittleEndian.Uint16(data[mo+2*sigTeams+17+2*i:])
	}
	s.incident = data[mo+4*sigTeams+17]
	s.keys = data[mo+4*sigTeams+18]
	s.goods = data[mo+4*sigTeams+19]
	for i := range s.h {
		s.h[i] = binary.LittleEndian.Uint32(data[sigHeader+4*i:])
	}
	copy(s.w[:], data[sigHeader+4*sigFeats:])
	return nil
}

// validFlags reports whether b is a flags byte MarshalBinary writes: the
// bulletin bit (1) or the follow-up bit (8), not both, a moment cue
// (bits 2 and 4) of 0, momentBefore or momentAfter, and the past-result
// bit (16) or the match-day preview bit (32), not both (aheadPreview
// refuses a past result).
func validFlags(b byte) bool {
	return b&^(1|3<<1|8|16|32|3<<6) == 0 && b>>1&3 <= momentAfter && b&(1|8) != 1|8 && b&(16|32) != 16|32
}

// flagBit is bit when on, else 0.
func flagBit(on bool, bit byte) byte {
	if on {
		return bit
	}
	return 0
}

// matchFlags is the match facts' flags byte: bit 1 a result, 2 a preview,
// 4 a result stated in the title, 8 a sports story, the discipline in the
// high four bits.
func (s *Signature) matchFlags() byte {
	m := &s.match
	return flagBit(m.ok, 1) | flagBit(m.preview, 2) | flagBit(m.titled, 4) | flagBit(m.sports, 8) | m.event<<4
}

// setMatchFlags sets the match facts matchFlags encodes from b.
func (s *Signature) setMatchFlags(b byte) {
	m := &s.match
	m.ok, m.preview, m.titled, m.sports, m.event = b&1 != 0, b&2 != 0, b&4 != 0, b&8 != 0, b>>4
}

// storyFlags is the story flags byte (validFlags): bit 1 a daily
// bulletin, the moment cue in bits 2 and 4, 8 a draw's follow-up, 16 a
// past-tense result, 32 a match-day preview read as a result, the
// title's round (match.round) in bits 64 and 128.
func (s *Signature) storyFlags() byte {
	return flagBit(s.bulletin, 1) | s.match.cue<<1 | flagBit(s.drawFollow, 8) | flagBit(s.match.past, 16) | flagBit(s.match.ahead, 32) | s.match.round<<6
}

// setStoryFlags sets the facts storyFlags encodes from b.
func (s *Signature) setStoryFlags(b byte) {
	s.bulletin, s.match.cue, s.drawFollow, s.match.past, s.match.ahead, s.match.round = b&1 != 0, b>>1&3, b&8 != 0, b&16 != 0, b&32 != 0, b>>6
}
