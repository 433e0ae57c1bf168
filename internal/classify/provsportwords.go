package classify

// The words that tell, in a sports story, a club or an athlete's team
// named after a province from the province itself (see sportsTeams,
// teamContext).

// institutions open the name of a school or university: "Trường ĐH Công
// nghệ Đồng Nai", "ĐH Quy Nhơn". In a sports story such a place is a team's
// name (university football), not where the story happens; elsewhere the
// school's news is the place's news.
var institutions = []string{"trường", "ĐH", "đại học", "CĐ", "cao đẳng", "học viện", "THPT", "THCS"}

// matchWords before a province's name in a sports story make it a club
// named after the province: "hạ Ninh Bình", "thắng Hải Phòng".
// So do a player's or coach's role ("hậu vệ Đồng Nai", "HLV Hà Nội"), the
// police clubs' prefix ("CA TP HCM"), and an athlete of a province's team
// or delegation ("tay đua Hà Nội", "kỳ thủ TP.HCM", "đoàn Bắc Ninh").
var matchWords = []string{"hạ", "thắng", "đánh bại", "gặp", "trước", "tiếp", "đấu với", "đối đầu",
	"thua", "hòa", "vượt qua", "đội khách", "đội chủ nhà", "lối chơi của", "nối gót",
	"hậu vệ", "tiền vệ", "tiền đạo", "trung vệ", "thủ môn", "thủ quân", "cầu thủ", "ngoại binh",
	"HLV", "đội trưởng", "CA", "Công an", "cầm hòa", "bỏ xa", "giữa", "đội", "các đội", "chia điểm với",
	"đoàn", "cua-rơ", "tay đua", "đội đua", "chân chạy", "kỳ thủ", "VĐV", "vận động viên", "tay vợt", "võ sĩ", "xạ thủ", "kình ngư", "runner",
	// A team's standing or a fixture's verb: "đội nhì bảng Bắc Ninh",
	// "HAGL quyết chiến Đà Nẵng".
	"đầu bảng", "nhì bảng", "cuối bảng", "chót bảng", "quyết chiến", "tiếp đón", "làm khách",
	// A fixture or a standing without a result: "Công An Hà Nội đấu Nam
	// Định", "đẩy Hà Nội xuống 1 bậc", "giúp Ninh Bình thắng", "đứng sau Hà
	// Tĩnh".
	"đấu", "đẩy", "giúp", "đứng sau", "xếp sau", "vượt mặt",
	// The title holder: "chiến thắng trước đương kim vô địch Nam Định".
	"đương kim vô địch",
	// A rival named by its province: "khen đối thủ Thanh Hóa sau trận
	// thua", "2 đối thủ Thanh Hóa, Nam Định" (i14prov22).
	"đối thủ",
	// A team standing for its province or school: "người ghi bàn cho đại
	// diện Đà Nẵng", "đại diện TP.HCM kịp gỡ hòa" (a place after "tại"
	// still says where the match is).
	"đại diện"}

// athleteRoles name an athlete before their name: a place alone in
// parentheses after the name is their team's ("cua-rơ Nguyễn Văn Bình (TP
// HCM)"), not where the story is (see personHome).
var athleteRoles = []string{"cua rơ", // "cua-rơ": a dash joins words as a space does
	"tay đua", "VĐV", "vận động viên", "kỳ thủ", "tay vợt", "võ sĩ", "xạ thủ", "kình ngư",
	"runner", "cầu thủ", "thủ môn", "tiền đạo", "tiền vệ", "hậu vệ", "trung vệ", "đô vật", "lực sĩ", "golfer", "cung thủ"}

// deputyRoles name a deputy before their name: a place alone in
// parentheses after the name is the province that elected them
// ("đại biểu Phan Thị A (TP.HCM) nói …"), not where the story is, as
// "(đoàn TP.HCM)" is (see personHome and delegation).
var deputyRoles = []string{"đại biểu", "đại biểu Quốc hội", "ĐBQH"}

