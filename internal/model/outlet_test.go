package model

import (
	"slices"
	"testing"
)

func TestOutletKey(t *testing.T) {
	if got := OutletKey("tuoitre.vn", 3); got != "tuoitre.vn" {
		t.Errorf("OutletKey with an outlet = %q", got)
	}
	if a, b := OutletKey("", 3), OutletKey("", 4); a == b || a == "" {
		t.Errorf("articles without an outlet must count per source: %q, %q", a, b)
	}
}

func TestDropRepeats(t *testing.T) {
	art := func(id int64, url, title string) Article { return Article{ID: id, URL: url, Title: title} }
	for _, c := range []struct {
		name string
		in   []Article
		want []int64
	}{
		{"none", nil, nil},
		{"a later copy replaces nothing", []Article{art(5, "u1", "A"), art(7, "u1", "A"), art(6, "u2", "B")}, []int64{5, 6}},
		{"the first-stored copy is kept in the first copy's place",
			[]Article{art(9, "u1", "A"), art(8, "u2", "B"), art(4, "u1", "A")}, []int64{4, 8}},
		{"same link, other title: two pieces (a feed linking every item to its home page)",
			[]Article{art(1, "home", "A"), art(2, "home", "B")}, []int64{1, 2}},
		{"no link: never a repeat", []Article{art(1, "", "A"), art(2, "", "A")}, []int64{1, 2}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []int64
			for _, a := range DropRepeats(c.in) {
				got = append(got, a.ID)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("ids %v, want %v", got, c.want)
			}
		})
	}
}
