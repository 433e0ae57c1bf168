package mailer

import (
	"strings"
	"testing"
)

// The intro line is what mail apps show as the preview; a reader of the
// text/plain part (or an app that previews it) gets the same sentence.
func TestDigestPartsOpenWithTheSameIntro(t *testing.T) {
	const intro = "4 tin đáng chú ý từ 23/11/2026 đến 29/11/2026"
	m, err := newTestRenderer(t, nil).RenderDigest(sampleDigest())
	if err != nil {
		t.Fatal(err)
	}
	p := parseMessage(t, m.Raw)
	if !strings.Contains(p.html, ">"+intro+"</p>") {
		t.Errorf("HTML part lacks the intro %q", intro)
	}
	if first, _, _ := strings.Cut(p.text, "\n"); strings.TrimSuffix(first, "\r") != intro {
		t.Errorf("text part opens with %q, want the intro %q", first, intro)
	}
}
