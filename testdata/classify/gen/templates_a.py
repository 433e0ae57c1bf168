# Story templates, part A. Each template is one kind of event; titles,
# summaries and bodies hold several wordings so that outlets reporting the
# same event (a cluster) word it differently. Slots: {P} place as a headline
# names it, {PF} place with its unit word for the body, {n} {m} {k} numbers,
# {per} a person, {d} a date, plus the template's own slots.
# national=True: the story has no province.

T = []

def t(topic, titles, sums, bodies, slots=None, national=False, sec=()):
    T.append(dict(topic=topic, titles=titles, sums=sums, bodies=bodies,
                  slots=slots or {}, national=national, sec=list(sec)))

# ---- xay-dung-dang
t("xay-dung-dang",
  ["{P}: Đại hội Đảng bộ xã {x} nhiệm kỳ 2025 - 2030 thành công tốt đẹp",
   "Đảng bộ xã {x} ({P}) bầu Ban Chấp hành khóa mới gồm {n} đồng chí",
   "Xã {x} tổ chức đại hội điểm của Đảng bộ {PF}"],
  ["Đại hội đã bầu {n} đồng chí vào Ban Chấp hành Đảng bộ xã {x}, đồng chí {per} tái đắc cử Bí thư Đảng ủy.",
   "Với {m} đại biểu đại diện cho hơn {k}0 đảng viên, đại hội thông qua nghị quyết với 4 khâu đột phá."],
  ["Đại hội Đảng bộ xã {x}, {PF} là đại hội điểm cấp cơ sở. Nhiệm kỳ qua, Đảng bộ kết nạp {m} đảng viên mới, {n}% chi bộ hoàn thành tốt nhiệm vụ. Phát biểu chỉ đạo, đại diện Ban Thường vụ Tỉnh ủy đề nghị cấp ủy khóa mới chú trọng công tác cán bộ và xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh.",
   "Tại đại hội, các đại biểu thảo luận về công tác xây dựng Đảng, chỉnh đốn Đảng. Đồng chí {per} được bầu làm Bí thư Đảng ủy xã {x} nhiệm kỳ 2025 - 2030; đại hội cũng bầu đoàn đại biểu dự Đại hội Đảng bộ tỉnh."],
  slots={"x": ["Tân Cương", "Phú Lương", "Đồng Hỷ", "Yên Lạc", "Quỳnh Lưu", "Hòa An", "Tam Nông", "Thạch Thất", "Châu Thành", "Krông Pắc"]},
  sec=["chinh-tri"])
t("xay-dung-dang",
  ["Ủy ban Kiểm tra Tỉnh ủy {P} kỷ luật {n} tổ chức đảng, {m} đảng viên",
   "{P} thi hành kỷ luật {m} đảng viên vi phạm trong quý III",
   "Kiểm tra, giám sát: {P} xử lý nghiêm đảng viên vi phạm"],
  ["Qua kiểm tra khi có dấu hiệu vi phạm, Ủy ban Kiểm tra các cấp ở {PF} đã kỷ luật {m} đảng viên, trong đó có {k} cấp ủy viên.",
   "Công tác kiểm tra, giám sát và thi hành kỷ luật đảng tiếp tục được thực hiện nghiêm, đúng nguyên tắc."],
  ["Theo Ủy ban Kiểm tra Tỉnh ủy {PF}, từ đầu năm cấp ủy các cấp đã kiểm tra {k}0 tổ chức đảng và {n}0 đảng viên. Hình thức kỷ luật chủ yếu là khiển trách và cảnh cáo. Một số chi bộ buông lỏng quản lý đảng viên, để xảy ra vi phạm trong quản lý đất đai, tài chính.",
   "Ủy ban Kiểm tra đề nghị các cấp ủy tăng cường giám sát thường xuyên, phát hiện sớm vi phạm từ chi bộ, không để vi phạm nhỏ tích tụ thành sai phạm lớn."],
  sec=["chinh-tri"])
