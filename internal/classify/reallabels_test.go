package classify

import (
	"slices"
	"testing"

	"bantin/internal/model"
)

// TestRealLabels checks the label files of real news without the corpus:
// every line names a URL no other line (of any set) names, a day, a known
// primary topic and known alternatives other than it, known province
// slugs, and each former province together with the province that holds
// it now.
func TestRealLabels(t *testing.T) {
	cat := model.NewCatalog()
	seen := map[string]string{}
	for _, set := range realSets {
		t.Run(set.name, func(t *testing.T) {
			labels := loadRealLabels(t, set.file)
			if len(labels) < set.min {
				t.Errorf("%d labels, want the whole set (≥ %d)", len(labels), set.min)
			}
			for _, l := range labels {
				if other, dup := seen[l.URL]; dup {
					t.Errorf("%s: labelled in %s too", l.URL, other)
				}
				seen[l.URL] = set.name
				if err := checkRealLabel(cat, l); err != "" {
					t.Errorf("%s: %s", l.URL, err)
				}
			}
		})
	}
}

// checkRealLabel returns what is wrong with one label, or "".
func checkRealLabel(cat *model.Catalog, l realLabel) string {
	if l.URL == "" || len(l.Day) != len("2006-01-02") {
		return "no URL or no day"
	}
	if _, ok := cat.Topic(l.Topic); !ok {
		return "unknown topic " + l.Topic
	}
	for _, a := range l.Alternatives {
		if _, ok := cat.Topic(a); !ok || a == l.Topic {
			return "bad alternative " + a
		}
	}
	for _, s := range l.Provinces {
		p, ok := cat.Province(s)
		if !ok {
			return "unknown province " + s
		}
		if p.Legacy() && !slices.Contains(l.Provinces, p.Successor) {
			return "former province " + s + " without " + p.Successor
		}
	}
	return ""
}
