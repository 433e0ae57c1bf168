package classify

// The words that say what a "từ X đến Y" or a route's name is about: a
// journey, a cargo's way, a road's extent, an incident somewhere on a road
// (the province matcher reads them, provinces.go), and the words that open
// a work's title written without quotes.

// journeyVerbs, a few words before "từ X đến Y", make X where a journey
// began ("vượt chặng đường dài từ Vĩnh Long đến Nha Trang"), not where the
// story happens; without one, "từ X đến Y" may be a range that includes X
// ("mưa lớn từ Thanh Hóa đến Huế"). "từ X về/ra/vào/sang Y" is always one.
var journeyVerbs = []string{"bay", "đi", "chạy", "lái", "vượt", "chặng", "hành trình", "di chuyển",
	"xuất phát", "khởi hành", "chuyến", "quãng đường", "đạp xe"}

// cargoVerbs before "từ X về Y" make X where what is carried comes from,
// which is part of the story: "đưa trái tim từ Cần Thơ về TP HCM".
var cargoVerbs = []string{"đưa", "chở", "vận chuyển", "chuyển", "gửi", "nhập", "điều"}

// workWords open the title of a work written without quotes: "phim như
// Biệt động Sài Gòn" (see workBefore).
var workWords = []string{"phim", "bộ phim", "ca khúc", "bài hát", "vở kịch", "vở", "vở diễn", "tác phẩm", "tiểu thuyết", "cuốn sách",
	"vở cải lương", "vở chèo", "vở tuồng"}

// roadWords before "từ X đến Y" make it a road's extent, not a journey.
// After wayWords ("trên đường từ …", "chặng đường dài từ …") the road is
// the way a journey took.
var roadWords = []string{"đường", "tuyến", "cao tốc", "quốc lộ", "đoạn", "cầu"}

var wayWords = []string{"trên", "chặng", "quãng", "dọc"}

// accidentWords say a story reports an incident on a road: a crash, a
// fire, a death, a driver caught speeding or driving the wrong way, a fine.
// On a route ("cao tốc Nội Bài - Lào Cai") it happened somewhere along the
// road, so the provinces the route's name joins are not where.
var accidentWords = []string{"tai nạn", "va chạm", "đâm vào", "đâm trúng", "lao vào", "tông vào", "lật xe", "bốc cháy",
	"tông", "tông xe", "cháy", "tử vong", "thiệt mạng", "ngược chiều", "quá tốc độ", "phạt", "xử phạt", "phạt nguội", "vi phạm",
	// Mishaps and misdeeds on the road: a lost wheel, a burst or punctured
	// tyre, a spilled load, stones thrown at cars, reckless driving (the
	// fresh2 labels give "ô tô thủng lốp vì mảnh kim loại … trên cao tốc Đà
	// Nẵng - Quảng Ngãi" no province). Not cables stolen at many points:
	// there the road's equipment is the story.
	"văng bánh", "bung bánh", "nổ lốp", "thủng lốp", "rơi vãi", "ném đá", "vượt ẩu", "chạy ẩu", "lạng lách", "chim mồi"}
