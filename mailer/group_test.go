package mailer

import (
	"slices"
	"strings"
	"testing"
)

// titles renders groups as "topic: title title | topic: ...".
func titles(groups []TopicGroup) string {
	var parts []string
	for _, g := range groups {
		var ts []string
		for _, s := range g.Stories {
			ts = append(ts, s.Title)
		}
		parts = append(parts, g.Label+": "+strings.Join(ts, " "))
	}
	return strings.Join(parts, " | ")
}

func TestGroupByTopic(t *testing.T) {
	st := func(title, topic string) Story {
		return Story{Title: title, URL: "https://x.vn/" + title, TopicSlug: topic, TopicLabel: strings.ToUpper(topic)}
	}
	for _, c := range []struct {
		name    string
		stories []Story
		want    string
	}{
		{"empty", nil, ""},
		{"order kept within a group", []Story{st("b", "t"), st("a", "t")}, "T: b a"},
		{"groups ordered by their first story", []Story{st("c", "x"), st("b", "y"), st("a", "x"), st("d", "y")}, "X: c a | Y: b d"},
		{"nothing is dropped or merged", []Story{st("a", "t"), st("a", "t")}, "T: a a"},
		{"no topic goes to Tin khác", []Story{{Title: "n", URL: "u"}}, "Tin khác: n"},
		{"label falls back to the slug", []Story{{Title: "n", URL: "u", TopicSlug: "kinh-te"}}, "kinh-te: n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := slices.Clone(c.stories)
			got := GroupByTopic(c.stories)
			if titles(got) != c.want {
				t.Errorf("GroupByTopic = %q, want %q", titles(got), c.want)
			}
			if !slices.EqualFunc(in, c.stories, func(a, b Story) bool { return a == b }) {
				t.Error("GroupByTopic modified its input")
			}
		})
	}
}
