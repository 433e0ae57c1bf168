package app

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// On a terminal a long status line is cut to 100 characters, not bytes: a
// byte cut split the Vietnamese letter at the cut and wrote invalid UTF-8.
func TestProgressClipsByRune(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, tty: true}
	line := "sent 2026-W48 " + strings.Repeat("ư", 200)
	p.step(line)
	got := strings.TrimPrefix(buf.String(), "\r\033[K[1] ")
	if !utf8.ValidString(got) || utf8.RuneCountInString(got) != 100 || !strings.HasPrefix(line, got) {
		t.Errorf("status line %q (%d runes, valid %v)", got, utf8.RuneCountInString(got), utf8.ValidString(got))
	}
	if c := clip("ngắn", 100); c != "ngắn" {
		t.Errorf("clip of a short line: %q", c)
	}
}
