package app

import "strings"

// formulaStarts are the first characters that make a spreadsheet read a
// CSV cell as a formula (OWASP "CSV injection").
const formulaStarts = "=+-@\t\r"

// csvSafe returns cell as written by `subscribers export`: a cell starting
// with one of formulaStarts gets a leading apostrophe, which spreadsheets
// show as text, never evaluate. So that import can undo it exactly, a cell
// already starting with an apostrophe followed by one of them gets one too.
func csvSafe(cell string) string {
	rest := strings.TrimPrefix(cell, "'")
	if rest != "" && strings.ContainsRune(formulaStarts, rune(rest[0])) {
		return "'" + cell
	}
	return cell
}

// csvUnsafe undoes csvSafe: one leading apostrophe before one of
// formulaStarts (or before another such apostrophe) is removed.
func csvUnsafe(cell string) string {
	rest, ok := strings.CutPrefix(cell, "'")
	if !ok {
		return cell
	}
	if r := strings.TrimPrefix(rest, "'"); r != "" && strings.ContainsRune(formulaStarts, rune(r[0])) {
		return rest
	}
	return cell
}