t("xay-dung-dang",
  ["Ban Tổ chức Trung ương hướng dẫn công tác cán bộ sau sắp xếp bộ máy",
   "Trung ương ban hành hướng dẫn mới về quy hoạch cán bộ nhiệm kỳ 2026 - 2031",
   "Quy hoạch cán bộ: những điểm mới trong hướng dẫn của Ban Tổ chức Trung ương"],
  ["Hướng dẫn yêu cầu các cấp ủy rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý, bảo đảm tỷ lệ cán bộ trẻ, cán bộ nữ.",
   "Ban Tổ chức Trung ương vừa có văn bản hướng dẫn việc đánh giá, quy hoạch cán bộ sau khi sắp xếp tổ chức bộ máy."],
  ["Theo hướng dẫn, việc quy hoạch cán bộ phải gắn với đánh giá kết quả thực hiện nhiệm vụ, lấy sản phẩm cụ thể làm thước đo. Các tổ chức đảng phải hoàn thành rà soát trước quý I năm sau. Tỷ lệ cán bộ nữ trong quy hoạch cấp ủy không dưới 20%, cán bộ trẻ dưới 45 tuổi không dưới 15%.",
   "Ban Tổ chức Trung ương lưu ý công tác cán bộ phải công khai, minh bạch, kiên quyết không để lọt người không xứng đáng vào quy hoạch."],
  national=True, sec=["chinh-tri"])
t("xay-dung-dang",
  ["{P} trao Huy hiệu 50 năm tuổi Đảng cho {n} đảng viên lão thành",
   "Đảng viên lão thành ở {P} nhận Huy hiệu Đảng dịp 7/11",
   "Trao tặng Huy hiệu Đảng đợt 7/11 cho đảng viên {P}"],
  ["Dịp này, Thành ủy, Tỉnh ủy trao Huy hiệu 40, 45, 50, 55 năm tuổi Đảng cho {n} đảng viên, trong đó có {m} đảng viên nhận Huy hiệu 75 năm.",
   "Lãnh đạo {PF} đã đến trao Huy hiệu Đảng và chúc mừng các đảng viên lão thành."],
  ["Tại buổi lễ ở {PF}, đồng chí {per} biểu dương các đảng viên đã nêu gương sáng, tiếp tục tham gia sinh hoạt chi bộ đều đặn. Các đảng viên lão thành bày tỏ niềm vinh dự và hứa tiếp tục giáo dục con cháu học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
   "Các đảng viên nhận Huy hiệu đợt này phần lớn tham gia kháng chiến, sau đó tiếp tục công tác tại cơ sở, đóng góp cho công tác xây dựng Đảng ở địa phương."])

# ---- chinh-tri
t("chinh-tri",
  ["Quốc hội thông qua Luật {x} (sửa đổi) với {n}% đại biểu tán thành",
   "Luật {x} sửa đổi được Quốc hội biểu quyết thông qua",
   "Chiều {d}, Quốc hội bấm nút thông qua Luật {x} (sửa đổi)"],
  ["Với {n}% đại biểu Quốc hội tán thành, Luật {x} (sửa đổi) gồm {m} chương, {k}0 điều, có hiệu lực từ ngày 1/7/2026.",
   "Luật {x} (sửa đổi) được thông qua tại kỳ họp thứ 10, Quốc hội khóa XV, sau nhiều lần chỉnh lý theo ý kiến đại biểu."],
  ["Trình bày báo cáo giải trình, tiếp thu, Ủy ban Thường vụ Quốc hội cho biết dự thảo đã được rà soát kỹ lưỡng. Luật mới bổ sung nhiều quy định về phân cấp, phân quyền cho chính quyền địa phương hai cấp.",
   "Trước khi biểu quyết, các đại biểu Quốc hội đã thảo luận ở tổ và hội trường. Chủ tịch Quốc hội đề nghị Chính phủ sớm ban hành văn bản hướng dẫn thi hành."],
  slots={"x": ["Đất đai", "Thuế thu nhập cá nhân", "Cán bộ, công chức", "Giáo dục", "Bảo hiểm xã hội", "Quy hoạch", "Đầu tư công"]},
  national=True)
