package classify

// This file holds the topic evidence of reference §4 as data: upstream
// section slugs and categories, and weighted cue phrases. New checks every
// topic slug against the catalog.

// sectionTopics maps section slugs (URL path segments, feed file names,
// slugified upstream categories) to a topic.
var sectionTopics = map[string]string{
	"xay-dung-dang": "xay-dung-dang", "hoc-lam-theo-bac": "xay-dung-dang", "xaydungdang": "xay-dung-dang",
	"chinh-tri": "chinh-tri", "thoi-su-chinh-tri": "chinh-tri", "xa-luan": "chinh-tri", "chinhtri": "chinh-tri",
	"thoi-su": "xa-hoi", "xa-hoi": "xa-hoi", "xahoi": "xa-hoi", "thoisu": "xa-hoi", "dan-sinh": "xa-hoi",
	"kinh-doanh": "kinh-te", "kinh-te": "kinh-te", "chung-khoan": "kinh-te", "nha-dat": "kinh-te",
	"startup": "kinh-te", "kinhte": "kinh-te", "tai-chinh": "kinh-te", "bat-dong-san": "kinh-te",
	"tai-chinh-ngan-hang": "kinh-te", "doanh-nghiep": "kinh-te",
	"phap-luat": "phap-luat", "phong-chong-tham-nhung": "phap-luat", "phapluat": "phap-luat",
	"an-ninh-trat-tu": "phap-luat", "ho-so-vu-an": "phap-luat",
	"quoc-phong": "quoc-phong-an-ninh", "quan-su": "quoc-phong-an-ninh", "quoc-phong-an-ninh": "quoc-phong-an-ninh",
	"the-gioi": "the-gioi", "quoc-te": "the-gioi", "thegioi": "the-gioi",
	"giao-duc": "giao-duc", "giaoduc": "giao-duc", "tuyen-sinh": "giao-duc",
	"suc-khoe": "y-te", "y-te": "y-te", "yte": "y-te",
	"van-hoa": "van-hoa-giai-tri", "giai-tri": "van-hoa-giai-tri", "vanhoa": "van-hoa-giai-tri",
	"van-hoa-giai-tri": "van-hoa-giai-tri", "van-nghe": "van-hoa-giai-tri",
	"the-thao": "the-thao", "thethao": "the-thao", "bong-da": "the-thao",
	"khoa-hoc": "khoa-hoc-cong-nghe", "so-hoa": "khoa-hoc-cong-nghe", "cong-nghe": "khoa-hoc-cong-nghe",
	"chuyen-doi-so": "khoa-hoc-cong-nghe", "khoa-hoc-cong-nghe": "khoa-hoc-cong-nghe",
	"nong-nghiep-nong-thon": "nong-nghiep", "nong-nghiep": "nong-nghiep", "tam-nong": "nong-nghiep",
	"bao-ve-moi-truong": "moi-truong", "moi-truong": "moi-truong", "thoi-tiet": "moi-truong",
	"an-toan-giao-thong": "giao-thong", "xe": "giao-thong", "oto-xe-may": "giao-thong", "giao-thong": "giao-thong",
	"doi-song": "doi-song", "du-lich": "doi-song", "gia-dinh": "doi-song", "gioi-tre": "doi-song",
	"am-thuc": "doi-song",
}

// deskSections are sections of single-subject desks: a story filed under
// "the-gioi" is world news even when it speaks of earthquakes, elections or
// floods, which cues would give to other topics.
var deskSections = []string{"the-gioi", "quoc-te", "thegioi"}

// cue is a phrase that points to a topic. W is its weight per occurrence
// before the field factor (title counts most).
type cue struct {
	Text, Topic string
	W           float64
}

// Field factors for cues and the per-cue occurrence cap per field.
var cueField = [numFields]float64{fieldTitle: 3, fieldSummary: 1.5, fieldBody: 0.5}

const cueCap = 3

