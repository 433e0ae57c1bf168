package app

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/web"
)

// importBatch is how many subscribers one transaction of an import holds.
const importBatch = 500

// subscribersImport reads subscribers from a CSV file (or stdin for "-")
// and adds or updates them in one transaction per batch, reporting each
// invalid line on stderr and the counts on stdout. It exits 1 when some
// lines were invalid (the valid ones are stored all the same).
func subscribersImport(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("import FILE|-   (CSV: email, topics, provinces, status)")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("subscribers import takes one CSV file, or - for standard input")
	}
	in := env.Stdin
	if name := fs.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err // "open NAME: …"
		}
		defer f.Close()
		in = f
	}
	m, err := env.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	subs, invalid, err := m.readSubscribersCSV(ctx, in, env.Stderr)
	if interruptedBy(ctx, err) {
		return fmt.Errorf("interrupted while reading the file: nothing was imported")
	}
	if err != nil {
		return err
	}
	total, err := importBatches(ctx, m.Store, subs, env.Stderr)
	if err != nil {
		return err
	}
	if err := m.Store.Analyze(ctx, "subscribers"); err != nil && !interruptedBy(ctx, err) {
		return fmt.Errorf("imported, but refreshing the table statistics failed: %w", err)
	}
	fmt.Fprintf(env.Stdout, "added %d, updated %d, unchanged %d, invalid lines %d\n",
		total.Added, total.Updated, total.Unchanged, invalid)
	if invalid > 0 {
		return fmt.Errorf("%d invalid %s skipped (listed above); the others were imported", invalid, plural(invalid, "line was", "lines were"))
	}
	return nil
}

// importBatches stores subs in transactions of importBatch, reporting
// progress on w when there is more than one. An interrupt between or
// during batches says how many were saved (whole batches only) and how to
// finish.
func importBatches(ctx context.Context, st *store.Store, subs []model.Subscriber, w io.Writer) (store.ImportResult, error) {
	var total store.ImportResult
	p := newProgress(w)
	defer p.finish()
	for start := 0; start < len(subs); start += importBatch {
		end := min(start+importBatch, len(subs))
		res, err := st.ImportSubscribers(ctx, subs[start:end], time.Now())
		if interruptedBy(ctx, err) {
			return total, fmt.Errorf("interrupted: %d of %d subscribers imported and saved (added %d, updated %d, unchanged %d); "+
				"run the same import again to finish (those already imported come out unchanged)",
				start, len(subs), total.Added, total.Updated, total.Unchanged)
		}
		if err != nil {
			return total, fmt.Errorf("after %d of %d subscribers: %w", start, len(subs), err)
		}
		total.Added, total.Updated, total.Unchanged = total.Added+res.Added, total.Updated+res.Updated, total.Unchanged+res.Unchanged
		if len(subs) > importBatch {
			p.step(fmt.Sprintf("imported %d of %d subscribers", end, len(subs)))
		}
	}
	return total, nil
}

