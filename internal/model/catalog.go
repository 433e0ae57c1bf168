package model

// Topic is one of the 16 topics of reference §4.
type Topic struct {
	Slug string
	Name string
}

// Province is a provincial-level unit. Current units have an empty
// Successor; dissolved ones (and Thừa Thiên Huế) name the current unit that
// absorbed them.
type Province struct {
	Slug      string
	Name      string
	City      bool   // thành phố trực thuộc trung ương
	Successor string // slug of the current unit, for legacy provinces
}

// Legacy reports whether p is a dissolved province kept as an alias.
func (p Province) Legacy() bool { return p.Successor != "" }

// Label is the province's name as bantin shows it: "Bắc Kạn (cũ)" for a
// former province, as Vietnamese papers write it since July 2025.
func (p Province) Label() string {
	if p.Legacy() {
		return p.Name + " (cũ)"
	}
	return p.Name
}

// Catalog is the fixed vocabulary of topics and provinces. Build it with
// NewCatalog; it is read-only afterwards and safe for concurrent use.
type Catalog struct {
	topics    []Topic
	provinces []Province
	regions   []Region
	topicIdx  map[string]int
	provIdx   map[string]int
}

// NewCatalog returns the catalog of the 16 topics, the 34 current units and
// the 30 legacy names (29 dissolved provinces and Thừa Thiên Huế).
func NewCatalog() *Catalog {
	c := &Catalog{topics: topicList(), provinces: provinceList(), regions: regionList(),
		topicIdx: map[string]int{}, provIdx: map[string]int{}}
	for i, t := range c.topics {
		c.topicIdx[t.Slug] = i
	}
	for i, p := range c.provinces {
		c.provIdx[p.Slug] = i
	}
	return c
}

// Topics returns the topics in display order. The slice must not be modified.
func (c *Catalog) Topics() []Topic { return c.topics }

// Provinces returns current units then legacy ones. The slice must not be
// modified.
func (c *Catalog) Provinces() []Province { return c.provinces }

// Topic returns the topic with slug, and false when there is none.
func (c *Catalog) Topic(slug string) (Topic, bool) {
	i, ok := c.topicIdx[slug]
	if !ok {
		return Topic{}, false
	}
	return c.topics[i], true
}

// Province returns the current or legacy province with slug, and false when
// there is none.
func (c *Catalog) Province(slug string) (Province, bool) {
	i, ok := c.provIdx[slug]
	if !ok {
		return Province{}, false
	}
	return c.provinces[i], true
}

// LegacyOf returns the legacy slugs whose successor is the current unit slug.
func (c *Catalog) LegacyOf(slug string) []string {
	var out []string
	for _, p := range c.provinces {
		if p.Successor == slug {
			out = append(out, p.Slug)
		}
	}
	return out
}

func topicList() []Topic {
	return []Topic{
		{"xay-dung-dang", "Xây dựng Đảng"},
		{"chinh-tri", "Chính trị"},
		{"xa-hoi", "Thời sự – Xã hội"},
		{"kinh-te", "Kinh tế"},
		{"phap-luat", "Pháp luật"},
		{"quoc-phong-an-ninh", "Quốc phòng – An ninh"},
		{"the-gioi", "Thế giới"},
		{"giao-duc", "Giáo dục"},
		{"y-te", "Y tế – Sức khỏe"},
		{"van-hoa-giai-tri", "Văn hóa – Giải trí"},
		{"the-thao", "Thể thao"},
		{"khoa-hoc-cong-nghe", "Khoa học – Công nghệ"},
		{"nong-nghiep", "Nông nghiệp – Nông thôn"},
		{"moi-truong", "Môi trường – Thời tiết"},
		{"giao-thong", "Giao thông – Hạ tầng"},
		{"doi-song", "Đời sống – Du lịch"},
	}
}