var cues = []cue{
	// Xây dựng Đảng
	{"xây dựng Đảng", "xay-dung-dang", 3}, {"XDĐ", "xay-dung-dang", 2}, {"chỉnh đốn Đảng", "xay-dung-dang", 3},
	{"đảng viên", "xay-dung-dang", 2}, {"chi bộ", "xay-dung-dang", 2}, {"đảng bộ", "xay-dung-dang", 2},
	{"Tỉnh ủy", "xay-dung-dang", 1}, {"Thành ủy", "xay-dung-dang", 1}, {"Ban Tổ chức Trung ương", "xay-dung-dang", 3},
	{"Ủy ban Kiểm tra", "xay-dung-dang", 2.5}, {"công tác cán bộ", "xay-dung-dang", 2.5},
	{"đại hội Đảng bộ", "xay-dung-dang", 3}, {"Ban Tổ chức", "xay-dung-dang", 1.5}, {"ngành Tổ chức", "xay-dung-dang", 2.5},
	{"kết nạp", "xay-dung-dang", 2}, {"Nghị quyết Trung ương", "xay-dung-dang", 1.5}, {"kỷ luật Đảng", "xay-dung-dang", 2.5},
	{"cấp ủy", "xay-dung-dang", 2}, {"Ban Thường vụ", "xay-dung-dang", 1.5}, {"học tập và làm theo", "xay-dung-dang", 3},
	{"Bí thư Tỉnh ủy", "xay-dung-dang", 1}, {"tổ chức cơ sở đảng", "xay-dung-dang", 3}, {"Ban Chấp hành Đảng bộ", "xay-dung-dang", 2},
	{"nhiệm kỳ 2025 - 2030", "xay-dung-dang", 1}, {"Ban Tuyên giáo", "xay-dung-dang", 2}, {"công tác đảng", "xay-dung-dang", 2},
	{"quán triệt", "xay-dung-dang", 2.5}, {"Hội nghị Trung ương", "xay-dung-dang", 2.5}, {"tân Bí thư", "xay-dung-dang", 3},
	{"giữ chức Bí thư", "xay-dung-dang", 3},
	// Chính trị
	{"Quốc hội", "chinh-tri", 2}, {"Chính phủ", "chinh-tri", 1}, {"Thủ tướng", "chinh-tri", 1.5},
	{"Chủ tịch nước", "chinh-tri", 2}, {"Tổng Bí thư", "chinh-tri", 2}, {"Bộ Chính trị", "chinh-tri", 2},
	{"Ban Bí thư", "chinh-tri", 1.5}, {"HĐND", "chinh-tri", 1.5}, {"UBND", "chinh-tri", 0.5},
	{"cử tri", "chinh-tri", 2.5}, {"Mặt trận Tổ quốc", "chinh-tri", 2}, {"đại biểu Quốc hội", "chinh-tri", 2.5},
	{"kỳ họp", "chinh-tri", 2}, {"tiếp xúc cử tri", "chinh-tri", 2}, {"luật", "chinh-tri", 0.5},
	{"dự thảo", "chinh-tri", 1}, {"sắp xếp tổ chức bộ máy", "chinh-tri", 2}, {"chính quyền hai cấp", "chinh-tri", 2},
	{"chính quyền địa phương hai cấp", "chinh-tri", 2}, {"Phó Thủ tướng", "chinh-tri", 1}, {"Chủ tịch Quốc hội", "chinh-tri", 2},
	{"bầu cử", "chinh-tri", 2.5}, {"phiên chất vấn", "chinh-tri", 2.5}, {"nghị quyết", "chinh-tri", 0.7},
	// Thời sự – Xã hội
	{"an sinh xã hội", "xa-hoi", 3}, {"việc làm", "xa-hoi", 1.5}, {"lao động", "xa-hoi", 1}, {"hộ nghèo", "xa-hoi", 3},
	{"dân sinh", "xa-hoi", 2}, {"người lao động", "xa-hoi", 1.5}, {"bảo hiểm xã hội", "xa-hoi", 2.5},
	{"trợ cấp", "xa-hoi", 2}, {"nhà ở xã hội", "xa-hoi", 2}, {"người có công", "xa-hoi", 2.5}, {"từ thiện", "xa-hoi", 2},
	{"hỏa hoạn", "xa-hoi", 2}, {"cháy", "xa-hoi", 1}, {"nhà tạm", "xa-hoi", 2.5}, {"xóa nhà tạm", "xa-hoi", 3},
	{"thất nghiệp", "xa-hoi", 2}, {"giảm nghèo", "xa-hoi", 2.5}, {"cứu trợ", "xa-hoi", 1.5}, {"người dân", "xa-hoi", 0.3},
	{"mất tích", "xa-hoi", 1.5}, {"lương hưu", "xa-hoi", 2}, {"Tết", "xa-hoi", 0.5}, {"công nhân", "xa-hoi", 1.5},
	{"cứu hộ", "xa-hoi", 1.5},
	// Kinh tế
	{"GRDP", "kinh-te", 3}, {"tăng trưởng", "kinh-te", 1.5}, {"đầu tư", "kinh-te", 1}, {"FDI", "kinh-te", 3},
	{"doanh nghiệp", "kinh-te", 1.5}, {"xuất khẩu", "kinh-te", 2}, {"ngân sách", "kinh-te", 1.5}, {"chứng khoán", "kinh-te", 3},
	{"bất động sản", "kinh-te", 2.5}, {"ngân hàng", "kinh-te", 1.5}, {"lãi suất", "kinh-te", 3}, {"tỷ giá", "kinh-te", 3},
	{"giá vàng", "kinh-te", 3}, {"VN-Index", "kinh-te", 3}, {"cổ phiếu", "kinh-te", 3}, {"doanh thu", "kinh-te", 2},
	{"lợi nhuận", "kinh-te", 2}, {"khu công nghiệp", "kinh-te", 2}, {"thu ngân sách", "kinh-te", 2}, {"lạm phát", "kinh-te", 3},
	{"giải ngân", "kinh-te", 2}, {"vốn đầu tư công", "kinh-te", 2}, {"xăng dầu", "kinh-te", 2}, {"nhà đầu tư", "kinh-te", 2},
	{"thương mại", "kinh-te", 1.5}, {"kim ngạch", "kinh-te", 3}, {"thuế", "kinh-te", 1}, {"dự án", "kinh-te", 0.5},
	// Pháp luật
	{"khởi tố", "phap-luat", 3}, {"xét xử", "phap-luat", 3}, {"tòa án", "phap-luat", 2.5}, {"công an", "phap-luat", 1.2},
	{"vụ án", "phap-luat", 3}, {"lừa đảo", "phap-luat", 2.5}, {"tham nhũng", "phap-luat", 2}, {"xử phạt", "phap-luat", 2},
	{"bắt giữ", "phap-luat", 2.5}, {"tạm giam", "phap-luat", 3}, {"bị cáo", "phap-luat", 3}, {"truy nã", "phap-luat", 3},
	{"ma túy", "phap-luat", 2.5}, {"điều tra", "phap-luat", 1.5}, {"viện kiểm sát", "phap-luat", 3}, {"án tù", "phap-luat", 3},
	{"chiếm đoạt", "phap-luat", 2}, {"đối tượng", "phap-luat", 1.5}, {"tội", "phap-luat", 1}, {"hình sự", "phap-luat", 2},
	{"buôn lậu", "phap-luat", 2.5}, {"trộm", "phap-luat", 2}, {"cướp", "phap-luat", 2}, {"tuyên phạt", "phap-luat", 3},
	{"nhập lậu", "phap-luat", 2.5},
	// Arrested on a charge: a crime story wherever it happens. "cáo buộc"
	// alone is mostly one state accusing another (BENCHMARKS.md, "Twelfth
	// session: i12topic8").
	{"bị bắt với cáo buộc", "phap-luat", 2.5}, {"bị bắt vì cáo buộc", "phap-luat", 2.5},
	// Quốc phòng – An ninh
	{"quân đội", "quoc-phong-an-ninh", 2}, {"bộ đội", "quoc-phong-an-ninh", 2}, {"biên phòng", "quoc-phong-an-ninh", 2.5},
	{"dân quân tự vệ", "quoc-phong-an-ninh", 3}, {"tuyển quân", "quoc-phong-an-ninh", 3}, {"chủ quyền biển đảo", "quoc-phong-an-ninh", 3},
	{"nhập ngũ", "quoc-phong-an-ninh", 3}, {"quốc phòng", "quoc-phong-an-ninh", 2.5}, {"diễn tập", "quoc-phong-an-ninh", 2},
	{"Quân khu", "quoc-phong-an-ninh", 2.5}, {"hải quân", "quoc-phong-an-ninh", 2.5}, {"cảnh sát biển", "quoc-phong-an-ninh", 2.5},
	{"chiến sĩ", "quoc-phong-an-ninh", 1.5}, {"thao trường", "quoc-phong-an-ninh", 2.5}, {"Bộ Chỉ huy Quân sự", "quoc-phong-an-ninh", 3},
	{"giao quân", "quoc-phong-an-ninh", 3}, {"an ninh quốc gia", "quoc-phong-an-ninh", 2.5}, {"cựu chiến binh", "quoc-phong-an-ninh", 1.5},
	{"đồn biên phòng", "quoc-phong-an-ninh", 2}, {"huấn luyện", "quoc-phong-an-ninh", 1},
	// Thế giới. "quốc tế" mostly qualifies Vietnamese news (an international
	// school, flight, award, exhibition): at 0.5 it no longer tags the-gioi
	// alone from a title (BENCHMARKS.md, "Eleventh session: i11topic5").
	{"quốc tế", "the-gioi", 0.5}, {"ngoại giao", "the-gioi", 1.5}, {"Liên hợp quốc", "the-gioi", 2.5}, {"ASEAN", "the-gioi", 1.5},
	{"Tổng thống", "the-gioi", 2.5}, {"Mỹ", "the-gioi", 1.2}, {"Trung Quốc", "the-gioi", 1}, {"Nga", "the-gioi", 1.2},
	{"Ukraine", "the-gioi", 2}, {"châu Âu", "the-gioi", 1.5}, {"EU", "the-gioi", 1.2}, {"Nhật Bản", "the-gioi", 1},
	{"Hàn Quốc", "the-gioi", 1}, {"Israel", "the-gioi", 2}, {"Gaza", "the-gioi", 2.5}, {"Thủ tướng Anh", "the-gioi", 2},
	{"Nhà Trắng", "the-gioi", 2.5}, {"Điện Kremlin", "the-gioi", 2.5}, {"Washington", "the-gioi", 1.5}, {"Bắc Kinh", "the-gioi", 1.5},
	{"Thái Lan", "the-gioi", 1}, {"Indonesia", "the-gioi", 1}, {"Philippines", "the-gioi", 1}, {"Ấn Độ", "the-gioi", 1},
	{"Pháp", "the-gioi", 0.8}, {"Đức", "the-gioi", 0.6}, {"xung đột", "the-gioi", 1}, {"lệnh ngừng bắn", "the-gioi", 2.5},
	{"Thổ Nhĩ Kỳ", "the-gioi", 1.5}, {"Chile", "the-gioi", 1.5}, {"Myanmar", "the-gioi", 1.2}, {"Ai Cập", "the-gioi", 1.2},
	{"Brazil", "the-gioi", 1.2}, {"Canada", "the-gioi", 1.2}, {"Australia", "the-gioi", 1}, {"Bangkok", "the-gioi", 1.5},
	{"Hạ viện", "the-gioi", 2.5}, {"Thượng viện", "the-gioi", 2.5}, {"đảng Cộng hòa", "the-gioi", 2.5}, {"đảng Dân chủ", "the-gioi", 2.5},
	{"bầu cử giữa kỳ", "the-gioi", 3},
	// Giáo dục
	{"học sinh", "giao-duc", 2}, {"sinh viên", "giao-duc", 2}, {"giáo viên", "giao-duc", 2.5}, {"tuyển sinh", "giao-duc", 3},
	{"thi tốt nghiệp THPT", "giao-duc", 3}, {"điểm chuẩn", "giao-duc", 3}, {"trường học", "giao-duc", 2}, {"năm học", "giao-duc", 2.5},
	{"Bộ Giáo dục và Đào tạo", "giao-duc", 3}, {"Bộ GD-ĐT", "giao-duc", 3}, {"đại học", "giao-duc", 1}, {"thí sinh", "giao-duc", 2.5},
	{"học phí", "giao-duc", 3}, {"sách giáo khoa", "giao-duc", 3}, {"lớp 10", "giao-duc", 2.5}, {"nhà giáo", "giao-duc", 2.5},
	{"trường THPT", "giao-duc", 1.5}, {"khai giảng", "giao-duc", 3}, {"học bổng", "giao-duc", 2},
	{"Olympic Toán", "giao-duc", 3}, {"Olympic Vật lý", "giao-duc", 3}, {"Olympic Hóa học", "giao-duc", 3},
	{"Olympic Sinh học", "giao-duc", 3}, {"Olympic Tin học", "giao-duc", 3},
	// Y tế
	{"bệnh viện", "y-te", 2}, {"bác sĩ", "y-te", 2}, {"dịch bệnh", "y-te", 2.5}, {"tiêm chủng", "y-te", 3}, {"Bộ Y tế", "y-te", 2.5},
	{"ngộ độc", "y-te", 2.5}, {"bệnh nhân", "y-te", 2.5}, {"sốt xuất huyết", "y-te", 3}, {"ca mắc", "y-te", 3}, {"vaccine", "y-te", 2.5},
	{"vắc xin", "y-te", 2.5}, {"phẫu thuật", "y-te", 2.5}, {"cấp cứu", "y-te", 2}, {"điều trị", "y-te", 1.5}, {"sức khỏe", "y-te", 1.5},
	{"bảo hiểm y tế", "y-te", 2.5}, {"khám chữa bệnh", "y-te", 3}, {"thuốc", "y-te", 1.2}, {"y tế", "y-te", 1.5}, {"tay chân miệng", "y-te", 3},
	{"nhập viện", "y-te", 2.5},
	// Văn hóa – Giải trí
	{"di sản", "van-hoa-giai-tri", 2.5}, {"lễ hội", "van-hoa-giai-tri", 2}, {"di tích", "van-hoa-giai-tri", 2.5}, {"nghệ thuật", "van-hoa-giai-tri", 2},
	{"văn nghệ", "van-hoa-giai-tri", 2}, {"phim", "van-hoa-giai-tri", 2}, {"ca sĩ", "van-hoa-giai-tri", 2.5}, {"nghệ sĩ", "van-hoa-giai-tri", 2},
	{"âm nhạc", "van-hoa-giai-tri", 2.5}, {"triển lãm", "van-hoa-giai-tri", 2}, {"UNESCO", "van-hoa-giai-tri", 2}, {"sân khấu", "van-hoa-giai-tri", 2.5},
	{"hoa hậu", "van-hoa-giai-tri", 3}, {"văn hóa", "van-hoa-giai-tri", 1}, {"bảo tàng", "van-hoa-giai-tri", 1.5}, {"liveshow", "van-hoa-giai-tri", 3},
	{"đạo diễn", "van-hoa-giai-tri", 2.5}, {"hát", "van-hoa-giai-tri", 1}, {"bảo vật quốc gia", "van-hoa-giai-tri", 3}, {"ca trù", "van-hoa-giai-tri", 3},
	// Thể thao
	{"bóng đá", "the-thao", 3}, {"V-League", "the-thao", 3}, {"đội tuyển", "the-thao", 2}, {"SEA Games", "the-thao", 3},
	{"huy chương", "the-thao", 2.5}, {"HLV", "the-thao", 2.5}, {"vòng loại", "the-thao", 2.5}, {"giải đấu", "the-thao", 2.5},
	{"trận", "the-thao", 1.2}, {"cầu thủ", "the-thao", 3}, {"bàn thắng", "the-thao", 3}, {"vô địch", "the-thao", 2},
	{"vận động viên", "the-thao", 2.5}, {"marathon", "the-thao", 3}, {"CLB", "the-thao", 1.5}, {"U23", "the-thao", 3},
	{"thể thao", "the-thao", 2}, {"bóng chuyền", "the-thao", 3}, {"tennis", "the-thao", 3}, {"ghi bàn", "the-thao", 3},
	// Khoa học – Công nghệ
	{"chuyển đổi số", "khoa-hoc-cong-nghe", 3}, {"công nghệ", "khoa-hoc-cong-nghe", 1.5}, {"trí tuệ nhân tạo", "khoa-hoc-cong-nghe", 3},
	{"dữ liệu", "khoa-hoc-cong-nghe", 1.5}, {"đổi mới sáng tạo", "khoa-hoc-cong-nghe", 2.5}, {"AI", "khoa-hoc-cong-nghe", 2.5},
	{"bán dẫn", "khoa-hoc-cong-nghe", 3}, {"5G", "khoa-hoc-cong-nghe", 3}, {"an ninh mạng", "khoa-hoc-cong-nghe", 2.5},
	{"ứng dụng", "khoa-hoc-cong-nghe", 1}, {"nhà khoa học", "khoa-hoc-cong-nghe", 2.5}, {"nghiên cứu", "khoa-hoc-cong-nghe", 1},
	{"phần mềm", "khoa-hoc-cong-nghe", 2.5}, {"vệ tinh", "khoa-hoc-cong-nghe", 2.5}, {"smartphone", "khoa-hoc-cong-nghe", 3},
	{"điện thoại", "khoa-hoc-cong-nghe", 1.5}, {"dịch vụ công trực tuyến", "khoa-hoc-cong-nghe", 2.5}, {"số hóa", "khoa-hoc-cong-nghe", 2.5},
	{"Internet", "khoa-hoc-cong-nghe", 2}, {"robot", "khoa-hoc-cong-nghe", 2.5}, {"khoa học", "khoa-hoc-cong-nghe", 1.5},
	// Nông nghiệp – Nông thôn
	{"nông thôn mới", "nong-nghiep", 3}, {"OCOP", "nong-nghiep", 3}, {"nông dân", "nong-nghiep", 2.5}, {"lúa", "nong-nghiep", 2},
	{"chè", "nong-nghiep", 2}, {"thủy sản", "nong-nghiep", 2}, {"hợp tác xã", "nong-nghiep", 2}, {"nông nghiệp", "nong-nghiep", 2.5},
	{"vụ mùa", "nong-nghiep", 3}, {"chăn nuôi", "nong-nghiep", 2.5}, {"trồng trọt", "nong-nghiep", 3}, {"cà phê", "nong-nghiep", 1.5},
	{"sầu riêng", "nong-nghiep", 2}, {"thu hoạch", "nong-nghiep", 2.5}, {"nuôi tôm", "nong-nghiep", 3}, {"dịch tả lợn châu Phi", "nong-nghiep", 3},
	{"năng suất", "nong-nghiep", 1.5}, {"vải thiều", "nong-nghiep", 2.5}, {"cây trồng", "nong-nghiep", 2.5}, {"nông sản", "nong-nghiep", 2.5},
	{"gieo cấy", "nong-nghiep", 3}, {"khuyến nông", "nong-nghiep", 3}, {"hồ tiêu", "nong-nghiep", 2}, {"thanh long", "nong-nghiep", 2},
	{"cây giống", "nong-nghiep", 2.5}, {"vùng trồng", "nong-nghiep", 2.5},
	// Môi trường – Thời tiết
	{"môi trường", "moi-truong", 1.5}, {"ô nhiễm", "moi-truong", 2.5}, {"biến đổi khí hậu", "moi-truong", 3}, {"mưa lũ", "moi-truong", 3},
	{"bão", "moi-truong", 3}, {"sạt lở", "moi-truong", 2.5}, {"áp thấp nhiệt đới", "moi-truong", 3}, {"nắng nóng", "moi-truong", 3},
	{"mưa lớn", "moi-truong", 2.5}, {"lũ quét", "moi-truong", 3}, {"rác thải", "moi-truong", 2.5}, {"chất lượng không khí", "moi-truong", 3},
	{"xâm nhập mặn", "moi-truong", 3}, {"hạn hán", "moi-truong", 2.5}, {"rét đậm", "moi-truong", 3}, {"ngập lụt", "moi-truong", 2.5},
	{"không khí lạnh", "moi-truong", 3}, {"thời tiết", "moi-truong", 2}, {"nước lũ", "moi-truong", 2.5}, {"động đất", "moi-truong", 2.5},
	{"cháy rừng", "moi-truong", 2}, {"khí thải", "moi-truong", 2}, {"bụi mịn", "moi-truong", 3}, {"triều cường", "moi-truong", 2.5},
	{"xả lũ", "moi-truong", 3}, {"xả đáy", "moi-truong", 3}, {"mực nước", "moi-truong", 2}, {"ngập sâu", "moi-truong", 2},
	// Giao thông – Hạ tầng
	{"cao tốc", "giao-thong", 2.5}, {"quốc lộ", "giao-thong", 2}, {"sân bay", "giao-thong", 2}, {"đường sắt", "giao-thong", 2.5},
	{"tai nạn giao thông", "giao-thong", 3}, {"hạ tầng", "giao-thong", 1.5}, {"xe khách", "giao-thong", 2.5}, {"xe tải", "giao-thong", 2},
	{"ùn tắc", "giao-thong", 3}, {"thông xe", "giao-thong", 3}, {"metro", "giao-thong", 3}, {"cầu vượt", "giao-thong", 2.5},
	{"va chạm", "giao-thong", 2}, {"đăng kiểm", "giao-thong", 3}, {"tàu hỏa", "giao-thong", 2}, {"nồng độ cồn", "giao-thong", 3},
	{"CSGT", "giao-thong", 2.5}, {"giải phóng mặt bằng", "giao-thong", 1.5}, {"nhà ga", "giao-thong", 2}, {"đường vành đai", "giao-thong", 3},
	{"xe máy", "giao-thong", 1.5}, {"ô tô", "giao-thong", 1.5}, {"tuyến đường", "giao-thong", 1.5}, {"đường băng", "giao-thong", 2.5},
	{"ôtô", "giao-thong", 1.5}, {"SUV", "giao-thong", 3}, {"sedan", "giao-thong", 3}, {"CUV", "giao-thong", 3},
	{"crossover", "giao-thong", 3}, {"xe điện", "giao-thong", 2}, {"thuần điện", "giao-thong", 2.5}, {"xe buýt", "giao-thong", 2.5},
	{"hãng bay", "giao-thong", 3}, {"hãng hàng không", "giao-thong", 2.5}, {"máy bay", "giao-thong", 1.5}, {"vé tàu", "giao-thong", 2.5},
	// Đời sống – Du lịch
	{"du lịch", "doi-song", 2.5}, {"du khách", "doi-song", 2.5}, {"ẩm thực", "doi-song", 3}, {"gia đình", "doi-song", 1},
	{"giới trẻ", "doi-song", 2.5}, {"khách du lịch", "doi-song", 2}, {"lượt khách", "doi-song", 3}, {"check-in", "doi-song", 3},
	{"homestay", "doi-song", 3}, {"món ăn", "doi-song", 2.5}, {"khách sạn", "doi-song", 1.5}, {"tour", "doi-song", 2.5},
	{"điểm đến", "doi-song", 2.5}, {"kỳ nghỉ", "doi-song", 2.5}, {"bãi biển", "doi-song", 1.5}, {"đặc sản", "doi-song", 1.5},
	{"lữ hành", "doi-song", 3}, {"nghỉ dưỡng", "doi-song", 2.5}, {"trải nghiệm", "doi-song", 1.2}, {"tình yêu", "doi-song", 1.5},
	{"xổ số", "doi-song", 3}, {"Vietlott", "doi-song", 3}, {"mẹ chồng", "doi-song", 3}, {"nhà chồng", "doi-song", 2.5},
	{"ngoại tình", "doi-song", 3}, {"hẹn hò", "doi-song", 2.5}, {"hôn nhân", "doi-song", 2}, {"người yêu", "doi-song", 2},
	{"tìm bạn gái", "doi-song", 3}, {"tìm bạn trai", "doi-song", 3}, {"công sở", "doi-song", 2.5}, {"vợ chồng", "doi-song", 2},
}
