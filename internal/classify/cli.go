package classify

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// jsonInput is one line of `bantin classify --jsonl`.
type jsonInput struct {
	Title     *string `json:"title"`
	Summary   *string `json:"summary"`
	Body      *string `json:"body"`
	URL       *string `json:"url"`
	SourceURL *string `json:"source_url"`
}

type jsonTopic struct {
	Slug    string `json:"slug"`
	Primary bool   `json:"primary"`
	Reason  string `json:"reason"`
}

type jsonProvince struct {
	Slug   string  `json:"slug"`
	Legacy string  `json:"legacy,omitempty"`
	Weight float64 `json:"weight"`
	Reason string  `json:"reason"`
}

type jsonOutput struct {
	Topics    []jsonTopic    `json:"topics"`
	Provinces []jsonProvince `json:"provinces"`
}

// Line is one input line of `bantin classify --jsonl`: the article's title,
// summary and body (HTML or text), its link and its feed's URL.
type Line struct {
	Title, Summary, Body, URL, SourceURL string
}

// RunJSONL reads JSON lines {"title","summary","body","url","source_url"}
// (every key optional, at least one present), turns each into the
// classifier's input with input (internal/pipeline reads it as ingestion
// would), and writes one JSON line per input line:
// {"topics":[…],"provinces":[…]}, or {"error":"line N: …"} for a bad line,
// after which processing goes on. Blank lines are skipped. It returns only
// read and write errors (wrapped), a line over 16 MiB being a read error
// (bufio.ErrTooLong); the lines answered before a read error are written.
func (c *Classifier) RunJSONL(r io.Reader, w io.Writer, input func(Line) Input) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var out any
		l, err := parseLine(line)
		if err != nil {
			out = map[string]string{"error": fmt.Sprintf("line %d: %v", n, err)}
		} else {
			out = toJSON(c.Classify(input(l)))
		}
		if err := enc.Encode(out); err != nil {
			return fmt.Errorf("classify: writing: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("classify: writing: %w", err)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("classify: reading: %w", err)
	}
	return nil
}

func parseLine(line string) (Line, error) {
	var j jsonInput
	dec := json.NewDecoder(strings.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return Line{}, fmt.Errorf("not a JSON object of title, summary, body, url, source_url: %w", err)
	}
	if dec.More() {
		return Line{}, errors.New("more than one JSON value on the line")
	}
	if j.Title == nil && j.Summary == nil && j.Body == nil && j.URL == nil && j.SourceURL == nil {
		return Line{}, errors.New("none of title, summary, body, url, source_url given")
	}
	s := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	return Line{Title: s(j.Title), Summary: s(j.Summary), Body: s(j.Body),
		URL: s(j.URL), SourceURL: s(j.SourceURL)}, nil
}

func toJSON(r Result) jsonOutput {
	out := jsonOutput{Topics: []jsonTopic{}, Provinces: []jsonProvince{}}
	for _, t := range r.Topics {
		out.Topics = append(out.Topics, jsonTopic{t.Topic, t.Primary, t.Reason})
	}
	for _, p := range r.Provinces {
		out.Provinces = append(out.Provinces, jsonProvince{p.Province, p.Legacy, p.Weight, p.Reason})
	}
	return out
}

// Explain writes a readable account of in's tags for a human: each topic
// and province with the rule behind it, and every place mention that was
// refused and why (a trap, a person, an outlet, a ward).
func (c *Classifier) Explain(in Input, w io.Writer) error {
	res, ms := c.classify(&in, &scratch{}, false)
	b := &strings.Builder{}
	fmt.Fprintf(b, "Topics:\n")
	if len(res.Topics) == 0 {
		fmt.Fprintf(b, "  (none: no section, category or cue)\n")
	}
	for _, t := range res.Topics {
		role := "secondary"
		if t.Primary {
			role = "primary"
		}
		fmt.Fprintf(b, "  %-20s %-9s score %5.1f  because %s\n", t.Topic, role, t.Score, t.Reason)
	}
	fmt.Fprintf(b, "Provinces:\n")
	if len(res.Provinces) == 0 {
		fmt.Fprintf(b, "  (none)\n")
	}
	for _, p := range res.Provinces {
		leg := ""
		if p.Legacy != "" {
			leg = " (legacy " + p.Legacy + ")"
		}
		fmt.Fprintf(b, "  %-14s%s weight %.2f  because %s\n", p.Province, leg, p.Weight, p.Reason)
	}
	var refused []string
	for i := range ms {
		if ms[i].dropped != "" {
			refused = append(refused, fmt.Sprintf("  %s: %q → not %s: %s",
				fieldNames[ms[i].field], ms[i].text, ms[i].province, ms[i].dropped))
		}
	}
	if len(refused) > 0 {
		fmt.Fprintf(b, "Refused place mentions:\n%s\n", strings.Join(refused, "\n"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
