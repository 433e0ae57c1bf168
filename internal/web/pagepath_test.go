package web

import "testing"

// A feed's home page (RSS <link>, Atom rel="alternate", JSON Feed
// home_page_url) is the HTML page of the same selection: a search's feed
// links its search page, a feed of several topics or provinces the page
// that lists them (listPage merges the parameters), not the front page; no
// page lists one source's articles.
func TestFeedPagePath(t *testing.T) {
	for _, tt := range []struct {
		name string
		q    feedQuery
		want string
	}{
		{"everything", feedQuery{Limit: 20}, "/"},
		{"topic", feedQuery{Topics: []string{"the-thao"}}, "/topics/the-thao/"},
		{"province", feedQuery{Provinces: []string{"ha-noi"}}, "/provinces/ha-noi/"},
		{"topic and province", feedQuery{Topics: []string{"the-thao"}, Provinces: []string{"ha-noi"}},
			"/topics/the-thao/provinces/ha-noi/"},
		{"two topics", feedQuery{Topics: []string{"the-thao", "y-te"}}, "/topics/the-thao/?topic=y-te"},
		{"two provinces", feedQuery{Provinces: []string{"da-nang", "hue"}}, "/provinces/da-nang/?province=hue"},
		{"topics and provinces", feedQuery{Topics: []string{"the-thao", "y-te"}, Provinces: []string{"hue"}},
			"/topics/the-thao/?province=hue&topic=y-te"},
		{"a topic and provinces", feedQuery{Topics: []string{"the-thao"}, Provinces: []string{"da-nang", "hue"}},
			"/topics/the-thao/?province=da-nang,hue"},
		{"a source", feedQuery{Source: 3}, "/"},
		{"a source in two topics", feedQuery{Source: 3, Topics: []string{"the-thao", "y-te"}}, "/topics/the-thao/?topic=y-te"},
		{"story", feedQuery{Story: 7, Q: "bão"}, "/stories/7"},
		{"search", feedQuery{Q: "Sài Gòn", Limit: 200}, "/search?q=S%C3%A0i+G%C3%B2n"},
		{"search in a topic and provinces", feedQuery{Q: "bão", Topics: []string{"moi-truong"}, Provinces: []string{"hue", "da-nang"}},
			"/search?province=hue,da-nang&q=b%C3%A3o&topic=moi-truong"},
		{"search in a source", feedQuery{Q: "bão", Source: 3}, "/"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.q.Limit == 0 {
				tt.q.Limit = defaultLimit
			}
			if got := tt.q.pagePath(); got != tt.want {
				t.Errorf("pagePath() = %q, want %q", got, tt.want)
			}
		})
	}
}
