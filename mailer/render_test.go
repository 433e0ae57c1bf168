package mailer

import (
	"bytes"
	"errors"
	"io/fs"
	"mime"
	"net/mail"
	"regexp"
	"strings"
	"testing"
	"time"

	gomail "github.com/wneessen/go-mail"

	"bantin/internal/golden"
	"bantin/templates"
)

func TestEmbeddedTemplatesLoad(t *testing.T) {
	r := newTestRenderer(t, func(o *Options) { o.Templates = templates.FS })
	if _, err := r.RenderDigest(sampleDigest()); err != nil {
		t.Fatal(err)
	}
	if _, err := NewRenderer(Options{Templates: fstestEmpty{}}); err == nil || !strings.Contains(err.Error(), "email/digest.subject") {
		t.Errorf("missing templates: %v, want an error naming the file", err)
	}
}

// fstestEmpty is an fs.FS without files.
type fstestEmpty struct{}

func (fstestEmpty) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

func TestDigestGolden(t *testing.T) {
	m, err := newTestRenderer(t, nil).RenderDigest(sampleDigest())
	if err != nil {
		t.Fatal(err)
	}
	p := parseMessage(t, m.Raw)
	golden.Check(t, "digest.html", []byte(p.html))
	golden.Check(t, "digest.txt", []byte(p.text))
	golden.Check(t, "digest.eml", []byte(string(m.Raw)))
}

func TestConfirmationGolden(t *testing.T) {
	m, err := newTestRenderer(t, nil).RenderConfirmation(Confirmation{
		Address: "ban.doc@example.com", Key: "confirm-42-1764460800",
		ConfirmURL: "https://bantin.example/confirm?t=42.abc&sig=cXV4",
		Topics:     []string{"Xây dựng Đảng", "Chính trị"}, Provinces: []string{"Thái Nguyên"},
	})
	if err != nil {
		t.Fatal(err)
	}
	p := parseMessage(t, m.Raw)
	golden.Check(t, "confirm.html", []byte(p.html))
	golden.Check(t, "confirm.txt", []byte(p.text))
	if got := decodeHeader(t, p.header.Get("Subject")); got != "Xác nhận đăng ký Bản tin" {
		t.Errorf("Subject = %q", got)
	}
	for _, h := range []string{"List-Unsubscribe", "List-Unsubscribe-Post", "List-Id", "Precedence"} {
		if v := p.header.Get(h); v != "" {
			t.Errorf("confirmation has %s: %q", h, v)
		}
	}
	if !strings.Contains(p.html, `href="https://bantin.example/confirm?t=42.abc&amp;sig=cXV4"`) {
		t.Errorf("confirmation HTML lacks the confirm link")
	}
}

func decodeHeader(t *testing.T, v string) string {
	t.Helper()
	s, err := new(mime.WordDecoder).DecodeHeader(v)
	if err != nil {
		t.Fatalf("decode %q: %v", v, err)
	}
	return s
}

