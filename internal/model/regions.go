package model

// Region is one of the eight socio-economic regions pages group the 34
// provinces by.
type Region struct {
	Slug      string
	Name      string
	Provinces []string // current province slugs, north to south
}

// Regions returns the eight regions, north to south, each listing its
// current provinces; every current province is in exactly one. The slice
// must not be modified.
//
// The grouping is the usual eight-region one (Đông Bắc, Tây Bắc, Đồng bằng
// sông Hồng, Bắc Trung Bộ, Nam Trung Bộ, Tây Nguyên, Đông Nam Bộ, Đồng
// bằng sông Cửu Long) applied to the units of Resolution 202/2025/QH15: a
// merged unit sits in the region of the province whose name it kept
// (Gia Lai in Tây Nguyên although it took in Bình Định).
func (c *Catalog) Regions() []Region { return c.regions }

func regionList() []Region {
	return []Region{
		{"dong-bac", "Đông Bắc", []string{"cao-bang", "lang-son", "tuyen-quang", "thai-nguyen", "phu-tho", "quang-ninh"}},
		{"tay-bac", "Tây Bắc", []string{"lai-chau", "dien-bien", "son-la", "lao-cai"}},
		{"dong-bang-song-hong", "Đồng bằng sông Hồng", []string{"ha-noi", "bac-ninh", "hai-phong", "hung-yen", "ninh-binh"}},
		{"bac-trung-bo", "Bắc Trung Bộ", []string{"thanh-hoa", "nghe-an", "ha-tinh", "quang-tri", "hue"}},
		{"nam-trung-bo", "Nam Trung Bộ", []string{"da-nang", "quang-ngai", "khanh-hoa"}},
		{"tay-nguyen", "Tây Nguyên", []string{"gia-lai", "dak-lak", "lam-dong"}},
		{"dong-nam-bo", "Đông Nam Bộ", []string{"ho-chi-minh", "dong-nai", "tay-ninh"}},
		{"dong-bang-song-cuu-long", "Đồng bằng sông Cửu Long", []string{"can-tho", "vinh-long", "dong-thap", "an-giang", "ca-mau"}},
	}
}
