package mailer

import (
	"regexp"
	"strings"
)

var (
	styleElement = regexp.MustCompile(`(?s)<style[^>]*>(.*?)</style>`)
	cssClass     = regexp.MustCompile(`\.([A-Za-z_][\w-]*)`)
	classAttr    = regexp.MustCompile(` class="([^"]*)"`)
)

// keepStyledClasses removes from the class attributes of premailer's output
// every class that no rule left in a <style> element selects (the media
// queries premailer cannot inline: phones, dark mode), and the attribute when
// none is left: the inlined rules no longer need them and they would only
// grow every message. A class holding a template action placeholder is kept.
// Premailer writes attributes double-quoted and escapes quotes in text, so
// ` class="` only occurs as an attribute.
func keepStyledClasses(html string) string {
	used := map[string]bool{}
	for _, s := range styleElement.FindAllStringSubmatch(html, -1) {
		for _, c := range cssClass.FindAllStringSubmatch(s[1], -1) {
			used[c[1]] = true
		}
	}
	return classAttr.ReplaceAllStringFunc(html, func(attr string) string {
		var kept []string
		for c := range strings.FieldsSeq(classAttr.FindStringSubmatch(attr)[1]) {
			if used[c] || strings.Contains(c, "BANTINACTION") {
				kept = append(kept, c)
			}
		}
		if len(kept) == 0 {
			return ""
		}
		return ` class="` + strings.Join(kept, " ") + `"`
	})
}
