package classify

import (
	"slices"
	"testing"
	"time"

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

// TestPairReach: pairReach counts the same-event pairs within
// ClusterWindow, those of them similar enough to share a story, and the
// pairs of different events that are.
func TestPairReach(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	a := NewSignature("alpha bravo charlie delta", "sa sb sc sd se sf")
	b := NewSignature("sa sb sc sd se sf", "ta tb tc td te tf")
	d := NewSignature("echo foxtrot golf hotel", "ua ub uc ud ue uf")
	member := func(s Signature, h time.Duration) Member { return Member{Sig: s, Published: t0.Add(h)} }
	tests := []struct {
		name                 string
		batch                []Member
		groups               []string
		same, reached, other int
	}{
		{"alike, one event", []Member{member(a, 0), member(b, time.Hour)}, []string{"g", "g"}, 1, 1, 0},
		{"alike, two events", []Member{member(a, 0), member(b, time.Hour)}, []string{"g", ""}, 0, 0, 1},
		{"unlike, one event", []Member{member(a, 0), member(d, time.Hour)}, []string{"g", "g"}, 1, 0, 0},
		{"one event, too far apart", []Member{member(a, 0), member(b, ClusterWindow+time.Hour)}, []string{"g", "g"}, 0, 0, 0},
		{"no group is no event", []Member{member(a, 0), member(b, time.Hour)}, []string{"", ""}, 0, 0, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			same, reached, other := pairReach(tc.batch, tc.groups)
			if same != tc.same || reached != tc.reached || other != tc.other {
				t.Errorf("pairReach = %d, %d, %d; want %d, %d, %d", same, reached, other, tc.same, tc.reached, tc.other)
			}
		})
	}
}
