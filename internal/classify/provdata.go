package classify

// This file holds the province names and aliases of reference §1 as data
// (the well-known places are in provlandmarks.go, the communes, wards and
// former districts in gazetteer.tsv). Slugs are current or legacy slugs of model.Catalog; a legacy slug
// tags its successor and is kept as the legacy province. New checks every
// slug against the catalog.

// placeKind says what a place entry names.
type placeKind uint8

const (
	kindName     placeKind = iota // the unit's own name or a spelling of it
	kindAlias                     // a nickname or abbreviation (Thủ đô, xứ Thanh, TP.HCM)
	kindPlace                     // a city, district or landmark inside the unit
	kindNegative                  // not a place: consumes the words, tags nothing
)

// placeFlag refines how an entry may match.
type placeFlag uint8

const (
	// flagAmbiguous: also a common word or a given name (hòa bình = peace,
	// Huế, Vinh). In mixed-case text every syllable must be capitalised; in
	// ALL-CAPS text it needs strengthening context or a clear mention elsewhere.
	flagAmbiguous placeFlag = 1 << iota
	// flagCapFirst: only the first syllable must be capitalised ("Thủ đô").
	flagCapFirst
	// flagNoFold: never matched on folded text (one syllable, Điện Biên).
	flagNoFold
	// flagNeedContext: only with strengthening context ("tại Hồ Chí Minh").
	flagNeedContext
	// flagNoProperAfter: refused when a capitalised word follows ("thủ đô Paris").
	flagNoProperAfter
)

// placeEntry is one row of the province tables.
type placeEntry struct {
	Text  string
	Slug  string // "" for kindNegative and gazetteer entries; several (space-separated) for a landmark several units share
	Kind  placeKind
	Flags placeFlag
}

// provinceNames lists every unit's canonical name and the spellings of
// reference §1. Canonical names of the catalog are added by New as well.
var provinceNames = []placeEntry{
	{"Hanoi", "ha-noi", kindName, 0},
	{"Ha Noi", "ha-noi", kindName, 0},
	{"Thủ đô", "ha-noi", kindAlias, flagCapFirst | flagNoProperAfter | flagNoFold},
	{"Thừa Thiên - Huế", "thua-thien-hue", kindName, 0},
	{"TT-Huế", "thua-thien-hue", kindName, 0},
	{"TT Huế", "thua-thien-hue", kindName, 0},
	{"Huế", "hue", kindName, flagAmbiguous | flagNoFold},
	{"Hue", "hue", kindName, flagAmbiguous | flagNoFold},
	{"Cố đô Huế", "hue", kindAlias, 0},
	{"xứ Huế", "hue", kindAlias, 0},
	{"Điện Biên", "dien-bien", kindName, flagNoFold},
	{"xứ Lạng", "lang-son", kindAlias, 0},
	{"Thanh Hoá", "thanh-hoa", kindName, 0},
	{"xứ Thanh", "thanh-hoa", kindAlias, 0},
	{"Bắc Cạn", "bac-kan", kindName, 0},
	{"Hoà Bình", "hoa-binh", kindName, flagAmbiguous},
	{"Hòa Bình", "hoa-binh", kindName, flagAmbiguous},
	{"Kinh Bắc", "bac-ninh", kindAlias, flagAmbiguous},
	{"Thái Bình", "thai-binh", kindName, flagAmbiguous},
	{"Hà Nam", "ha-nam", kindName, flagAmbiguous},
	{"Bình Định", "binh-dinh", kindName, flagAmbiguous},
	{"Bình Dương", "binh-duong", kindName, 0},
	{"Danang", "da-nang", kindName, 0},
	{"Kontum", "kon-tum", kindName, 0},
	{"Khánh Hoà", "khanh-hoa", kindName, 0},
	{"Đăk Nông", "dak-nong", kindName, 0},
	{"Đắc Nông", "dak-nong", kindName, 0},
	{"Đắk Nông", "dak-nong", kindName, 0},
	{"Dak Nong", "dak-nong", kindName, 0},
	{"Đăk Lăk", "dak-lak", kindName, 0},
	{"Đắc Lắc", "dak-lak", kindName, 0},
	{"Đác Lắc", "dak-lak", kindName, 0},
	{"Đắc Lắk", "dak-lak", kindName, 0},
	{"Đắk Lăk", "dak-lak", kindName, 0},
	{"Dak Lak", "dak-lak", kindName, 0},
	{"Daklak", "dak-lak", kindName, flagNoFold},
	{"ĐắkLắk", "dak-lak", kindName, flagNoFold},
	{"Hồ Chí Minh", "ho-chi-minh", kindName, flagNeedContext},
	{"TP.HCM", "ho-chi-minh", kindAlias, 0},
	{"TP HCM", "ho-chi-minh", kindAlias, 0},
	{"TPHCM", "ho-chi-minh", kindAlias, flagNoFold},
	{"HCMC", "ho-chi-minh", kindAlias, flagNoFold},
	{"TP. Hồ Chí Minh", "ho-chi-minh", kindName, 0},
	{"TP Hồ Chí Minh", "ho-chi-minh", kindName, 0},
	{"Thành phố Hồ Chí Minh", "ho-chi-minh", kindName, 0},
	{"Sài Gòn", "ho-chi-minh", kindAlias, 0},
	{"Saigon", "ho-chi-minh", kindAlias, flagNoFold},
	{"thành phố mang tên Bác", "ho-chi-minh", kindAlias, 0},
	{"TP mang tên Bác", "ho-chi-minh", kindAlias, 0},
	{"thành phố mang tên Chủ tịch Hồ Chí Minh", "ho-chi-minh", kindAlias, 0},
	{"Bà Rịa - Vũng Tàu", "ba-ria-vung-tau", kindName, 0},
	{"BR-VT", "ba-ria-vung-tau", kindName, 0},
	{"BRVT", "ba-ria-vung-tau", kindName, flagNoFold},
	{"Tây Đô", "can-tho", kindAlias, flagAmbiguous},
	{"Thủ đô kháng chiến", "tuyen-quang", kindAlias, 0},
}
