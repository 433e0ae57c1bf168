package classify

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestRunJSONL(t *testing.T) {
	c := newTest(t)
	in := strings.Join([]string{
		`{"title":"Bão số 3 đổ bộ Quảng Ninh","source_url":"https://vnexpress.net/rss/thoi-su.rss"}`,
		`not json`,
		`{}`,
		``,
		`{"title":"a","extra":1}`,
		`{"body":"Dự tại điểm cầu Thái Nguyên có lãnh đạo tỉnh.","url":"https://baothainguyen.vn/chinh-tri/xay-dung-dang/x-1.html"}`,
	}, "\n")
	var out bytes.Buffer
	plain := func(l Line) Input {
		return Input{Title: l.Title, Summary: l.Summary, Body: l.Body, URL: l.URL, SourceURL: l.SourceURL}
	}
	if err := c.RunJSONL(strings.NewReader(in), &out, plain); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d output lines, want 5:\n%s", len(lines), out.String())
	}
	var first jsonOutput
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil || len(first.Provinces) == 0 ||
		first.Provinces[0].Slug != "quang-ninh" || len(first.Topics) == 0 || !first.Topics[0].Primary {
		t.Errorf("line 1: %s (%v)", lines[0], err)
	}
	for i, n := range map[int]string{1: "line 2:", 2: "line 3:", 3: "line 5:"} {
		if !strings.Contains(lines[i], `"error":"`+n) {
			t.Errorf("output %d = %s, want an error for %s", i+1, lines[i], n)
		}
	}
	if !strings.Contains(lines[4], `"slug":"thai-nguyen"`) || !strings.Contains(lines[4], "điểm cầu") {
		t.Errorf("last line: %s", lines[4])
	}
	// A read error ends the run, after the lines read before it are answered.
	out.Reset()
	broken := io.MultiReader(strings.NewReader(in+"\n"), iotest.ErrReader(errBroken))
	if err := c.RunJSONL(broken, &out, plain); !errors.Is(err, errBroken) {
		t.Errorf("read error: got %v", err)
	}
	if n := strings.Count(out.String(), "\n"); n != 5 {
		t.Errorf("%d lines answered before the read error, want 5", n)
	}
}

var errBroken = errors.New("broken pipe")

func TestExplain(t *testing.T) {
	c := newTest(t)
	var out bytes.Buffer
	err := c.Explain(Input{Title: "Phó Thủ tướng Nguyễn Hòa Bình thăm Đà Lạt",
		Body: "Mưa lớn ở Thái Bình Dương. Báo Quảng Ninh đưa tin."}, &out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Topics:", "lam-dong", "gazetteer", "Refused place mentions", "a person's name", "the outlet"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("explanation lacks %q:\n%s", want, out.String())
		}
	}
}
