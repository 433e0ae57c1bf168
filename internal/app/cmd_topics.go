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
// topicmodel.bin) for BANTIN_TOPIC_MODEL to load.
func runTopicsTrain(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("train [--out FILE] [--no-base] [--min N] [--max N]")
	out := fs.String("out", "", "model file to write (default: BANTIN_TOPIC_MODEL, else topicmodel.bin)")
	noBase := fs.Bool("no-base", false, "train on this store's articles alone, without the shipped model's counts")
	minCount := fs.Int("min", 3, "keep features seen at least this often")
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
	n, err := addStoreExamples(ctx, m, tr)
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("no article of a source with one topic: add category feeds with `bantin sources add URL --topic SLUG` and fetch them first")
	}
	if !*noBase {
		base, err := classify.DefaultTopicCounts()
		if err != nil {
			return err
		}
		if err := tr.AddModel(base); err != nil {
			return err
		}
	}
	trained := tr.Model(*minCount, *maxFeat)
	if err := writeModel(path, trained); err != nil {
		return err
	}
	printTrained(env.Stdout, tr.Docs(), n, trained.Features(), path)
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

// printTrained reports a training: the examples of each topic, by slug,
// then what was written where and how to use it.
func printTrained(w io.Writer, docs map[string]int, articles, features int, path string) {
	for _, slug := range slices.Sorted(maps.Keys(docs)) {
		fmt.Fprintf(w, "%-20s %d examples\n", slug, docs[slug])
	}
	fmt.Fprintf(w, "trained on %d articles of this store; %d features written to %s\n", articles, features, path)
	fmt.Fprintf(w, "to use it: BANTIN_TOPIC_MODEL=%s, then `bantin reclassify` to re-tag what is stored\n", path)
}

// addStoreExamples adds every stored article of a one-topic source to tr
// and returns how many.
func addStoreExamples(ctx context.Context, m *Main, tr *classify.TopicTrainer) (int, error) {
	srcs, err := m.Store.Sources(ctx)
	if err != nil {
		return 0, err
	}
	topicOf := map[int64]string{}
	for _, s := range srcs {
		if len(s.DefaultTopics) == 1 {
			topicOf[s.ID] = s.DefaultTopics[0]
		}
	}
	n := 0
	for after := int64(0); ; {
		page, err := m.Store.ArticlesAfter(ctx, after, 500)
		if err != nil || len(page) == 0 {
			return n, err
		}
		for _, a := range page {
			if t, ok := topicOf[a.SourceID]; ok {
				if err := tr.Add(t, a.Title, a.Summary); err != nil {
					return n, err
				}
				n++
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