// clubSponsors open a club's name before its province's in a sports story
// ("Becamex TP.HCM", "Thép Xanh Nam Định", "VTV Bình Điền Long An",
// "Thanh Niên TP.HCM": the V-League, the first division, volleyball,
// futsal), except after "sân":
// "trên sân Becamex TP.HCM" is the club's ground, in its province.
var clubSponsors = []string{"Becamex", "Thép Xanh", "Sông Lam", "Hồng Lĩnh", "SHB", "Đông Á", "Trường Tươi",
	"Bình Điền", "Phù Đổng", "Phong Phú", "Sanest", "Đức Long", "Thái Sơn Nam", "LPBank", "Quy Nhơn", "Thanh Niên",
	"Xuân Thiện", "Hóa Chất Đức Giang", "HCĐG", "Geleximco", "Khatoco", "Kenda",
	"futsal"} // "trước futsal Phú Thọ": a sport before a place names its club too

// clubSuffixes, right after a place, make it a club's name in a sports
// story, even after "ở"/"tại" ("ghi dấu ấn ở Hà Nội FC"): football's and
// the basketball league's (VBA) clubs.
var clubSuffixes = []string{"FC", "United", "Buffaloes", "Dolphins", "Dragons", "Heat", "Catfish", "Wings", "Warriors"}

// resultVerbs are the matchWords that may stand a word or two before the
// club they name: "thắng nghẹt thở Ninh Bình", "hạ gục Hải Phòng".
var resultVerbs = []string{"hạ", "thắng", "đánh bại", "thua", "hòa", "vượt qua"}

// stageAfter, after a province's name in a sports story, make it a team
// reaching a stage: "Hà Nội vào tứ kết".
var stageAfter = []string{"vào tứ kết", "vào bán kết", "vào chung kết", "vô địch", "lên ngôi"}

// resultAfter, after a province's name in a sports story, make it a team
// with a result: "Nam Định thua CLB Malaysia", "Đà Nẵng chia điểm trên sân
// Thanh Hóa"; not when the story says the team played at home ("thắng
// 8-2 trên sân nhà": the match was in its province).
var resultAfter = []string{"thắng", "thua", "hòa", "hạ", "đánh bại", "vượt qua", "chia điểm", "ngược dòng", "gục ngã", "cầm hòa",
	"gặp", "đấu", "đối đầu",
	// A club's season and its dealings: "Bị Hà Tĩnh gỡ hòa", "Nam Định thay
	// HLV", "Nam Định chiêu mộ hậu vệ", "Đà Nẵng sống lại hy vọng trụ hạng".
	"gỡ hòa", "thay HLV", "chia tay HLV", "tuyển mộ", "chiêu mộ", "đàm phán", "ký hợp đồng", "trụ hạng",
	"rớt hạng", "xuống hạng", "thăng hạng", "ngắt mạch", "sống lại hy vọng", "áp sát", "đại nguy", "mất điểm",
	"thất thủ", "sảy chân", "bị loại", "toàn thắng", "bất bại",
	// A standing's move or a title race: "Bảng xếp hạng V-League: … Đà
	// Nẵng thoát đáy", "Nam Định kém Công an Hà Nội 20 điểm", "Ninh Bình
	// hụt hơi trong cuộc đua vô địch", "Nam Định hết sạch cơ hội", "Đà
	// Nẵng sẽ rớt hạng nếu thua".
	"thoát đáy", "kém", "hụt hơi", "hết sạch cơ hội", "hết cơ hội", "hết hẳn cơ hội", "sẽ hết hẳn cơ hội", "sẽ hết cơ hội",
	"sẽ rớt hạng", "sẽ xuống hạng",
	// A team's place in a race or a tally: "An Giang về nhất chặng một",
	// "TP HCM đoạt hat-trick giải thưởng".
	"về nhất", "về nhì", "về ba", "đoạt"}

// homeGround says a team played at home.
var homeGround = []string{"sân nhà"}
