package model

import (
	"strings"
	"testing"
)

// TestSlugSuggestions: a slug written from the name pages show, without
// dashes or with a short form of a city's name, is answered with the slug
// it means; a former province where only current ones are valid with the
// one it was merged into; anything else with no guess. A common word for
// a topic that is not derived from its name ("bong-da") gets none here
// either: the catalog's guesses feed 400s and the CLI's "did you mean"
// too, and keep to the topic's own name; the 404 page of a topic's
// address adds its own table of such words (internal/web topicSynonyms:
// "Có phải Thể thao?").
func TestSlugSuggestions(t *testing.T) {
	c := NewCatalog()
	for _, tt := range []struct {
		name string
		err  error
		want string
	}{
		{"city's name", c.CheckProvinces(true, "tp-ho-chi-minh"), "ho-chi-minh"},
		{"short form", c.CheckProvinces(true, "tphcm"), "ho-chi-minh"},
		{"old name", c.CheckProvinces(true, "sai-gon"), "ho-chi-minh"},
		{"thành phố", c.CheckProvinces(true, "thanh-pho-da-nang"), "da-nang"},
		{"tỉnh", c.CheckProvinces(true, "tinh-nghe-an"), "nghe-an"},
		{"no dashes", c.CheckProvinces(true, "hanoi"), "ha-noi"},
		{"former, accepted", c.CheckProvinces(true, "backan"), "bac-kan"},
		{"former, not accepted", c.CheckProvinces(false, "bac-kan"), "thai-nguyen"},
		{"with diacritics", c.CheckProvinces(true, "hà-nội"), "ha-noi"},
		{"the name as written", c.CheckProvinces(true, "TP. Hồ Chí Minh"), "ho-chi-minh"},
		{"đ, with spaces", c.CheckProvinces(true, "Đà Nẵng"), "da-nang"},
		{"old name with diacritics", c.CheckProvinces(true, "sài-gòn"), "ho-chi-minh"},
		{"nothing like it", c.CheckProvinces(true, "atlantis"), ""},
		// A double name's best-known half or initials (uxqa23: no guess).
		{"a city of a former province", c.CheckProvinces(true, "vung-tau"), "ba-ria-vung-tau"},
		{"its initials, current only", c.CheckProvinces(false, "BRVT"), "ho-chi-minh"},
		{"initials of Thừa Thiên Huế", c.CheckProvinces(true, "tt-hue"), "thua-thien-hue"},
		{"short form, current only", c.CheckProvinces(false, "sai-gon"), "ho-chi-minh"},
		{"topic without dashes", c.CheckTopics("thethao"), "the-thao"},
		{"topic with diacritics", c.CheckTopics("thể-thao"), "the-thao"},
		{"one side of the topic's name", c.CheckTopics("thoi-su"), "xa-hoi"},
		{"the other side", c.CheckTopics("suc-khoe"), "y-te"},
		{"the topic's name as written", c.CheckTopics("Thời sự – Xã hội"), "xa-hoi"},
		{"the name, slugged", c.CheckTopics("khoa-hoc-cong-nghe-x"), ""},
		{"a common word for a topic: the 404 page's guess only", c.CheckTopics("bong-da"), ""},
	} {
		se, ok := tt.err.(*SlugError)
		if !ok {
			t.Errorf("%s: %v, want a *SlugError", tt.name, tt.err)
			continue
		}
		if se.Suggest != tt.want {
			t.Errorf("%s: %q suggests %q, want %q", tt.name, se.Slug, se.Suggest, tt.want)
		}
	}
	const want = `unknown province "tp-hcm" (did you mean "ho-chi-minh"?); valid provinces: ha-noi,`
	if got := c.CheckProvinces(true, "tp-hcm").Error(); !strings.HasPrefix(got, want) {
		t.Errorf("message %q, want it to start %q", got, want)
	}
}
