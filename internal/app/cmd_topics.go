package app

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"bantin/internal/classify"
	"bantin/internal/config"
	"bantin/internal/model"
)

// newClassifier builds the classifier with the topic model the
// configuration names (BANTIN_TOPIC_MODEL), or the shipped one. It returns
// an error naming the file when it cannot be read.
func newClassifier(cfg config.Config, cat *model.Catalog) (*classify.Classifier, error) {
	if cfg.TopicModel == "" {
		cls, err := classify.New(cat)
		if err != nil {
			return nil, fmt.Errorf("classification rules: %w", err)
		}
		return cls, nil
	}
	f, err := os.Open(cfg.TopicModel)
	if err != nil {
		return nil, fmt.Errorf("BANTIN_TOPIC_MODEL: %w", err)
	}
	defer f.Close()
	m, err := classify.ReadTopicModel(f)
	if err != nil {
		return nil, fmt.Errorf("BANTIN_TOPIC_MODEL %s: %w (write one with `bantin topics train`)", cfg.TopicModel, err)
	}
	cls, err := classify.NewWithModel(cat, m)
	if err != nil {
		return nil, fmt.Errorf("BANTIN_TOPIC_MODEL %s: %w", cfg.TopicModel, err)
	}
	return cls, nil
}

func runTopics(ctx context.Context, env *cmdEnv, args []string) error {
	return dispatch(ctx, env, args, "train", subcommand{"train", runTopicsTrain})
}

// runTopicsTrain retrains the topic model from the store: every article of
// a source with exactly one configured topic (a category feed) counts as
// an example of that topic, added to the shipped model's counts unless
// --no-base. It writes the model to --out (default: BANTIN_TOPIC_MODEL, else
// topicmodel.bin) for BANTIN_TOPIC_MODEL to load, and prints per topic the
// examples of this store and of the shipped model. --no-base is refused
// while a topic has no example: such a model can never give that topic.
func runTopicsTrain(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("train [--out FILE] [--no-base] [--min N] [--max N]")
	out := fs.String("out", "", "model file to write (default: BANTIN_TOPIC_MODEL, else topicmodel.bin)")
	noBase := fs.Bool("no-base", false, "train on this store's articles alone, without the shipped model's counts\n"+
		"(refused unless every topic has examples here)")
	minCount := fs.Int("min", 3, "keep features seen at least this often (shipped counts included)")
	maxFeat := fs.Int("max", 100000, "keep at most this many features")
	m, err := env.parseAndOpen(ctx, fs, args)
	if err != nil {
		return err
	}
	defer m.Close()
	path, err := modelPath(*out, m.Config.TopicModel)
	if err != nil {
		return err
	}
	tr := m.Pipeline.Classifier().NewTopicTrainer()
	st, err := addStoreExamples(ctx, m, tr)
	if err != nil {
		return err
	}
	if st.articles == 0 {
		return fmt.Errorf("no article of a source with one topic: add category feeds with `bantin sources add URL --topic SLUG` and fetch them first%s", st.skippedNote())
	}
	own := tr.Docs()
	if *noBase {
		if missing := missingTopics(own); len(missing) > 0 {
			return fmt.Errorf("--no-base: this store has no example of %d of the %d topics (%s), which a model trained on it alone could never give; "+
				"train without --no-base to add this store's examples to the shipped model's", len(missing), len(own), strings.Join(missing, ", "))
		}
	} else if err := addShipped(tr); err != nil {
		return err
	}
	trained := tr.Model(*minCount, *maxFeat)
	if err := writeModel(path, trained); err != nil {
		return err
	}
	printTrained(env.Stdout, own, tr.Docs(), !*noBase)
	fmt.Fprintf(env.Stdout, "trained on %s of %s of this store%s; %d features written to %s\n",
		count(st.articles, "article", "articles"), count(st.sources, "category feed", "category feeds"), st.skippedNote(),
		trained.Features(), path)
	fmt.Fprintf(env.Stdout, "to use it: BANTIN_TOPIC_MODEL=%s, then `bantin reclassify` to re-tag what is stored\n", path)
	return nil
}

