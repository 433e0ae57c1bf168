package digest

// The digest a pass renders for each (week, filters) group: built once per
// pass and shared by every subscriber of the group.

import (
	"context"
	"errors"
	"fmt"

	"bantin/internal/model"
	"bantin/mailer"
)

// group returns the rendered digest of period for sub's filters, building
// it (and the week's index) on first use.
func (p *pass) group(ctx context.Context, period string, sub model.Subscriber) (*group, error) {
	key := period + "|" + filterKey(sub.Filter())
	if g, ok := p.groups[key]; ok {
		return g, nil
	}
	idx, ok := p.weeks[period]
	if !ok {
		var err error
		if idx, err = p.d.loadWeek(ctx, period); err != nil {
			return nil, err
		}
		p.weeks[period] = idx
	}
	g, err := p.d.render(idx, sub.Filter())
	if err != nil {
		return nil, err
	}
	if len(p.groups) >= maxGroups {
		clear(p.groups)
	}
	p.groups[key] = g
	p.sum.Renders++
	return g, nil
}

// loadWeek reads and indexes the articles of period.
func (d *Digester) loadWeek(ctx context.Context, period string) (*weekIndex, error) {
	w, err := ParseWeek(period, d.loc())
	if err != nil {
		return nil, err
	}
	arts, err := d.Store.WeekArticles(ctx, w.Start, w.End)
	if err != nil {
		return nil, err
	}
	return newWeekIndex(w, arts), nil
}

// render composes and renders the digest of idx's week for the filters.
func (d *Digester) render(idx *weekIndex, f model.Filter) (*group, error) {
	stories, left := idx.compose(f, orDefault(d.MaxStories, DefaultMaxStories), d.Catalog)
	stories = d.linkStories(stories)
	tl, pl := labels(d.Catalog, f)
	g := &group{view: d.Links.Archive(idx.week.Label(), canonical(f.Topics), canonical(f.Provinces))}
	shared, err := d.Renderer.RenderShared(mailer.Digest{
		Period: mailer.Period{Label: idx.week.Short(), Start: idx.week.Start, End: idx.week.End},
		Topics: tl, Provinces: pl, Stories: stories, More: d.more(idx.week, f, left)})
	switch {
	case errors.Is(err, mailer.ErrEmptyDigest):
		return g, nil
	case err != nil:
		return nil, fmt.Errorf("render digest %s: %w", idx.week.Label(), err)
	}
	g.shared = shared
	return g, nil
}

// more turns the counts of what each section leaves out into its
// "và N tin khác" link: the page of the section's topic and f's provinces
// for the week.
func (d *Digester) more(w Week, f model.Filter, left map[string]int) map[string]mailer.More {
	out := make(map[string]mailer.More, len(left))
	for topic, n := range left {
		if n > 0 {
			out[topic] = mailer.More{Count: n, URL: d.Links.Days(topic, canonical(f.Provinces), w.Start, w.End)}
		}
	}
	return out
}