func TestDigestHeaders(t *testing.T) {
	m, err := newTestRenderer(t, nil).RenderDigest(sampleDigest())
	if err != nil {
		t.Fatal(err)
	}
	if m.MessageID != "digest-2026-W48-42@bantin.example" || m.From != "bantin@localhost" ||
		len(m.To) != 1 || m.To[0] != testRcp.Address || m.Key != testRcp.Key {
		t.Errorf("envelope = %+v", m)
	}
	h := parseMessage(t, m.Raw).header
	from, err := mail.ParseAddress(h.Get("From"))
	if err != nil || from.Name != "Bản tin" || from.Address != "bantin@localhost" {
		t.Errorf("From = %q (%v)", h.Get("From"), err)
	}
	if to, err := mail.ParseAddress(h.Get("To")); err != nil || to.Address != testRcp.Address {
		t.Errorf("To = %q (%v)", h.Get("To"), err)
	}
	raw := h.Get("Subject")
	if !strings.HasPrefix(raw, "=?UTF-8?") {
		t.Errorf("Subject not RFC 2047 encoded: %q", raw)
	}
	if got, want := decodeHeader(t, raw), "Bản tin tuần 48/2026 – Xây dựng Đảng, Thái Nguyên"; got != want {
		t.Errorf("Subject = %q, want %q", got, want)
	}
	if d, err := h.Date(); err != nil || !d.Equal(sendAt) {
		t.Errorf("Date = %q (%v)", h.Get("Date"), err)
	}
	for name, want := range map[string]string{
		"Message-ID":            "<digest-2026-W48-42@bantin.example>",
		"List-Unsubscribe":      "<" + testRcp.OneClickURL + ">",
		"List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
		"MIME-Version":          "1.0",
		"Precedence":            "bulk",
	} {
		if got := h.Get(name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if got := decodeHeader(t, h.Get("List-Id")); got != "Bản tin <digest.bantin.example>" {
		t.Errorf("List-Id = %q", got)
	}
	if ua := h.Get("User-Agent") + h.Get("X-Mailer"); ua != "" {
		t.Errorf("library advertises itself: %q", ua)
	}
}

func TestDigestHTMLIsInlined(t *testing.T) {
	m, err := newTestRenderer(t, nil).RenderDigest(sampleDigest())
	if err != nil {
		t.Fatal(err)
	}
	html := parseMessage(t, m.Raw).html
	// What stays out of style= is the media queries (phones, dark mode), in
	// one <style> block, and the classes they select (see TestPhoneLayout,
	// TestDarkMode).
	style := regexp.MustCompile(`(?s)<style type="text/css">(@media.*?)</style>`).FindStringSubmatch(html)
	if n := strings.Count(html, "<style"); n != 1 || style == nil {
		t.Fatalf("want one <style> block holding the media queries, got %d", n)
	}
	for _, c := range regexp.MustCompile(`class="([^"]*)"`).FindAllStringSubmatch(html, -1) {
		for _, name := range strings.Fields(c[1]) {
			if !strings.Contains(style[1], "."+name+" ") && !strings.Contains(style[1], "."+name+",") {
				t.Errorf("HTML keeps class %q, which no rule of the <style> block selects", name)
			}
		}
	}
	for _, bad := range []string{"BANTINACTION", "bantinslot", "ZgotmplZ"} {
		if strings.Contains(html, bad) {
			t.Errorf("HTML contains %q", bad)
		}
	}
	for _, want := range []string{
		`<table role="presentation" class="container" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;`,
		// The picture repeats the title's link: with images off it shows
		// nothing (not one "Ảnh minh họa" per story), and screen readers and
		// the keyboard skip its link.
		`<a aria-hidden="true" href="https://baothainguyen.vn/chinh-tri/xay-dung-dang/nganh-to-chuc-10-nhom-nhiem-vu.html" tabindex="-1"><img class="thumb-img" style="display: block; width: 120px; height: auto; border: 0;" src="https://baothainguyen.vn/img/to-chuc.jpg" width="120" alt=""/></a>`,
		`<h3 class="story-title" style="margin:0;`, "Thứ Ba, 24/11/2026", "Thứ Hai, 23/11 – Chủ nhật, 29/11/2026", ">5\u00a0nguồn</a>" /* the count never ends a line apart from its noun */, `href="https://bantin.example/stories/41"`,
		"2026 &amp; triển khai nhiệm vụ năm 2027 &lt;quan trọng&gt;.",
		`<a href="` + strings.ReplaceAll(testRcp.UnsubscribeURL, "&", "&amp;") + `" style=`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if n := len(regexp.MustCompile(` style="`).FindAllString(html, -1)); n < 30 {
		t.Errorf("only %d inline style attributes", n)
	}
}

func TestDigestSizeWith20LongStories(t *testing.T) {
	m, err := newTestRenderer(t, nil).RenderDigest(longDigest(20))
	if err != nil {
		t.Fatal(err)
	}
	p := parseMessage(t, m.Raw)
	if n := strings.Count(p.text, "\n* "); n != 20 {
		t.Errorf("text part lists %d stories, want 20", n)
	}
	if n := strings.Count(p.html, "<h3 "); n != 20 {
		t.Errorf("HTML part shows %d stories, want 20", n)
	}
	t.Logf("message %d bytes (HTML %d, text %d decoded)", len(m.Raw), len(p.html), len(p.text))
	if len(m.Raw) >= 100*1024 {
		t.Errorf("message is %d bytes, want < 100 KB", len(m.Raw))
	}
}

func TestSharedDigestPersonalises(t *testing.T) {
	r := newTestRenderer(t, nil)
	d := sampleDigest()
	shared, err := r.RenderShared(d)
	if err != nil {
		t.Fatal(err)
	}
	direct, err := r.RenderDigest(d)
	if err != nil {
		t.Fatal(err)
	}
	first, err := shared.Message(d.Recipient)
	if err != nil {
		t.Fatal(err)
	}
	if string(first.Raw) != string(direct.Raw) {
		t.Error("RenderShared+Message differs from RenderDigest")
	}
	other := Recipient{Address: "o'brien+tin@example.org", Key: "digest-2026-W48-7",
		ViewURL: "https://bantin.example/d/7", PreferencesURL: "https://bantin.example/p?a=1&b=<2>",
		UnsubscribeURL: "https://bantin.example/u?x=1&y=2"}
	m, err := shared.Message(other)
	if err != nil {
		t.Fatal(err)
	}
	p := parseMessage(t, m.Raw)
	for _, want := range []string{"o&#39;brien+tin@example.org", `href="https://bantin.example/p?a=1&amp;b=%3C2%3E"`, `href="https://bantin.example/u?x=1&amp;y=2"`} {
		if !strings.Contains(p.html, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	for _, want := range []string{"o'brien+tin@example.org", "Hủy đăng ký: https://bantin.example/u?x=1&y=2"} {
		if !strings.Contains(p.text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if strings.Contains(p.html+p.text, testRcp.Address) {
		t.Error("first recipient's address leaked into the second message")
	}
	if !strings.Contains(p.text, "https://bantin.example/p?a=1&b=%3C2%3E") {
		t.Error("text part lacks the normalised preferences URL")
	}
	if got := p.header.Get("List-Unsubscribe"); got != "<https://bantin.example/u?x=1&y=2>" {
		t.Errorf("List-Unsubscribe without OneClickURL = %q", got)
	}
}

func TestRenderRejects(t *testing.T) {
	r := newTestRenderer(t, nil)
	d := sampleDigest()
	d.Stories = nil
	if _, err := r.RenderShared(d); !errors.Is(err, ErrEmptyDigest) {
		t.Errorf("empty digest: %v, want ErrEmptyDigest", err)
	}
	shared, err := r.RenderShared(sampleDigest())
	if err != nil {
		t.Fatal(err)
	}
	for name, mod := range map[string]func(*Recipient){
		"http unsubscribe":  func(rc *Recipient) { rc.UnsubscribeURL = "http://bantin.example/u" },
		"relative prefs":    func(rc *Recipient) { rc.PreferencesURL = "/preferences" },
		"javascript view":   func(rc *Recipient) { rc.ViewURL = "javascript:alert(1)" },
		"named address":     func(rc *Recipient) { rc.Address = "Ban <ban@example.com>" },
		"header injection":  func(rc *Recipient) { rc.Address = "ban@example.com\r\nBcc: x@example.com" },
		"key with slash":    func(rc *Recipient) { rc.Key = "../../etc/passwd" },
		"http one-click":    func(rc *Recipient) { rc.OneClickURL = "http://bantin.example/1" },
		"empty unsubscribe": func(rc *Recipient) { rc.UnsubscribeURL = "" },
	} {
		rc := testRcp
		mod(&rc)
		if _, err := shared.Message(rc); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", name, err)
		}
	}
}

func TestInlineCSSRejectsActionsInTags(t *testing.T) {
	for _, src := range []string{
		`<html><head></head><body><a {{.Attr}}>x</a></body></html>`,
		`<html><head></head><body><!-- {{.X}} --></body></html>`,
	} {
		if _, err := inlineCSS(src, "a{color:red}"); !errors.Is(err, errInline) {
			t.Errorf("%s: err = %v", src, err)
		}
	}
	out, err := inlineCSS(`<html><head></head><body><table><tbody>{{range .}}<tr><td class="c" title="{{if .}}a{{end}}">{{.}}</td></tr>{{end}}</tbody></table></body></html>`, ".c{color:red}")
	if err != nil {
		t.Fatal(err)
	}
	if want := `<tbody>{{range .}}<tr><td title="{{if .}}a{{end}}" style="color:red">{{.}}</td></tr>{{end}}</tbody>`; !strings.Contains(out, want) {
		t.Errorf("inlined:\n%s\nwant it to contain\n%s", out, want)
	}
}

func TestVietnameseDates(t *testing.T) {
	f := templateFuncs(ict)["vndate"].(func(time.Time) string)
	for _, c := range []struct {
		t    time.Time
		want string
	}{
		{time.Date(2026, 11, 23, 10, 0, 0, 0, ict), "Thứ Hai, 23/11/2026"},
		{time.Date(2026, 11, 29, 23, 0, 0, 0, ict), "Chủ nhật, 29/11/2026"},
		{time.Date(2026, 11, 28, 17, 30, 0, 0, time.UTC), "Chủ nhật, 29/11/2026"}, // 00:30 ICT
	} {
		if got := f(c.t); got != c.want {
			t.Errorf("vndate(%v) = %q, want %q", c.t, got, c.want)
		}
	}
}

// vnweek names a period [start, end) with a weekday on both ends and the
// year once, or on both ends when the week spans two years; the end is
// exclusive and both ends are read in the zone.
func TestVietnameseWeek(t *testing.T) {
	f := templateFuncs(ict)["vnweek"].(func(time.Time, time.Time) string)
	for _, c := range []struct {
		start, end time.Time
		want       string
	}{
		{time.Date(2026, 12, 7, 0, 0, 0, 0, ict), time.Date(2026, 12, 14, 0, 0, 0, 0, ict), "Thứ Hai, 07/12 – Chủ nhật, 13/12/2026"},
		{time.Date(2026, 12, 28, 0, 0, 0, 0, ict), time.Date(2027, 1, 4, 0, 0, 0, 0, ict), "Thứ Hai, 28/12/2026 – Chủ nhật, 03/01/2027"},
		{time.Date(2026, 11, 22, 17, 0, 0, 0, time.UTC), time.Date(2026, 11, 29, 17, 0, 0, 0, time.UTC), "Thứ Hai, 23/11 – Chủ nhật, 29/11/2026"},
	} {
		if got := f(c.start, c.end); got != c.want {
			t.Errorf("vnweek(%v, %v) = %q, want %q", c.start, c.end, got, c.want)
		}
	}
}

func TestUnsubscribeURLMustBeHTTPSExceptOnLoopback(t *testing.T) {
	tests := []struct {
		url string
		ok  bool
	}{
		{"https://bantin.example/unsubscribe/x", true},
		{"http://bantin.example/unsubscribe/x", false},
		{"http://127.0.0.1:8080/unsubscribe/x", true},
		{"http://localhost:8080/unsubscribe/x", true},
		{"http://[::1]:8080/unsubscribe/x", true},
		{"ftp://127.0.0.1/unsubscribe/x", false},
	}
	for _, tt := range tests {
		_, err := checkURL("UnsubscribeURL", tt.url, true)
		if (err == nil) != tt.ok {
			t.Errorf("checkURL(%q): err %v, want ok=%v", tt.url, err, tt.ok)
		}
	}
}

// TestSubjectNotFoldedAfterName: the Subject's first line holds text (a
// fold right after "Subject:" leaves an empty first line that some parsers
// read as a leading space), every line fits 78 characters, and the words
// decode to the subject, whatever its length.
func TestSubjectNotFoldedAfterName(t *testing.T) {
	for _, subject := range []string{
		"Bản tin tuần 48/2026 – Xây dựng Đảng, Thái Nguyên",
		"Bản tin tuần 48/2026 – Xây dựng Đảng, Chính trị, Kinh tế · Thái Nguyên, Bắc Kạn (cũ), Hà Nội, Huế, TP. Hồ Chí Minh",
		"Weekly digest 48/2026",
		"x",
	} {
		m := gomailMessage(t, encodeHeader(subject))
		line, _, _ := strings.Cut(m, "\r\n")
		if strings.TrimSpace(strings.TrimPrefix(line, "Subject:")) == "" {
			t.Errorf("%q: Subject folded right after its name:\n%s", subject, m)
		}
		for l := range strings.SplitSeq(m, "\r\n") {
			if len(l) > 78 {
				t.Errorf("%q: header line of %d characters: %q", subject, len(l), l)
			}
		}
		msg, err := mail.ReadMessage(strings.NewReader(m + "\r\n\r\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := decodeHeader(t, msg.Header.Get("Subject")); got != subject {
			t.Errorf("decoded Subject = %q, want %q", got, subject)
		}
	}
	m, _ := newTestRenderer(t, nil).RenderDigest(sampleDigest())
	if !bytes.Contains(m.Raw, []byte("\r\nSubject: =?UTF-8?q?")) {
		t.Errorf("digest Subject folded after its name:\n%s", m.Raw[:600])
	}
}

// gomailMessage returns the Subject header as go-mail writes it for the
// already encoded value.
func gomailMessage(t *testing.T, encoded string) string {
	t.Helper()
	m := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	m.Subject(encoded)
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	i := strings.Index(s, "Subject:")
	end := i + strings.Index(s[i:], "\r\n")
	for strings.HasPrefix(s[end:], "\r\n ") {
		end += 2 + strings.Index(s[end+2:], "\r\n")
	}
	return s[i:end]
}

// TestShownAddress: a message's text shows Recipient.Shown (or
// Confirmation.Shown), the reader's form of the address; it is sent to
// Address, whose A-labels stay out of the text.
func TestShownAddress(t *testing.T) {
	r := newTestRenderer(t, nil)
	const addr, shown = "ban@xn--v-d-rma6749a.vn", "ban@ví-dụ.vn"
	confirm, err := r.RenderConfirmation(Confirmation{Address: addr, Shown: shown, Key: "confirm-1",
		ConfirmURL: "https://bantin.example/confirm/x"})
	if err != nil {
		t.Fatal(err)
	}
	d := sampleDigest()
	shared, err := r.RenderShared(d)
	if err != nil {
		t.Fatal(err)
	}
	rcpt := d.Recipient
	rcpt.Address, rcpt.Shown = addr, shown
	digest, err := shared.Message(rcpt)
	if err != nil {
		t.Fatal(err)
	}
	for what, m := range map[string]*Message{"confirmation": confirm, "digest": digest} {
		p := parseMessage(t, m.Raw)
		if !strings.Contains(p.text, shown) || !strings.Contains(p.html, shown) || strings.Contains(p.text+p.html, addr) ||
			len(m.To) != 1 || m.To[0] != addr || !strings.Contains(p.header.Get("To"), addr) {
			t.Errorf("%s: To %v %q, text shows:\n%s\n%s", what, m.To, p.header.Get("To"), p.text, p.html)
		}
	}
}

// TestDigestLongWordsWrap: a word longer than a phone's column (a link or
// a hashtag in a title or lead, a long address in the footer) wraps
// instead of widening the whole message, which then scrolled sideways at
// 320 px (456 px wide with one such title). Every element holding
// upstream or subscriber text carries both wrapping properties.
func TestDigestLongWordsWrap(t *testing.T) {
	d := sampleDigest()
	long := "https://baodai.example/rat-dai/khong-co-dau-cach-nao-o-day-ca-trong-duong-dan-nay"
	d.Stories[0].Title = "Thủ tướng: " + long
	d.Stories[0].Summary = "Tuyên bố #ViệtNamHàNộiThủĐôNghìnNămVănHiếnAnhHùngVìHòaBình được ký."
	m, err := newTestRenderer(t, nil).RenderDigest(d)
	if err != nil {
		t.Fatal(err)
	}
	html := parseMessage(t, m.Raw).html
	for _, tc := range []struct{ name, open string }{
		{"title", `<h3 class="story-title" style="`},
		{"summary", `<p class="summary" style="margin:6px 0 0 0;`},
		{"footer", `<td class="footer" style="padding:18px 24px 24px 24px;`},
	} {
		tags := regexp.MustCompile(regexp.QuoteMeta(tc.open)+`[^"]*"`).FindAllString(html, -1)
		if len(tags) == 0 {
			t.Errorf("%s: no %s in the HTML", tc.name, tc.open)
		}
		for _, tag := range tags {
			if !strings.Contains(tag, "word-break:break-word") || !strings.Contains(tag, "overflow-wrap:anywhere") {
				t.Errorf("%s: %s does not wrap long words", tc.name, tag)
			}
		}
	}
}
