package model

import "testing"

func TestCatalogCounts(t *testing.T) {
	c := NewCatalog()
	if n := len(c.Topics()); n != 16 {
		t.Errorf("topics = %d, want 16", n)
	}
	cur, legacy := 0, 0
	for _, p := range c.Provinces() {
		if p.Legacy() {
			legacy++
			if s, ok := c.Province(p.Successor); !ok || s.Legacy() {
				t.Errorf("%s: successor %q is not a current unit", p.Slug, p.Successor)
			}
		} else {
			cur++
		}
	}
	if cur != 34 || legacy != 30 {
		t.Errorf("current=%d legacy=%d, want 34 and 30", cur, legacy)
	}
	if got := c.LegacyOf("thai-nguyen"); len(got) != 1 || got[0] != "bac-kan" {
		t.Errorf("LegacyOf(thai-nguyen) = %v", got)
	}
}