func provinceList() []Province {
	return []Province{
		{"ha-noi", "Hà Nội", true, ""},
		{"hue", "Huế", true, ""},
		{"lai-chau", "Lai Châu", false, ""},
		{"dien-bien", "Điện Biên", false, ""},
		{"son-la", "Sơn La", false, ""},
		{"lang-son", "Lạng Sơn", false, ""},
		{"quang-ninh", "Quảng Ninh", false, ""},
		{"thanh-hoa", "Thanh Hóa", false, ""},
		{"nghe-an", "Nghệ An", false, ""},
		{"ha-tinh", "Hà Tĩnh", false, ""},
		{"cao-bang", "Cao Bằng", false, ""},
		{"tuyen-quang", "Tuyên Quang", false, ""},
		{"lao-cai", "Lào Cai", false, ""},
		{"thai-nguyen", "Thái Nguyên", false, ""},
		{"phu-tho", "Phú Thọ", false, ""},
		{"bac-ninh", "Bắc Ninh", false, ""},
		{"hung-yen", "Hưng Yên", false, ""},
		{"hai-phong", "Hải Phòng", true, ""},
		{"ninh-binh", "Ninh Bình", false, ""},
		{"quang-tri", "Quảng Trị", false, ""},
		{"da-nang", "Đà Nẵng", true, ""},
		{"quang-ngai", "Quảng Ngãi", false, ""},
		{"gia-lai", "Gia Lai", false, ""},
		{"khanh-hoa", "Khánh Hòa", false, ""},
		{"lam-dong", "Lâm Đồng", false, ""},
		{"dak-lak", "Đắk Lắk", false, ""},
		{"ho-chi-minh", "TP. Hồ Chí Minh", true, ""},
		{"dong-nai", "Đồng Nai", false, ""},
		{"tay-ninh", "Tây Ninh", false, ""},
		{"can-tho", "Cần Thơ", true, ""},
		{"vinh-long", "Vĩnh Long", false, ""},
		{"dong-thap", "Đồng Tháp", false, ""},
		{"ca-mau", "Cà Mau", false, ""},
		{"an-giang", "An Giang", false, ""},
		// Dissolved on 1 July 2025 (Resolution 202/2025/QH15), and Thừa Thiên Huế.
		{"ha-giang", "Hà Giang", false, "tuyen-quang"},
		{"yen-bai", "Yên Bái", false, "lao-cai"},
		{"bac-kan", "Bắc Kạn", false, "thai-nguyen"},
		{"vinh-phuc", "Vĩnh Phúc", false, "phu-tho"},
		{"hoa-binh", "Hòa Bình", false, "phu-tho"},
		{"bac-giang", "Bắc Giang", false, "bac-ninh"},
		{"thai-binh", "Thái Bình", false, "hung-yen"},
		{"hai-duong", "Hải Dương", false, "hai-phong"},
		{"ha-nam", "Hà Nam", false, "ninh-binh"},
		{"nam-dinh", "Nam Định", false, "ninh-binh"},
		{"quang-binh", "Quảng Bình", false, "quang-tri"},
		{"quang-nam", "Quảng Nam", false, "da-nang"},
		{"kon-tum", "Kon Tum", false, "quang-ngai"},
		{"binh-dinh", "Bình Định", false, "gia-lai"},
		{"ninh-thuan", "Ninh Thuận", false, "khanh-hoa"},
		{"dak-nong", "Đắk Nông", false, "lam-dong"},
		{"binh-thuan", "Bình Thuận", false, "lam-dong"},
		{"phu-yen", "Phú Yên", false, "dak-lak"},
		{"binh-duong", "Bình Dương", false, "ho-chi-minh"},
		{"ba-ria-vung-tau", "Bà Rịa – Vũng Tàu", false, "ho-chi-minh"},
		{"binh-phuoc", "Bình Phước", false, "dong-nai"},
		{"long-an", "Long An", false, "tay-ninh"},
		{"soc-trang", "Sóc Trăng", false, "can-tho"},
		{"hau-giang", "Hậu Giang", false, "can-tho"},
		{"ben-tre", "Bến Tre", false, "vinh-long"},
		{"tra-vinh", "Trà Vinh", false, "vinh-long"},
		{"tien-giang", "Tiền Giang", false, "dong-thap"},
		{"bac-lieu", "Bạc Liêu", false, "ca-mau"},
		{"kien-giang", "Kiên Giang", false, "an-giang"},
		{"thua-thien-hue", "Thừa Thiên Huế", false, "hue"},
	}
}
