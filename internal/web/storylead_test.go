package web

import (
	"testing"

	"bantin/internal/model"
)

// A list shows a story by its most central report, among those with an
// image when any has one; a story of fewer than three by its newest (arts
// come newest first).
func TestStoryLead(t *testing.T) {
	a := func(title, img string) *model.Article { return &model.Article{Title: title, ImageURL: img} }
	preview := a("Đội tuyển trở lại tập luyện trước trận quyết định", "https://x.vn/1.jpg")
	win := a("Đội tuyển giành vé dự giải châu Á sau trận thắng Lào", "")
	winImg := a("Thắng Lào 2-0, đội tuyển giành vé dự giải châu Á", "https://x.vn/2.jpg")
	praise := a("Báo Lào khen đội tuyển Việt Nam", "https://x.vn/3.jpg")
	for _, tt := range []struct {
		name string
		arts []*model.Article
		want *model.Article
	}{
		{"none", nil, nil},
		{"the central report with an image", []*model.Article{preview, win, winImg, praise}, winImg},
		{"no image anywhere: the central report", []*model.Article{a(preview.Title, ""), win, a(winImg.Title, ""), a(praise.Title, "")}, win},
		{"two reports: the newest", []*model.Article{winImg, preview}, winImg},
	} {
		if got := storyLead(tt.arts); got != tt.want && (got == nil || tt.want == nil || got.Title != tt.want.Title) {
			t.Errorf("%s: storyLead = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}