t("chinh-tri",
  ["Đại biểu Quốc hội {P} tiếp xúc cử tri sau kỳ họp",
   "Cử tri {P} kiến nghị về {x} tại buổi tiếp xúc với đoàn đại biểu Quốc hội",
   "Đoàn ĐBQH tỉnh {P} tiếp xúc cử tri, ghi nhận {n} ý kiến"],
  ["Đoàn đại biểu Quốc hội {PF} đã thông tin kết quả kỳ họp và ghi nhận {n} ý kiến, kiến nghị của cử tri, tập trung vào {x}.",
   "Tại buổi tiếp xúc, cử tri {PF} đề nghị các cấp quan tâm giải quyết {x}."],
  ["Đại biểu {per} thay mặt đoàn tiếp thu các ý kiến, đồng thời trả lời một số kiến nghị thuộc thẩm quyền. Những vấn đề liên quan đến chính sách chung sẽ được tổng hợp gửi Quốc hội và Chính phủ.",
   "Cử tri ghi nhận nỗ lực của chính quyền hai cấp sau sắp xếp, song đề nghị sớm ổn định trụ sở, con dấu và thủ tục hành chính cho người dân."],
  slots={"x": ["giá vật tư nông nghiệp", "thủ tục đất đai", "chế độ cho cán bộ không chuyên trách", "ô nhiễm môi trường", "an toàn thực phẩm"]})
t("chinh-tri",
  ["HĐND {P} khai mạc kỳ họp thường lệ cuối năm",
   "Kỳ họp HĐND {P}: xem xét {n} nghị quyết quan trọng",
   "HĐND tỉnh {P} họp, bàn kế hoạch phát triển năm 2026"],
  ["Kỳ họp diễn ra trong {m} ngày, xem xét {n} báo cáo và tờ trình, quyết định nhiều chỉ tiêu kinh tế - xã hội năm 2026.",
   "Phát biểu khai mạc, Chủ tịch HĐND {PF} đề nghị đại biểu tập trung thảo luận, chất vấn những vấn đề cử tri quan tâm."],
  ["Tại kỳ họp, UBND {PF} báo cáo tình hình thực hiện nhiệm vụ năm; HĐND dành một buổi cho phiên chất vấn về quản lý đất đai và giải ngân đầu tư công. Kỳ họp cũng kiện toàn chức danh thuộc thẩm quyền.",
   "Các đại biểu HĐND đánh giá cao kết quả thu ngân sách, song lưu ý tiến độ giải phóng mặt bằng một số dự án còn chậm."],
  sec=["kinh-te"])
t("chinh-tri",
  ["Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng {m}",
   "Chính phủ họp thường kỳ, bàn giải pháp thúc đẩy tăng trưởng",
   "Phiên họp Chính phủ tháng {m}: yêu cầu quyết liệt giải ngân vốn"],
  ["Thủ tướng yêu cầu các bộ, ngành và địa phương không để chậm trễ, phấn đấu tăng trưởng GDP trên 8%.",
   "Tại phiên họp, Chính phủ đánh giá tình hình kinh tế - xã hội tháng {m} và thảo luận nhiều dự thảo nghị định."],
  ["Kết luận phiên họp, Thủ tướng nhấn mạnh các bộ trưởng, chủ tịch UBND cấp tỉnh phải trực tiếp chỉ đạo, xử lý vướng mắc. Chính phủ thống nhất trình Quốc hội các dự án luật tại kỳ họp tới.",
   "Thủ tướng đề nghị đẩy mạnh cải cách thủ tục hành chính, cắt giảm ít nhất 30% điều kiện kinh doanh trong năm nay."],
  national=True, sec=["kinh-te"])

