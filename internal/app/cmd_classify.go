package app

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"bantin/internal/classify"
	"bantin/internal/config"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store"
)

func runClassify(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("[URL | FILE | - | TEXT…] | --jsonl [FILE | -]")
	jsonl := fs.Bool("jsonl", false, "read JSON lines {title,summary,body,url,source_url} from FILE or stdin; write one JSON result per line")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if *jsonl {
		cfg, err := loadConfig(env)
		if err != nil {
			return err
		}
		cls, err := newClassifier(cfg, model.NewCatalog())
		if err != nil {
			return err
		}
		in, closeIn, err := openInput(env, fs.Args())
		if err != nil {
			return err
		}
		defer closeIn()
		return cls.RunJSONL(in, env.Stdout, pipeline.LineInput)
	}
	if fs.NArg() == 0 {
		return usageError("classify wants a URL, a file, - for standard input, or text")
	}
	if arg := fs.Arg(0); fs.NArg() == 1 && (strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://")) {
		return classifyURL(ctx, env, arg)
	}
	cfg, err := loadConfig(env)
	if err != nil {
		return err
	}
	return classifyOffline(env, cfg, fs.Args())
}

// classifyURL explains every item of the feed at url as the fetch loop
// would tag it: same fetcher, parser and source settings (the stored source
// with that URL, if any). Where the configured SQLite database does not
// exist yet it reads the feed as a bare source and creates none.
func classifyURL(ctx context.Context, env *cmdEnv, url string) error {
	cfg, err := loadConfig(env)
	if err != nil {
		return err
	}
	var p *pipeline.Pipeline
	if path, ok := store.SQLitePath(cfg.DatabaseURL); ok && !fileExists(path) {
		if p, err = storelessPipeline(env, cfg); err != nil {
			return err
		}
	} else {
		m, err := env.open(ctx)
		if err != nil {
			return err
		}
		defer m.Close()
		p = m.Pipeline
	}
	arts, src, err := p.Preview(ctx, url)
	if h := settingHint(err); h != "" {
		return fmt.Errorf("%w\n(%s)", err, h)
	}
	if err != nil {
		return err
	}
	return explainAll(env.Stdout, p.Classifier(), arts, src)
}

// storelessPipeline returns a pipeline that fetches, parses and tags as
// cfg says, with no store: Preview reads every feed as a bare source.
func storelessPipeline(env *cmdEnv, cfg config.Config) (*pipeline.Pipeline, error) {
	log, err := newLogger(env.Stderr, cfg)
	if err != nil {
		return nil, err
	}
	cls, err := newClassifier(cfg, model.NewCatalog())
	if err != nil {
		return nil, err
	}
	return pipeline.New(pipeline.Options{Fetcher: newFetcher(cfg, log), Parser: newParser(cfg, log),
		MaxItems: cfg.MaxItemsPerFeed, ParseMemory: cfg.ParseMemoryBytes, Classifier: cls, Log: log}), nil
}

// classifyOffline explains a feed file (or standard input) item by item,
// or text (a file's, standard input's or the arguments'), without a
// database: first line the title, the rest the body.
func classifyOffline(env *cmdEnv, cfg config.Config, args []string) error {
	cls, err := newClassifier(cfg, model.NewCatalog())
	if err != nil {
		return err
	}
	var body []byte
	switch {
	case len(args) == 1 && args[0] == "-":
		body, err = io.ReadAll(env.Stdin)
	case len(args) == 1 && fileExists(args[0]):
		body, err = os.ReadFile(args[0])
	case len(args) == 1 && looksLikePath(args[0]):
		return fmt.Errorf("%s: no such file (text to classify is anything else: a sentence, or - for standard input)", args[0])
	default:
		return explainAll(env.Stdout, cls, []model.Article{pipeline.TextArticle(strings.Join(args, " "))}, model.Source{})
	}
	if err != nil {
		return err
	}
	p := pipeline.New(pipeline.Options{Parser: ingest.NewParser(nil), Classifier: cls})
	arts, err := p.ParseFeed(body, "", "", model.Source{})
	if err != nil || len(arts) == 0 {
		arts = []model.Article{pipeline.TextArticle(string(body))}
	}
	return explainAll(env.Stdout, cls, arts, model.Source{})
}

// explainAll writes the classifier's account of each article, separated by
// blank lines, each feed item under its title and link (so that the tags
// can be told apart).
func explainAll(w io.Writer, cls *classify.Classifier, arts []model.Article, src model.Source) error {
	for i := range arts {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if a := &arts[i]; a.URL != "" {
			fmt.Fprintf(w, "%d. %s\n   %s\n", i+1, cmp.Or(a.Title, "(no title)"), a.URL)
		}
		if err := cls.Explain(pipeline.ClassifierInput(&arts[i], src), w); err != nil {
			return err
		}
	}
	return nil
}

// openInput opens the single file argument, or stdin for none or "-". An
// argument that is no file (a URL, a sentence) is a usage error saying
// what --jsonl reads.
func openInput(env *cmdEnv, args []string) (io.Reader, func(), error) {
	if len(args) == 0 || args[0] == "-" {
		return env.Stdin, func() {}, nil
	}
	if len(args) > 1 || !fileExists(args[0]) {
		return nil, nil, usageError("--jsonl reads JSON lines from one file or standard input, and %q is no file "+
			"(a URL or text is classified without --jsonl)", strings.Join(args, " "))
	}
	f, err := os.Open(args[0])
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// looksLikePath reports whether a lone argument that names no file was
// meant as one (a path separator, or the extension of a feed or text file,
// and no space) rather than as a word to classify.
func looksLikePath(arg string) bool {
	if strings.ContainsAny(arg, " \t\n") {
		return false
	}
	switch strings.ToLower(filepath.Ext(arg)) {
	case ".txt", ".xml", ".rss", ".atom", ".json", ".jsonl", ".html", ".htm":
		return true
	}
	return strings.ContainsRune(arg, '/') || strings.ContainsRune(arg, filepath.Separator)
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}
