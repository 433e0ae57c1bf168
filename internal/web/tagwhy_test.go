package web

import (
	"testing"

	"bantin/internal/model"
)

// TestTagWhy: a tag's Why is its reason in Vietnamese; a hand-made reason
// gives none; the tag of a former province says why that province.
func TestTagWhy(t *testing.T) {
	s := &Server{cat: model.NewCatalog()}
	s.names = s.whyNames()
	a := model.Article{
		Topics:    []model.TopicTag{{Topic: "moi-truong", Reason: `cue "mưa lớn" in title`}, {Topic: "xa-hoi", Reason: "seed"}},
		Provinces: []model.ProvinceTag{{Province: "da-nang", Legacy: "quang-nam", Reason: `title: "Đà Nẵng"`}},
	}
	want := map[string]string{
		"moi-truong": "từ khóa “mưa lớn” trong tiêu đề",
		"xa-hoi":     "",
		"da-nang":    "tên “Đà Nẵng” trong tiêu đề",
		"quang-nam":  "bài nêu nơi thuộc tỉnh cũ Quảng Nam",
	}
	got := s.tagItems(&a)
	if len(got) != len(want) {
		t.Fatalf("%d tags %+v, want %d", len(got), got, len(want))
	}
	for _, it := range got {
		if it.Why != want[it.Slug] {
			t.Errorf("%s: Why %q, want %q", it.Slug, it.Why, want[it.Slug])
		}
	}
}
