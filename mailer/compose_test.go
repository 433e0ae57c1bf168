package mailer

import (
	"fmt"
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

func TestCompose(t *testing.T) {
	st := func(title, topic, cluster string, size, day int) Story {
		return Story{Title: title, URL: "https://x.vn/" + title, TopicSlug: topic, TopicLabel: strings.ToUpper(topic),
			ClusterID: cluster, ClusterSize: size, Published: at(day, 8)}
	}
	for _, c := range []struct {
		name    string
		stories []Story
		max     int
		want    string
	}{
		{"empty", nil, 0, ""},
		{"cluster size beats recency", []Story{st("a", "t", "", 1, 29), st("b", "t", "", 4, 23)}, 0, "T: b a"},
		{"recency breaks size ties", []Story{st("a", "t", "", 2, 24), st("b", "t", "", 2, 27)}, 0, "T: b a"},
		{"URL breaks full ties", []Story{st("b", "t", "", 2, 24), st("a", "t", "", 2, 24)}, 0, "T: a b"},
		{"one story per cluster", []Story{st("a", "t", "c1", 3, 24), st("b", "t", "c1", 3, 25), st("c", "t", "c2", 1, 26)}, 0, "T: b c"},
		{"same URL without cluster is one story", []Story{st("a", "t", "", 1, 24), st("a", "u", "", 1, 24)}, 0, "T: a"},
		{"groups ordered by best story", []Story{st("a", "x", "", 1, 29), st("b", "y", "", 5, 23), st("c", "x", "", 6, 23), st("d", "y", "", 1, 28)}, 0, "X: c a | Y: b d"},
		{"cap after dedupe", []Story{st("a", "x", "c", 9, 24), st("b", "x", "c", 9, 23), st("c", "y", "", 2, 24), st("d", "z", "", 1, 24)}, 2, "X: a | Y: c"},
		{"no topic goes to Tin khác", []Story{{Title: "n", URL: "u", ClusterSize: 1}}, 0, "Tin khác: n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := slices.Clone(c.stories)
			got := Compose(c.stories, c.max)
			if titles(got) != c.want {
				t.Errorf("Compose = %q, want %q", titles(got), c.want)
			}
			if !slices.EqualFunc(in, c.stories, func(a, b Story) bool { return a == b }) {
				t.Error("Compose modified its input")
			}
		})
	}
}

func TestComposeDefaultCapAndDeterminism(t *testing.T) {
	var stories []Story
	for i := range 50 {
		stories = append(stories, Story{Title: fmt.Sprint(i), URL: fmt.Sprint("https://x.vn/", i),
			TopicSlug: fmt.Sprint("t", i%5), ClusterSize: i % 4, Published: at(23+i%7, 0)})
	}
	first := Compose(stories, 0)
	if n := storyCount(first); n != DefaultMaxStories {
		t.Fatalf("default cap kept %d stories", n)
	}
	slices.Reverse(stories)
	if titles(Compose(stories, 0)) != titles(first) {
		t.Error("Compose depends on input order")
	}
}