// readSubscribersCSV parses the import file. A first line starting with
// "email" is a header naming the columns (any order; other columns, such as
// those of 'subscribers export', are ignored); otherwise the columns are
// email, topics, provinces, status. Topics and provinces are slug lists
// separated by commas, semicolons or spaces; empty means all. An empty
// status means active for a new address and unchanged for a known one.
// Each bad line is reported on report and counted; a later line for an
// address already read is bad too. It returns an error only when the CSV
// itself cannot be read, or ctx's error when it ends. A leading UTF-8 byte order mark, which
// spreadsheets write in "CSV UTF-8", is skipped, and a file whose fields are separated by
// semicolons, as spreadsheets write CSV where the decimal mark is a comma (Vietnamese
// among them), or by tabs, is read so (csvSeparator); UTF-16 with its byte order mark (a
// spreadsheet's "Unicode Text") is read as such.
func (m *Main) readSubscribersCSV(ctx context.Context, in io.Reader, report io.Writer) ([]model.Subscriber, int, error) {
	r, err := subscribersCSVReader(in)
	if err != nil {
		return nil, 0, err
	}
	cols := map[string]int{}
	for i, c := range csvColumns {
		cols[c] = i
	}
	var subs []model.Subscriber
	seen := map[string]int{}
	invalid := 0
	for first := true; ; first = false {
		if err := ctx.Err(); err != nil {
			return nil, invalid, err // interrupted while reading: nothing stored yet
		}
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return subs, invalid, nil
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			fmt.Fprintf(report, "line %d: %v\n", pe.Line, pe.Err)
			invalid++
			continue
		} else if err != nil {
			return nil, invalid, fmt.Errorf("read CSV: %w", err)
		}
		line, _ := r.FieldPos(0)
		if first && strings.EqualFold(strings.TrimSpace(rec[0]), "email") {
			cols = headerColumns(rec)
			continue
		}
		sub, err := m.subscriberOf(rec, cols)
		if err == nil && seen[sub.Email] != 0 {
			err = fmt.Errorf("%s already appears on line %d", shownAddress(sub.Email), seen[sub.Email])
		}
		if err != nil {
			fmt.Fprintf(report, "line %d: %v\n", line, err)
			invalid++
			continue
		}
		seen[sub.Email] = line
		subs = append(subs, sub)
	}
}

// subscriberOf reads one record, returning an error that says what is
// wrong with it.
func (m *Main) subscriberOf(rec []string, cols map[string]int) (model.Subscriber, error) {
	field := func(name string) string {
		if i, ok := cols[name]; ok && i < len(rec) {
			return csvUnsafe(strings.TrimSpace(rec[i]))
		}
		return ""
	}
	email, err := web.NormalizeEmail(field("email"))
	if err != nil {
		return model.Subscriber{}, fmt.Errorf("email %s", addressProblem(field("email"), err))
	}
	isTopic := func(s string) bool { _, ok := m.Catalog.Topic(s); return ok }
	isProvince := func(s string) bool { _, ok := m.Catalog.Province(s); return ok }
	sub := model.Subscriber{Email: email, Topics: slugList(field("topics"), isTopic),
		Provinces: slugList(field("provinces"), isProvince), Status: strings.ToLower(field("status"))}
	if err := m.Catalog.CheckTopics(sub.Topics...); err != nil {
		return sub, err
	}
	if err := m.Catalog.CheckProvinces(true, sub.Provinces...); err != nil {
		return sub, err
	}
	if !knownStatus(sub.Status) {
		return sub, fmt.Errorf("status %q: want active, pending, unsubscribed or bounced (empty: active for new addresses)", sub.Status)
	}
	return sub, importedRecord(&sub, field)
}

// importedRecord reads the optional created_at, confirmed_at (RFC 3339)
// and bounces fields into sub; empty fields leave it as it is.
func importedRecord(sub *model.Subscriber, field func(string) string) error {
	for name, t := range map[string]*time.Time{"created_at": &sub.CreatedAt, "confirmed_at": &sub.ConfirmedAt} {
		if v := field(name); v != "" {
			at, err := time.Parse(time.RFC3339, v)
			if err != nil {
				return fmt.Errorf("%s %q: want a time such as 2026-11-20T08:00:00Z", name, v)
			}
			*t = at
		}
	}
	if v := field("bounces"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("bounces %q: want a whole number", v)
		}
		sub.Bounces = n
	}
	return nil
}

// slugList splits a list of slugs on commas, semicolons and bars, and an
// item on spaces only when each of its words is a slug known says is valid
// ("ha-noi hue"): an item such as "Hà Nội" stays whole, so that the error
// names it and the slug it likely means, not "Hà".
func slugList(s string, known func(string) bool) []string {
	var out []string
	for _, item := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
		words := strings.Fields(item)
		if len(words) > 1 && !slices.ContainsFunc(words, func(w string) bool { return !known(w) }) {
			out = append(out, words...)
		} else if len(words) > 0 {
			out = append(out, strings.Join(words, " "))
		}
	}
	return out
}
