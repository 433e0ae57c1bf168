package model

import (
	"fmt"
	"slices"
	"strings"
)

// SlugError names a topic or province slug the catalog does not hold and
// lists the valid ones. It wraps ErrInvalid. Boundaries translate it once:
// the feed URLs into a 400/404, the subscription form into a Vietnamese
// message, the CLI into a usage error.
type SlugError struct {
	Kind   string   // "topic" or "province"
	Slug   string   // as given
	Valid  []string // the slugs accepted
	Former []string // former province slugs, when they are accepted too
	// Suggest is the valid slug Slug most likely means ("ho-chi-minh" for
	// "tp-ho-chi-minh"), or "".
	Suggest string
	// Dissolved is set when Slug is a former province where only current
	// ones are accepted (a source's home province); Suggest is then the
	// province it was merged into.
	Dissolved bool
}

func (e *SlugError) Error() string {
	msg := fmt.Sprintf("unknown %s %q", e.Kind, e.Slug)
	switch {
	case e.Dissolved && e.Suggest != "":
		msg = fmt.Sprintf("%q is a former province, not accepted here (now part of %q)", e.Slug, e.Suggest)
	case e.Dissolved:
		msg = fmt.Sprintf("%q is a former province, not accepted here", e.Slug)
	case e.Suggest != "":
		msg += fmt.Sprintf(" (did you mean %q?)", e.Suggest)
	}
	msg += fmt.Sprintf("; valid %ss: %s", e.Kind, strings.Join(e.Valid, ", "))
	if len(e.Former) > 0 {
		msg += " (former provinces: " + strings.Join(e.Former, ", ") + ")"
	}
	return msg
}

// Unwrap makes a SlugError match ErrInvalid.
func (e *SlugError) Unwrap() error { return ErrInvalid }

// CheckTopics returns a *SlugError for the first slug that is not a topic,
// or nil.
func (c *Catalog) CheckTopics(slugs ...string) error {
	for _, s := range slugs {
		if _, ok := c.Topic(s); !ok {
			valid := make([]string, len(c.topics))
			for i, t := range c.topics {
				valid[i] = t.Slug
			}
			return &SlugError{Kind: "topic", Slug: s, Valid: valid, Suggest: c.suggestTopic(s)}
		}
	}
	return nil
}

// CheckProvinces returns a *SlugError for the first slug that is not a
// province, or nil. With former true a dissolved province's slug is valid
// (filters: it selects what was tagged with it); without, only the 34
// current units are (a source's home province).
func (c *Catalog) CheckProvinces(former bool, slugs ...string) error {
	for _, s := range slugs {
		p, ok := c.Province(s)
		if ok && (former || !p.Legacy()) {
			continue
		}
		e := &SlugError{Kind: "province", Slug: s, Suggest: c.suggestProvince(s, former), Dissolved: ok}
		for _, p := range c.provinces {
			switch {
			case !p.Legacy():
				e.Valid = append(e.Valid, p.Slug)
			case former:
				e.Former = append(e.Former, p.Slug)
			}
		}
		return e
	}
	return nil
}

// MatchesTags reports whether an article with the given topic slugs and
// province slugs (current units and the former provinces it was tagged
// with) is selected by f's tag lists: any of f.Topics AND any of
// f.Provinces, an empty list selecting everything. A current slug in
// f.Provinces selects articles tagged with it, which includes those tagged
// with its former provinces (the tag rows carry both). It is the one
// statement of bantin's filter semantics: feeds, pages and digests mean the
// same thing by it, and internal/store's SQL implements exactly this.
func (f Filter) MatchesTags(topics, provinces []string) bool {
	return anyOf(f.Topics, topics) && anyOf(f.Provinces, provinces)
}

// anyOf reports whether want is empty or shares a value with have.
func anyOf(want, have []string) bool {
	if len(want) == 0 {
		return true
	}
	for _, h := range have {
		if slices.Contains(want, h) {
			return true
		}
	}
	return false
}

// Filter returns the subscriber's choices as a Filter: a digest holds what
// the feed with the same topics and provinces holds.
func (s Subscriber) Filter() Filter {
	return Filter{Topics: s.Topics, Provinces: s.Provinces}
}
