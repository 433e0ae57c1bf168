package model

import (
	"errors"
	"strings"
	"testing"
)

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

func TestCheckSlugs(t *testing.T) {
	c := NewCatalog()
	for _, tt := range []struct {
		name    string
		err     error
		wantErr string // substring; "" means no error
	}{
		{"known topics", c.CheckTopics("kinh-te", "the-thao"), ""},
		{"unknown topic", c.CheckTopics("kinh-te", "bogus"), `unknown topic "bogus"; valid topics: xay-dung-dang, chinh-tri`},
		{"current province", c.CheckProvinces(false, "thai-nguyen"), ""},
		{"former province where allowed", c.CheckProvinces(true, "bac-kan"), ""},
		{"former province where not", c.CheckProvinces(false, "bac-kan"), `"bac-kan" is a former province, not accepted here (now part of "thai-nguyen"); valid provinces: ha-noi, hue`},
		{"unknown province lists former ones", c.CheckProvinces(true, "x"), "(former provinces: ha-giang"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.wantErr == "" {
				if tt.err != nil {
					t.Fatal(tt.err)
				}
				return
			}
			var se *SlugError
			if tt.err == nil || !strings.Contains(tt.err.Error(), tt.wantErr) || !errors.Is(tt.err, ErrInvalid) || !errors.As(tt.err, &se) {
				t.Fatalf("err = %v, want a *SlugError containing %q", tt.err, tt.wantErr)
			}
			if strings.Contains(tt.name, "where not") && (len(se.Former) > 0 || strings.Contains(tt.err.Error(), "former provinces:")) {
				t.Errorf("former provinces listed where they are not valid: %v", tt.err)
			}
		})
	}
}

func TestFilterMatchesTags(t *testing.T) {
	tags := struct{ topics, provinces []string }{[]string{"kinh-te", "xa-hoi"}, []string{"thai-nguyen", "bac-kan"}}
	for _, tt := range []struct {
		f    Filter
		want bool
	}{
		{Filter{}, true},
		{Filter{Topics: []string{"the-thao", "xa-hoi"}}, true},
		{Filter{Topics: []string{"the-thao"}}, false},
		{Filter{Provinces: []string{"bac-kan"}}, true},
		{Filter{Provinces: []string{"thai-nguyen"}}, true},
		{Filter{Provinces: []string{"ha-noi"}}, false},
		{Filter{Topics: []string{"kinh-te"}, Provinces: []string{"ha-noi"}}, false},
		{Filter{Topics: []string{"kinh-te"}, Provinces: []string{"ha-noi", "bac-kan"}}, true},
	} {
		if got := tt.f.MatchesTags(tags.topics, tags.provinces); got != tt.want {
			t.Errorf("%+v: got %v, want %v", tt.f, got, tt.want)
		}
	}
}

// Every current province is in exactly one of the eight regions, and
// regions name nothing else.
func TestRegions(t *testing.T) {
	c := NewCatalog()
	if n := len(c.Regions()); n != 8 {
		t.Fatalf("%d regions, want 8", n)
	}
	seen := map[string]string{}
	for _, r := range c.Regions() {
		for _, slug := range r.Provinces {
			p, ok := c.Province(slug)
			if !ok || p.Legacy() {
				t.Errorf("region %s lists %q, not a current province", r.Name, slug)
			}
			if prev, dup := seen[slug]; dup {
				t.Errorf("%s is in %s and %s", slug, prev, r.Name)
			}
			seen[slug] = r.Name
		}
	}
	for _, p := range c.Provinces() {
		if _, ok := seen[p.Slug]; !ok && !p.Legacy() {
			t.Errorf("%s is in no region", p.Slug)
		}
	}
}
