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
