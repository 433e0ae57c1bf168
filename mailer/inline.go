package mailer

import (
	"errors"
	"fmt"
	"strings"

	"github.com/vanng822/go-premailer/premailer"
)

// errInline is wrapped by every error inlineCSS returns.
var errInline = errors.New("inline css")

// templateAction is one {{...}} action of a template source.
type templateAction struct {
	text    string // the action as written, braces included
	token   string // placeholder the HTML parser leaves alone
	comment bool   // placeholder wrapped in an HTML comment
}

// inlineCSS injects css into the <head> of a template source and moves every
// rule into style= attributes with premailer, once, at template load time.
//
// Template actions would not survive an HTML parser (a {{range}} between <tr>
// rows is foster-parented out of the table), so each is first replaced by a
// placeholder: a bare token inside attribute values and for actions that print
// text, an HTML comment for control actions (if, range, end, ...) in text,
// which the parser keeps in place even inside tables. After inlining each
// placeholder must appear exactly once and is swapped back. Elements keep only
// the classes the rules left in <style> (media queries) select.
//
// It returns an error wrapping errInline when the source has no </head>, has an
// action in an unsupported place (inside a tag but outside a quoted attribute
// value, or inside an HTML comment), or when premailer fails or loses an action.
func inlineCSS(src, css string) (string, error) {
	i := strings.Index(src, "</head>")
	if i < 0 {
		return "", fmt.Errorf("%w: template has no </head>", errInline)
	}
	src = src[:i] + "<style>\n" + css + "\n</style>" + src[i:]

	protected, actions, err := protectActions(src)
	if err != nil {
		return "", err
	}
	p, err := premailer.NewPremailerFromString(protected, premailer.NewOptions(
		premailer.WithRemoveClasses(false), premailer.WithCssToAttributes(false)))
	if err != nil {
		return "", fmt.Errorf("%w: %w", errInline, err)
	}
	out, err := p.Transform()
	if err != nil {
		return "", fmt.Errorf("%w: %w", errInline, err)
	}
	return restoreActions(keepStyledClasses(out), actions)
}

// scanState is where the HTML scanner of protectActions stands.
type scanState int

const (
	inText scanState = iota
	inTag
	inQuote
	inComment
)

// protectActions replaces template actions by placeholders (see inlineCSS).
func protectActions(src string) (string, []templateAction, error) {
	var b strings.Builder
	var actions []templateAction
	state, quote := inText, byte(0)
	for i := 0; i < len(src); {
		if strings.HasPrefix(src[i:], "{{") {
			end := strings.Index(src[i:], "}}")
			if end < 0 {
				return "", nil, fmt.Errorf("%w: unterminated action at byte %d", errInline, i)
			}
			a := templateAction{text: src[i : i+end+2], token: fmt.Sprintf("BANTINACTION%04dZ", len(actions))}
			switch {
			case state == inQuote:
			case state == inText && isControlAction(a.text):
				a.comment = true
			case state == inText:
			default:
				return "", nil, fmt.Errorf("%w: action %s must sit in text or in a quoted attribute value", errInline, a.text)
			}
			actions = append(actions, a)
			b.WriteString(a.placeholder())
			i += end + 2
			continue
		}
		c := src[i]
		state, quote = nextState(src[i:], state, quote)
		b.WriteByte(c)
		i++
	}
	return b.String(), actions, nil
}

// nextState advances the scanner over the first byte of rest.
func nextState(rest string, state scanState, quote byte) (scanState, byte) {
	c := rest[0]
	switch state {
	case inText:
		if strings.HasPrefix(rest, "<!--") {
			return inComment, 0
		}
		if c == '<' && len(rest) > 1 && (isASCIILetter(rest[1]) || rest[1] == '/' || rest[1] == '!') {
			return inTag, 0
		}
	case inTag:
		if c == '"' || c == '\'' {
			return inQuote, c
		}
		if c == '>' {
			return inText, 0
		}
	case inQuote:
		if c == quote {
			return inTag, 0
		}
	case inComment:
		if strings.HasPrefix(rest, "-->") {
			// Stay in the comment until the final '>' has been written.
			return inComment, '-'
		}
		if c == '>' && quote == '-' {
			return inText, 0
		}
	}
	return state, quote
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isControlAction reports whether an action prints nothing by itself.
func isControlAction(action string) bool {
	body := strings.TrimSpace(strings.Trim(strings.TrimSpace(action[2:len(action)-2]), "-"))
	if strings.HasPrefix(body, "/*") {
		return true
	}
	word, _, _ := strings.Cut(body, " ")
	switch word {
	case "if", "else", "end", "range", "with", "template", "define", "block", "break", "continue":
		return true
	}
	return false
}

func (a templateAction) placeholder() string {
	if a.comment {
		return "<!--" + a.token + "-->"
	}
	return a.token
}

// restoreActions swaps placeholders back for the actions they stand for.
func restoreActions(html string, actions []templateAction) (string, error) {
	pairs := make([]string, 0, 2*len(actions))
	for _, a := range actions {
		if n := strings.Count(html, a.placeholder()); n != 1 {
			return "", fmt.Errorf("%w: action %s found %d times after inlining", errInline, a.text, n)
		}
		pairs = append(pairs, a.placeholder(), a.text)
	}
	return strings.NewReplacer(pairs...).Replace(html), nil
}
