package classify

// countries are foreign places that tell world stories apart for
// clustering ("động đất ở Chile" is not "động đất ở Nhật Bản"). Each takes
// one bit of Signature.places after the current provinces; names are
// proper nouns and match only when capitalised. Names that are also common
// words or given names (Anh, Lào in Lào Cai, Đức) need their qualifier.
var countries = []string{
	"Mỹ|Hoa Kỳ", "Trung Quốc", "Nga", "Nhật Bản", "Hàn Quốc", "Triều Tiên", "Ấn Độ",
	"Pháp", "Vương quốc Anh|nước Anh", "Ukraine", "Israel|Gaza", "Iran", "Thái Lan", "nước Lào", "Campuchia",
	"Indonesia", "Malaysia", "Philippines", "Singapore", "Myanmar", "Australia|Úc",
	"Brazil", "Chile", "Thổ Nhĩ Kỳ", "Ai Cập", "Canada", "Nepal",
}

// roundups are how outlets begin the titles of their news digests ("Điểm
// tin 17h: A | B", "Xem nhanh 20h ngày 19.1: …"): such an item reports
// several events, so it joins no story and none joins it, names no
// province of its own, and is current affairs (roundupTopic). Lower case.
var roundups = []string{
	"điểm tin", "toàn cảnh", "tin tức thế giới", "xem nhanh", "bản tin", "tin nóng", "tin tức sáng",
	"tin tức tối", "tin sáng", "tin tối", "thời sự 24h", "tin tức 24h", "tin tức hôm nay", "on trending",
}

// roundupTopic is the topic of a news digest: Thời sự – Xã hội.
const roundupTopic = "xa-hoi"
