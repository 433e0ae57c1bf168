package classify

import (
	"reflect"
	"testing"

	"bantin/internal/model"
)

// FuzzProvinces is the province matcher over any text: it never panics,
// gives the same answer twice, and every tag names a current province (and,
// when set, a former province that merged into it) with a weight in (0, 1]
// and a reason, highest weight first, each province once.
func FuzzProvinces(f *testing.F) {
	for _, s := range []string{"Thái Nguyên", "Bắc Kạn (cũ) sáp nhập Thái Nguyên", "Thái Bình Dương", "Điện Biên Phủ",
		"điểm cầu Hà Nội", "Báo Nghệ An", "TP.HCM và TP. Hồ Chí Minh", "Thừa Thiên Huế", "ĐăkLăk", "Hà Nội Hà Nội Hà Nội",
		"Quảng Nam - Đà Nẵng", "Dak Lak", "tỉnh Bình Phước cũ", "\u0301\u0300", "Ð Ð Ð"} {
		f.Add(s, "")
		f.Add("", s)
	}
	cat := model.NewCatalog()
	c, err := New(cat)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, title, body string) {
		in := Input{Title: title, Summary: body, Body: body}
		r := c.Classify(in)
		if again := c.Classify(in); !reflect.DeepEqual(r, again) {
			t.Fatalf("not deterministic: %+v then %+v", r, again)
		}
		seen := map[string]bool{}
		for i, p := range r.Provinces {
			pr, ok := cat.Province(p.Province)
			if !ok || pr.Legacy() || seen[p.Province] || p.Weight <= 0 || p.Weight > 1 || p.Reason == "" {
				t.Fatalf("bad tag %+v in %+v", p, r.Provinces)
			}
			seen[p.Province] = true
			if p.Legacy != "" {
				if lp, ok := cat.Province(p.Legacy); !ok || !lp.Legacy() || !contains(cat.LegacyOf(p.Province), p.Legacy) {
					t.Fatalf("legacy %q not a former province of %q", p.Legacy, p.Province)
				}
			}
			if i > 0 && p.Weight > r.Provinces[i-1].Weight {
				t.Fatalf("not by weight: %+v", r.Provinces)
			}
		}
	})
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
