package main

import (
	"strings"
	"testing"

	"bantin/internal/model"
)

// TestGazetteerErrata: a unit formed from the wards of one former province
// keeps it, even where the conversion table wrongly lists a ward of another
// province in it (sourceErrata); a unit truly formed from two keeps none.
func TestGazetteerErrata(t *testing.T) {
	const table = `province,district,districtType,wardCode,ward,newProvince,newWard,newWardType
Tỉnh Long An,Thành phố Tân An,Thành phố,27694.0,Phường 1,Tỉnh Tây Ninh,Phường Long An,Phường
Tỉnh Long An,Thành phố Tân An,Thành phố,27691.0,Phường 4,Tỉnh Tây Ninh,Phường Long An,Phường
Tỉnh Tây Ninh,Thành phố Tây Ninh,Thành phố,25462.0,Phường 4,Tỉnh Tây Ninh,Phường Long An,Phường
Tỉnh Long An,Huyện Đức Hòa,Huyện,27970.0,Xã Mỹ Hạnh Bắc,Tỉnh Tây Ninh,Xã Mỹ Hạnh,Xã
Tỉnh Tây Ninh,Huyện Trảng Bàng,Huyện,25630.0,Xã Phước Chỉ,Tỉnh Tây Ninh,Xã Mỹ Hạnh,Xã
`
	rows, err := gazetteer(strings.NewReader(table), model.NewCatalog())
	if err != nil {
		t.Fatal(err)
	}
	legacy := map[string]string{}
	for _, r := range rows {
		legacy[r.kind+" "+r.name] = r.legacy
	}
	for unit, want := range map[string]string{"phuong Long An": "long-an", "xa Mỹ Hạnh": "", "thanh-pho Tân An": "long-an"} {
		if got, ok := legacy[unit]; !ok || got != want {
			t.Errorf("%s: legacy %q (listed %v), want %q", unit, got, ok, want)
		}
	}
}

// TestGazetteerWholeParts: a unit the table lists with parts of two
// provinces takes the province of its whole (undivided) parts when they lay
// in one — the table matches a divided ward by name, so a namesake of
// another province turns up among a unit's divided parts — and none when
// its whole parts lay in two, or when the table has no isDividedWard column
// (TestGazetteerErrata's Mỹ Hạnh).
func TestGazetteerWholeParts(t *testing.T) {
	const table = `province,district,districtType,wardCode,ward,isDividedWard,newProvince,newWard,newWardType
Tỉnh Bến Tre,Huyện Mỏ Cày Bắc,Huyện,28990.0,Xã Tân Thành Bình,False,Tỉnh Vĩnh Long,Xã Tân Thành Bình,Xã
Tỉnh Bến Tre,Huyện Mỏ Cày Bắc,Huyện,28993.0,Xã Hòa Lộc,True,Tỉnh Vĩnh Long,Xã Tân Thành Bình,Xã
Tỉnh Vĩnh Long,Huyện Tam Bình,Huyện,29788.0,Xã Hòa Lộc,True,Tỉnh Vĩnh Long,Xã Tân Thành Bình,Xã
Tỉnh Vĩnh Long,Huyện Tam Bình,Huyện,29788.0,Xã Hòa Lộc,True,Tỉnh Vĩnh Long,Xã Hòa Hiệp,Xã
Tỉnh Vĩnh Long,Huyện Tam Bình,Huyện,29791.0,Xã Hòa Hiệp,False,Tỉnh Vĩnh Long,Xã Hòa Hiệp,Xã
Tỉnh Bến Tre,Huyện Mỏ Cày Bắc,Huyện,28993.0,Xã Hòa Lộc,True,Tỉnh Vĩnh Long,Xã Hòa Hiệp,Xã
Tỉnh Long An,Huyện Đức Hòa,Huyện,27970.0,Xã Mỹ Hạnh Bắc,False,Tỉnh Tây Ninh,Xã Mỹ Hạnh,Xã
Tỉnh Tây Ninh,Huyện Trảng Bàng,Huyện,25630.0,Xã Phước Chỉ,False,Tỉnh Tây Ninh,Xã Mỹ Hạnh,Xã
Tỉnh Sóc Trăng,Huyện Mỹ Tú,Huyện,31600.0,Xã Mỹ Hương,True,Thành phố Cần Thơ,Xã Mỹ Hương,Xã
Tỉnh Hậu Giang,Huyện Long Mỹ,Huyện,31500.0,Xã Thuận Hưng,True,Thành phố Cần Thơ,Xã Mỹ Hương,Xã
`
	rows, err := gazetteer(strings.NewReader(table), model.NewCatalog())
	if err != nil {
		t.Fatal(err)
	}
	legacy := map[string]string{}
	for _, r := range rows {
		legacy[r.kind+" "+r.name+" "+r.province] = r.legacy
	}
	for unit, want := range map[string]string{
		"xa Tân Thành Bình vinh-long": "ben-tre", // whole parts of Bến Tre only
		"xa Hòa Hiệp vinh-long":       "",        // whole parts of Vĩnh Long, not dissolved
		"xa Mỹ Hạnh tay-ninh":         "",        // whole parts of two provinces
		"xa Mỹ Hương can-tho":         "",        // no whole part: none
	} {
		if got, ok := legacy[unit]; !ok || got != want {
			t.Errorf("%s: legacy %q (listed %v), want %q", unit, got, ok, want)
		}
	}
}