// modelPath returns where `topics train` writes the model: out, else the
// configured BANTIN_TOPIC_MODEL, else topicmodel.bin. It returns an error
// when that file's folder does not exist, so that a typo fails before the
// training, not after.
func modelPath(out, configured string) (string, error) {
	path := cmp.Or(out, configured, "topicmodel.bin")
	if st, err := os.Stat(filepath.Dir(path)); err != nil || !st.IsDir() {
		return "", fmt.Errorf("cannot write the model to %s: no directory %s", path, filepath.Dir(path))
	}
	return path, nil
}

// addShipped adds the shipped model's counts to tr.
func addShipped(tr *classify.TopicTrainer) error {
	base, err := classify.DefaultTopicCounts()
	if err != nil {
		return err
	}
	return tr.AddModel(base)
}

// missingTopics returns the topics with no example in docs, sorted.
func missingTopics(docs map[string]int) []string {
	var out []string
	for slug, n := range docs {
		if n == 0 {
			out = append(out, slug)
		}
	}
	slices.Sort(out)
	return out
}

// printTrained writes a table of the examples per topic: this store's
// (own) and, with base, the shipped model's (all minus own).
func printTrained(w io.Writer, own, all map[string]int, base bool) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if base {
		fmt.Fprintln(tw, "TOPIC\tTHIS STORE\tSHIPPED")
	} else {
		fmt.Fprintln(tw, "TOPIC\tTHIS STORE")
	}
	for _, slug := range slices.Sorted(maps.Keys(all)) {
		if base {
			fmt.Fprintf(tw, "%s\t%d\t%d\n", slug, own[slug], all[slug]-own[slug])
		} else {
			fmt.Fprintf(tw, "%s\t%d\n", slug, own[slug])
		}
	}
	tw.Flush()
}

// storeExamples counts what addStoreExamples found: the articles added,
// the one-topic sources they came from, and the sources left out because
// they have several topics.
type storeExamples struct {
	articles, sources int
	several           []int64
}

// skippedNote names the sources left out for having several topics, or is
// empty.
func (s storeExamples) skippedNote() string {
	if len(s.several) == 0 {
		return ""
	}
	ids := make([]string, len(s.several))
	for i, id := range s.several {
		ids[i] = strconv.FormatInt(id, 10)
	}
	return fmt.Sprintf(" (left out: source %s, with several topics: only a source with one topic labels its articles)", strings.Join(ids, ", "))
}

// addStoreExamples adds every stored article of a one-topic source to tr.
func addStoreExamples(ctx context.Context, m *Main, tr *classify.TopicTrainer) (storeExamples, error) {
	var st storeExamples
	srcs, err := m.Store.Sources(ctx)
	if err != nil {
		return st, err
	}
	topicOf := map[int64]string{}
	for _, s := range srcs {
		switch {
		case len(s.DefaultTopics) == 1:
			topicOf[s.ID] = s.DefaultTopics[0]
			st.sources++
		case len(s.DefaultTopics) > 1:
			st.several = append(st.several, s.ID)
		}
	}
	for after := int64(0); ; {
		page, err := m.Store.ArticlesAfter(ctx, after, 500)
		if err != nil || len(page) == 0 {
			return st, err
		}
		for _, a := range page {
			if t, ok := topicOf[a.SourceID]; ok {
				if err := tr.Add(t, a.Title, a.Summary); err != nil {
					return st, err
				}
				st.articles++
			}
		}
		after = page[len(page)-1].ID
	}
}

// writeModel writes the model next to its final name and renames it there,
// so a running process never reads half a file.
func writeModel(path string, m *classify.TopicModel) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".topicmodel-*")
	if err != nil {
		return fmt.Errorf("cannot write the model to %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil { // not a secret: the service may run as another user
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("cannot write the model to %s: %w", path, err)
	}
	if _, err := m.WriteTo(tmp); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}