# ---- xa-hoi
t("xa-hoi",
  ["{P} hoàn thành xóa nhà tạm, nhà dột nát cho {n}0 hộ nghèo",
   "Hơn {n}0 hộ khó khăn ở {P} có nhà mới trước Tết",
   "Xóa nhà tạm ở {P}: về đích sớm {m} tháng"],
  ["Chương trình xóa nhà tạm, nhà dột nát tại {PF} đã hỗ trợ {n}0 hộ nghèo, hộ cận nghèo và gia đình người có công.",
   "Tổng kinh phí hơn {k}0 tỷ đồng được huy động từ ngân sách, Mặt trận Tổ quốc và các doanh nghiệp."],
  ["Mỗi hộ được hỗ trợ 60 triệu đồng xây mới hoặc 30 triệu đồng sửa chữa. Ông {per}, một hộ nghèo ở {PF}, cho biết gia đình đã ở căn nhà tạm hơn 10 năm. Chính quyền địa phương huy động bộ đội, đoàn viên thanh niên giúp ngày công.",
   "Đây là một trong những chính sách an sinh xã hội lớn, giúp người dân an cư. Địa phương tiếp tục rà soát để không hộ nghèo nào bị bỏ lại phía sau."])
t("xa-hoi",
  ["Cháy nhà dân ở {P}, {n} người được giải cứu",
   "Hỏa hoạn trong đêm tại {P}, lực lượng chức năng cứu {n} người",
   "{P}: Cháy nhà {m} tầng, cảnh sát kịp thời đưa {n} người ra ngoài"],
  ["Ngọn lửa bùng phát từ tầng một căn nhà {m} tầng ở {PF} lúc rạng sáng, lan lên các tầng trên.",
   "Lực lượng cảnh sát phòng cháy chữa cháy đã dùng thang dây đưa {n} người mắc kẹt ra ngoài an toàn."],
  ["Nhận tin báo lúc 2h, Phòng Cảnh sát PCCC và CNCH Công an {PF} điều {k} xe chữa cháy đến hiện trường. Sau khoảng 40 phút, đám cháy được dập tắt. Nhiều tài sản bị thiêu rụi; nguyên nhân đang được điều tra.",
   "Theo người dân, căn nhà vừa là nơi ở vừa kinh doanh tạp hóa nên nhiều hàng hóa dễ cháy."],
  sec=["phap-luat"])
t("xa-hoi",
  ["{P} giải quyết việc làm cho {n} nghìn lao động trong năm",
   "Thị trường lao động {P}: doanh nghiệp cần tuyển {n} nghìn công nhân",
   "Người lao động ở {P} dễ tìm việc dịp cuối năm"],
  ["Sở Nội vụ {PF} cho biết nhu cầu tuyển dụng tăng mạnh ở ngành dệt may, điện tử; mức lương bình quân {m} triệu đồng/tháng.",
   "Các phiên giao dịch việc làm tại {PF} thu hút hàng nghìn người lao động tìm việc."],
  ["Trung tâm dịch vụ việc làm tổ chức {k} phiên giao dịch việc làm lưu động. Nhiều doanh nghiệp tăng thưởng Tết để giữ chân công nhân. Chị {per}, công nhân may, cho biết năm nay thu nhập ổn định hơn.",
   "Tỷ lệ lao động qua đào tạo đạt {n}%. Địa phương đặt mục tiêu giảm tỷ lệ thất nghiệp dưới 2%."])
t("xa-hoi",
  ["Tăng lương hưu, trợ cấp bảo hiểm xã hội từ ngày 1/7",
   "Lương hưu tăng {n}%: hơn 3 triệu người hưởng lợi",
   "Chính phủ quyết định điều chỉnh lương hưu, trợ cấp"],
  ["Nghị định mới điều chỉnh tăng {n}% mức lương hưu, trợ cấp bảo hiểm xã hội và trợ cấp hằng tháng.",
   "Người đang hưởng lương hưu sẽ được tăng {n}% từ ngày 1/7, theo nghị định vừa ban hành."],
  ["Theo Bộ Nội vụ, kinh phí tăng thêm do ngân sách nhà nước và quỹ bảo hiểm xã hội bảo đảm. Người nghỉ hưu trước năm 1995 có mức hưởng thấp được điều chỉnh thêm.",
   "Các chuyên gia cho rằng việc điều chỉnh giúp người nghỉ hưu ổn định cuộc sống trong bối cảnh giá cả tăng."],
  national=True)
