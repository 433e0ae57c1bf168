package classify

import "testing"

// TestRefuseUnnamed: a marked mention is refused unless an unmarked kept
// mention names its province; a refused or a marked one names none.
func TestRefuseUnnamed(t *testing.T) {
	tests := []struct {
		name  string
		ms    []mention
		marks map[int]bool
		want  []bool // refused, by mention
	}{
		{"no marks", []mention{{province: "ha-noi"}}, nil, []bool{false}},
		{"alone", []mention{{province: "ha-noi"}, {province: "hue"}}, map[int]bool{0: true}, []bool{true, false}},
		{"named again", []mention{{province: "ha-noi"}, {province: "ha-noi"}}, map[int]bool{0: true}, []bool{false, false}},
		{"named by a refused one", []mention{{province: "ha-noi"}, {province: "ha-noi", dropped: "x"}},
			map[int]bool{0: true}, []bool{true, true}},
		{"both marked", []mention{{province: "ha-noi"}, {province: "ha-noi"}}, map[int]bool{0: true, 1: true}, []bool{true, true}},
	}
	for _, tt := range tests {
		refuseUnnamed(tt.ms, tt.marks, func(int) string { return "why" })
		for i, m := range tt.ms {
			if (m.dropped != "") != tt.want[i] {
				t.Errorf("%s: mention %d refused %q, want %v", tt.name, i, m.dropped, tt.want[i])
			}
		}
	}
}
