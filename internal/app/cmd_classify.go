package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"bantin/internal/classify"
	"bantin/internal/ingest"
	"bantin/internal/model"
)

func runClassify(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("[--jsonl] [URL | FILE | - | TEXT…]")
	jsonl := fs.Bool("jsonl", false, "read JSON lines {title,summary,body,url,source_url} from FILE or stdin; write one JSON result per line")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	cls, err := classify.New(model.NewCatalog())
	if err != nil {
		return err
	}
	if *jsonl {
		in, closeIn, err := openInput(env, fs.Args())
		if err != nil {
			return err
		}
		defer closeIn()
		return cls.RunJSONL(in, env.Stdout)
	}
	if fs.NArg() == 0 {
		return usageError("classify wants a URL, a file, - for standard input, or text")
	}
	inputs, err := classifyInputs(ctx, env, fs.Args())
	if err != nil {
		return err
	}
	for i, in := range inputs {
		if i > 0 {
			fmt.Fprintln(env.Stdout)
		}
		if err := cls.Explain(in, env.Stdout); err != nil {
			return err
		}
	}
	return nil
}

// openInput opens the single file argument, or stdin for none or "-".
func openInput(env *cmdEnv, args []string) (io.Reader, func(), error) {
	if len(args) == 0 || args[0] == "-" {
		return env.Stdin, func() {}, nil
	}
	if len(args) > 1 {
		return nil, nil, usageError("--jsonl takes at most one file")
	}
	f, err := os.Open(args[0])
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// classifyInputs reads what to classify: every item of a feed (from a URL or
// a file), the text of a file or of standard input, or the arguments as text.
func classifyInputs(ctx context.Context, env *cmdEnv, args []string) ([]classify.Input, error) {
	arg := args[0]
	var body []byte
	var err error
	srcURL := ""
	switch {
	case len(args) == 1 && (strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://")):
		body, err = fetchForClassify(ctx, env, arg)
		srcURL = arg
	case len(args) == 1 && arg == "-":
		body, err = io.ReadAll(env.Stdin)
	case len(args) == 1 && fileExists(arg):
		body, err = os.ReadFile(arg)
	default:
		return []classify.Input{{Title: strings.Join(args, " ")}}, nil
	}
	if err != nil {
		return nil, err
	}
	return inputsFromBody(body, srcURL), nil
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// inputsFromBody parses body as a feed when it is one, and otherwise takes
// its first line as the title and the rest as the body.
func inputsFromBody(body []byte, srcURL string) []classify.Input {
	parser := newParser()
	if feed, err := parser.Parse(body, "", model.Source{URL: srcURL}, time.Now()); err == nil && len(feed.Items) > 0 {
		out := make([]classify.Input, len(feed.Items))
		for i, a := range feed.Items {
			out[i] = classify.Input{Title: a.Title, Summary: a.Summary, Body: a.ContentHTML, URL: a.URL,
				SourceURL: srcURL, Categories: a.Categories}
		}
		return out
	}
	title, rest, _ := strings.Cut(strings.TrimSpace(string(body)), "\n")
	return []classify.Input{{Title: title, Body: rest, URL: srcURL}}
}

// fetchForClassify downloads url with the same fetcher (and the same
// private-address policy) as the fetch loop.
func fetchForClassify(ctx context.Context, env *cmdEnv, url string) ([]byte, error) {
	cfg, err := loadConfig(env)
	if err != nil {
		return nil, err
	}
	f := ingest.NewFetcher(ingest.Options{Timeout: cfg.FetchTimeout, MaxBodyBytes: cfg.MaxBodyBytes,
		AllowPrivate: cfg.AllowPrivateSources})
	resp, err := f.Fetch(ctx, model.Source{URL: url})
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", url, err)
	}
	return resp.Body, nil
}

func newParser() *ingest.Parser { return ingest.NewParser(nil) }
