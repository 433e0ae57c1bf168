package app

import (
	"bufio"
	"encoding/binary"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strings"
	"unicode/utf16"
)

// csvSeparator returns ';' or a tab when the first line of br that is
// neither empty nor a comment has one before its first comma (an address
// holds neither, so the first field ends there: the one that comes first),
// else ','. Tabs are what a spreadsheet's "Text (Tab delimited)" or "Unicode
// Text" and a copy of its cells write. It only peeks at br, no further
// than that line (a pipe is not read ahead) or br's buffer.
func csvSeparator(br *bufio.Reader) rune {
	for n := 256; ; n = min(2*n, br.Size()) {
		head, err := br.Peek(n)
		complete := err != nil || n == br.Size() // nothing more to peek at
		for text := string(head); ; {
			line, rest, found := strings.Cut(text, "\n")
			if !found && !complete {
				break // the line may go on: peek further
			}
			if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
				first, _, _ := strings.Cut(line, ",")
				if i := strings.IndexAny(first, ";\t"); i >= 0 {
					return rune(first[i])
				}
				return ','
			}
			if !found {
				return ','
			}
			text = rest
		}
	}
}

// readUTF16 reads r, UTF-16 text that starts with its byte order mark (a
// spreadsheet's "Unicode Text": UTF-16LE, tab-separated), to its end and
// returns it as a string without the mark. Subscriber files are read whole
// anyway.
func readUTF16(r io.Reader) (string, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return "", err
	}
	if len(b)%2 != 0 {
		return "", errors.New("the file starts as UTF-16 text but has an odd number of bytes: save it as CSV UTF-8")
	}
	order := binary.ByteOrder(binary.LittleEndian)
	if b[0] == 0xfe {
		order = binary.BigEndian
	}
	u := make([]uint16, 0, len(b)/2-1)
	for i := 2; i < len(b); i += 2 {
		u = append(u, order.Uint16(b[i:]))
	}
	return string(utf16.Decode(u)), nil
}

// csvColumns are the columns an import reads, in their order when the file
// has no header line. The last three, as 'subscribers export' writes them,
// carry a new subscriber's record over: when it subscribed and confirmed
// (RFC 3339) and its bounce count.
var csvColumns = []string{"email", "topics", "provinces", "status", "created_at", "confirmed_at", "bounces"}

// subscribersCSVReader returns the CSV reader of an import file in: UTF-16
// with its byte order mark decoded, a UTF-8 byte order mark skipped, its
// separator guessed (csvSeparator), lines of any number of fields, '#'
// starting a comment line. Its error is readUTF16's, for UTF-16 input only.
func subscribersCSVReader(in io.Reader) (*csv.Reader, error) {
	br := bufio.NewReaderSize(in, 64<<10)
	if bom, err := br.Peek(2); err == nil && (string(bom) == "\xff\xfe" || string(bom) == "\xfe\xff") {
		text, err := readUTF16(br)
		if err != nil {
			return nil, err
		}
		br = bufio.NewReaderSize(strings.NewReader(text), 64<<10)
	}
	if bom, err := br.Peek(3); err == nil && string(bom) == "\ufeff" {
		br.Discard(3)
	}
	r := csv.NewReader(br)
	r.Comma = csvSeparator(br)
	r.FieldsPerRecord = -1
	// Not with tabs: the reader would take an empty field's tab as the
	// next field's leading space, and read provinces as topics.
	r.TrimLeadingSpace = r.Comma != '\t'
	r.Comment = '#'
	return r, nil
}

// headerColumns maps the known column names of a header line to their
// positions.
func headerColumns(rec []string) map[string]int {
	cols := map[string]int{}
	for i, name := range rec {
		name = strings.ToLower(strings.TrimSpace(name))
		if slices.Contains(csvColumns, name) {
			cols[name] = i
		}
	}
	return cols
}
