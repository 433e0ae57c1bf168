package mailer

import (
	"fmt"
	htmltemplate "html/template"
	"io/fs"
	"path"
	"strings"
	texttemplate "text/template"
	"time"
	"unicode/utf8"
)

// Template files, relative to the fs.FS given to [NewRenderer].
const (
	templateDir  = "email"
	styleFile    = "style.css"
	digestName   = "digest"
	confirmName  = "confirm"
	summaryLimit = 280 // runes of summary shown per story
)

// emailTemplate is the parsed trio of one kind of email.
type emailTemplate struct {
	subject *texttemplate.Template
	text    *texttemplate.Template
	html    *htmltemplate.Template
}

// loadTemplate parses email/<name>.subject, .txt and .html from fsys; the
// HTML source gets email/style.css inlined before it is parsed, once.
// It returns an error naming the file when one is missing or does not parse.
func loadTemplate(fsys fs.FS, name string, funcs map[string]any) (*emailTemplate, error) {
	read := func(file string) (string, error) {
		b, err := fs.ReadFile(fsys, path.Join(templateDir, file))
		if err != nil {
			return "", fmt.Errorf("read email template: %w", err)
		}
		return string(b), nil
	}
	var t emailTemplate
	src, err := read(name + ".subject")
	if err != nil {
		return nil, err
	}
	if t.subject, err = texttemplate.New(name + ".subject").Funcs(funcs).Parse(strings.TrimSpace(src)); err != nil {
		return nil, fmt.Errorf("parse %s.subject: %w", name, err)
	}
	if src, err = read(name + ".txt"); err != nil {
		return nil, err
	}
	if t.text, err = texttemplate.New(name + ".txt").Funcs(funcs).Parse(src); err != nil {
		return nil, fmt.Errorf("parse %s.txt: %w", name, err)
	}
	css, err := read(styleFile)
	if err != nil {
		return nil, err
	}
	if src, err = read(name + ".html"); err != nil {
		return nil, err
	}
	inlined, err := inlineCSS(src, css)
	if err != nil {
		return nil, fmt.Errorf("%s.html: %w", name, err)
	}
	if t.html, err = htmltemplate.New(name + ".html").Funcs(funcs).Parse(inlined); err != nil {
		return nil, fmt.Errorf("parse %s.html after inlining: %w", name, err)
	}
	return &t, nil
}

// vnWeekdays are Vietnamese weekday names indexed by time.Weekday.
var vnWeekdays = [...]string{"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

// templateFuncs returns the functions the templates may call; dates are
// shown in loc.
func templateFuncs(loc *time.Location) map[string]any {
	return map[string]any{
		// vndate: "Thứ Hai, 23/11/2026"
		"vndate": func(t time.Time) string {
			t = t.In(loc)
			return vnWeekdays[t.Weekday()] + ", " + t.Format("02/01/2006")
		},
		// vnweek: a period [start, end) as "Thứ Hai, 23/11 – Chủ nhật,
		// 29/11/2026", the year said once (on both ends when they differ).
		"vnweek": func(start, end time.Time) string { return vnRange(start.In(loc), end.In(loc).Add(-time.Nanosecond)) },
		// vnday: "23/11"
		"vnday": func(t time.Time) string { return t.In(loc).Format("02/01") },
		// vnshort: "23/11/2026"
		"vnshort": func(t time.Time) string { return t.In(loc).Format("02/01/2006") },
		// vnlast: the day before t, for exclusive period ends.
		"vnlast":      func(t time.Time) string { return t.In(loc).Add(-time.Nanosecond).Format("02/01/2006") },
		"join":        strings.Join,
		"shorten":     shorten,
		"shortenList": shortenList,
		"wrap":        wrap,
		"add":         func(a, b int) int { return a + b },
	}
}

// vnRange names the days first … last (inclusive) each with its weekday,
// as vndate does, writing the year only on the last when both share it.
func vnRange(first, last time.Time) string {
	layout := "02/01"
	if first.Year() != last.Year() {
		layout = "02/01/2006"
	}
	return vnWeekdays[first.Weekday()] + ", " + first.Format(layout) + " – " +
		vnWeekdays[last.Weekday()] + ", " + last.Format("02/01/2006")
}

// shorten cuts s to at most n runes at a word boundary, adding "…".
func shorten(n int, s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := string([]rune(s)[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:–-") + "…"
}

// shortenList cuts s, a list of names separated by ", ", to at most n runes
// between whole names, ending with ", …" when some are left out: a subject
// reads "Kinh tế, Văn hóa – Giải trí, …", never "…, Hà…" (which of Hà Nội,
// Hà Tĩnh?). A first name longer than n is cut as shorten does.
func shortenList(n int, s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	const more = ", …"
	names := strings.Split(s, ", ")
	kept := names[0]
	if utf8.RuneCountInString(kept)+utf8.RuneCountInString(more) > n {
		return shorten(n, kept)
	}
	for _, name := range names[1:] {
		next := kept + ", " + name
		if utf8.RuneCountInString(next)+utf8.RuneCountInString(more) > n {
			break
		}
		kept = next
	}
	return kept + more
}

// wrap folds s into lines of at most width runes (longer words stay whole),
// each continuation line starting with indent.
func wrap(width int, indent, s string) string {
	var b strings.Builder
	line := 0
	for i, w := range strings.Fields(s) {
		n := utf8.RuneCountInString(w)
		switch {
		case i == 0:
		case line+1+n > width:
			b.WriteString("\n" + indent)
			line = utf8.RuneCountInString(indent)
		default:
			b.WriteByte(' ')
			line++
		}
		b.WriteString(w)
		line += n
	}
	return b.String()
}
