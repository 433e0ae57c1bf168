package app

import (
	"context"
	"fmt"

	"bantin/internal/classify"
	"bantin/internal/model"
)

// reclassifyPage is how many articles one transaction re-tags.
const reclassifyPage = 500

func runReclassify(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("[flags]")
	m, err := env.parseAndOpen(ctx, fs, args)
	if err != nil {
		return err
	}
	defer m.Close()
	n, err := m.Reclassify(ctx, newProgress(env.Stderr))
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "re-tagged %d articles\n", n)
	return nil
}

// Reclassify re-tags every stored article with the current rules, a page at
// a time, and returns how many it re-tagged. Cancelling ctx stops between
// pages; the pages done stay done.
func (m *Main) Reclassify(ctx context.Context, p *progress) (int, error) {
	srcs, err := m.Store.Sources(ctx)
	if err != nil {
		return 0, err
	}
	byID := make(map[int64]model.Source, len(srcs))
	for _, s := range srcs {
		byID[s.ID] = s
	}
	total := 0
	for after := int64(0); ; {
		page, err := m.Store.ArticlesAfter(ctx, after, reclassifyPage)
		if err != nil || len(page) == 0 {
			p.finish()
			return total, err
		}
		for i := range page {
			a := &page[i]
			src := byID[a.SourceID]
			r := m.Classifier.Classify(classify.Input{Title: a.Title, Summary: a.Summary, Body: a.ContentHTML,
				URL: a.URL, SourceURL: src.URL, SourceName: src.Name, HomeProvince: src.HomeProvince,
				Categories: a.Categories, SourceTopics: src.DefaultTopics})
			a.Topics, a.Provinces = r.Topics, r.Provinces
		}
		if err := m.Store.ReplaceTags(ctx, page); err != nil {
			return total, err
		}
		total += len(page)
		after = page[len(page)-1].ID
		p.step(fmt.Sprintf("re-tagged %d articles", total))
	}
}
