package mailer

import (
	"bytes"
	"math"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// luminance is the WCAG relative luminance of a #rrggbb colour.
func luminance(hex string) float64 {
	var l [3]float64
	for i := range l {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.03928 {
			l[i] = c / 12.92
		} else {
			l[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}

func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

var (
	colorDecl = regexp.MustCompile(`(?:^|[;"\s{])color:\s*(#[0-9a-fA-F]{6})`)
	bgDecl    = regexp.MustCompile(`background-color:\s*(#[0-9a-fA-F]{6})`)
)

// TestTextContrast: every text colour of the digest and the confirmation
// has at least 4.5:1 (WCAG AA) against every background it can sit on
// (dark text on the light backgrounds, light text on the dark ones), and
// no text is hidden.
func TestTextContrast(t *testing.T) {
	r := newTestRenderer(t, nil)
	for name, raw := range map[string][]byte{"digest": digestRaw(t, r), "confirm": confirmRaw(t, r)} {
		html := parseMessage(t, raw).html
		var light, dark []string
		for _, m := range bgDecl.FindAllStringSubmatch(html, -1) {
			if luminance(m[1]) > 0.4 {
				light = append(light, m[1])
			} else {
				dark = append(dark, m[1])
			}
		}
		for _, m := range colorDecl.FindAllStringSubmatch(html, -1) {
			bgs := light
			if luminance(m[1]) > 0.4 {
				bgs = dark
			}
			for _, bg := range bgs {
				if c := contrast(m[1], bg); c < 4.5 {
					t.Errorf("%s: text %s on %s has contrast %.2f:1, want at least 4.5:1", name, m[1], bg, c)
				}
			}
		}
		for _, hidden := range []string{"display:none", "display: none", "font-size:1px", "max-height:0"} {
			if strings.Contains(html, hidden) {
				t.Errorf("%s: hidden text (%s)", name, hidden)
			}
		}
	}
}

// TestPhoneLayout: on narrow screens the digest stacks each picture above
// its text (a media query the inliner keeps in a <style> block, on classes
// it keeps), and the confirmation is fluid with a fallback link that wraps.
func TestPhoneLayout(t *testing.T) {
	r := newTestRenderer(t, nil)
	html := parseMessage(t, digestRaw(t, r)).html
	style := regexp.MustCompile(`(?s)<style[^>]*>(.*?)</style>`).FindStringSubmatch(html)
	if style == nil || !strings.Contains(style[1], "@media only screen and (max-width: 480px)") ||
		!regexp.MustCompile(`\.thumb, \.story-text \{\s*display: block !important;\s*width: 100% !important`).MatchString(style[1]) {
		t.Errorf("no media query stacking the picture in a <style> block: %q", style)
	}
	for _, cls := range []string{`class="thumb"`, `class="thumb-img"`, `class="story-text"`} {
		if !strings.Contains(html, cls) {
			t.Errorf("the inliner dropped %s, which the media query needs", cls)
		}
	}
	ch := parseMessage(t, confirmRaw(t, r)).html
	if strings.Contains(ch, `width="600"`) || !strings.Contains(ch, "max-width:600px") {
		t.Errorf("confirmation is not fluid up to 600 px")
	}
	if !regexp.MustCompile(`<a [^>]*style="[^"]*word-break:break-all[^"]*"[^>]*>https://`).MatchString(ch) {
		t.Errorf("the fallback link cannot wrap:\n%s", ch)
	}
}

// TestSpamAssassinScore scores the sample digest with SpamAssassin's
// offline rules (spamassassin -L -t, no network tests) when it is
// installed: at most 0.5 points.
func TestSpamAssassinScore(t *testing.T) {
	sa, err := exec.LookPath("spamassassin")
	if err != nil {
		t.Skip("spamassassin is not installed (Debian package spamassassin); the spam score is not checked")
	}
	r := newTestRenderer(t, func(o *Options) { o.From = "Bản tin <bantin@bantin.example>" })
	cmd := exec.Command(sa, "-L", "-t")
	cmd.Stdin = bytes.NewReader(digestRaw(t, r))
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	out, err := cmd.Output()
	if err != nil && len(out) == 0 {
		t.Fatalf("spamassassin: %v", err)
	}
	m := regexp.MustCompile(`Content analysis details:\s+\((-?[0-9.]+) points`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no score in spamassassin's report:\n%s", out)
	}
	score, _ := strconv.ParseFloat(string(m[1]), 64)
	report := out[bytes.Index(out, []byte("Content analysis details")):]
	t.Logf("SpamAssassin score %.1f:\n%s", score, report)
	if score > 0.5 {
		t.Errorf("SpamAssassin scores the digest %.1f, want at most 0.5:\n%s", score, report)
	}
}

func digestRaw(t *testing.T, r *Renderer) []byte {
	t.Helper()
	m, err := r.RenderDigest(sampleDigest())
	if err != nil {
		t.Fatal(err)
	}
	return m.Raw
}

func confirmRaw(t *testing.T, r *Renderer) []byte {
	t.Helper()
	m, err := r.RenderConfirmation(Confirmation{Address: "ban.doc@example.com", Key: "confirm-42-1764460800",
		ConfirmURL: "https://bantin.example/confirm?t=42.abc&sig=cXV4&padding=" + strings.Repeat("x", 80),
		Topics:     []string{"Xây dựng Đảng"}, Provinces: []string{"Bắc Kạn (cũ)"}})
	if err != nil {
		t.Fatal(err)
	}
	return m.Raw
}

// TestSectionMore: a section the digest cut ends with "và N tin khác"
// linking to the rest, in both parts; a section with nothing left does not.
func TestSectionMore(t *testing.T) {
	d := sampleDigest()
	const rest = "https://bantin.example/topics/xay-dung-dang/?from=2026-11-23&province=thai-nguyen&to=2026-11-29"
	d.More = map[string]More{"xay-dung-dang": {Count: 7, URL: rest}, "chinh-tri": {}}
	m, err := newTestRenderer(t, nil).RenderDigest(d)
	if err != nil {
		t.Fatal(err)
	}
	p := parseMessage(t, m.Raw)
	if n := strings.Count(p.html, "tin khác</a>"); n != 1 || !strings.Contains(p.html, `href="`+strings.ReplaceAll(rest, "&", "&amp;")+`"`) ||
		!strings.Contains(p.html, ">và 7 tin khác</a>") {
		t.Errorf("HTML: %d section links:\n%s", n, p.html)
	}
	if !strings.Contains(p.text, "và 7 tin khác: "+rest) || strings.Count(p.text, "tin khác:") != 1 {
		t.Errorf("text part:\n%s", p.text)
	}
	d.More["xay-dung-dang"] = More{Count: 1, URL: "javascript:alert(1)"}
	if _, err := newTestRenderer(t, nil).RenderDigest(d); err == nil {
		t.Error("a javascript: section link was accepted")
	}
}
