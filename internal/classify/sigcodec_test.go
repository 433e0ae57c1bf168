package classify

import "testing"

// TestSigFlagBytes: every byte validFlags accepts decodes (setStoryFlags)
// to facts that encode (storyFlags) to it again, and so does every match
// flags byte (setMatchFlags, matchFlags): the stored flags lose nothing.
func TestSigFlagBytes(t *testing.T) {
	for b := 0; b < 256; b++ {
		var s Signature
		if validFlags(byte(b)) {
			s.setStoryFlags(byte(b))
			if got := s.storyFlags(); got != byte(b) {
				t.Errorf("story flags %#x read back as %#x", b, got)
			}
		}
		s.setMatchFlags(byte(b))
		if got := s.matchFlags(); got != byte(b) {
			t.Errorf("match flags %#x read back as %#x", b, got)
		}
	}
}
