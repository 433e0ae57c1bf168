package web

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"time"

	"bantin/internal/signing"
	"bantin/templates"
)

// The page after subscribing and the confirmation mail (both parts) say
// how long the link is valid, and say what signing.ConfirmTTL is: a reader
// who opens the mail late knows why the link no longer works.
func TestConfirmationTextsSayTheLinkLifetime(t *testing.T) {
	want := fmt.Sprintf("liên kết có hiệu lực %d ngày", signing.ConfirmTTL/(24*time.Hour))
	for _, name := range []string{"pages/subscribe_done.html", "email/confirm.txt", "email/confirm.html"} {
		b, err := fs.ReadFile(templates.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), want) {
			t.Errorf("%s does not say %q", name, want)
		}
	}
}
