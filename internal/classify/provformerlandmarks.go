package classify

// formerLandmarks are border gates, bridges, ports and routes that lie in a
// dissolved province and that training-day items name alone, without the
// commune or district (i15legacy2, issue 9 point 4: a place inside the
// former territory gives its legacy tag and its successor). They came from
// a random sample of 300 items tagged with a successor and no former
// province and a search of every training-day "cửa khẩu" name; every
// training-day item a name changed was read (BENCHMARKS.md, "Fifteenth
// session: i15legacy2"). Names are facts of public record.
//
// A gate is read with its noun: "ĐG Cha Lo - TBA Hà Tĩnh" names a power
// line's far end (its one training-day item, in Hà Tĩnh, was judged open
// when "Cha Lo" was read alone). "Gianh" alone is a river, a ward (Bắc
// Gianh, Tân Gianh) and a ferry's history, so it too is read with its
// noun. "Thanh Thủy" (Hà Giang's gate) is a beauty queen's name far more
// often than the gate's and is left out; "Nam Giang" and "Hoa Lư" are
// read already (a former district; Ninh Bình's ancient capital), and so is
// "cửa khẩu Bờ Y" (landmarks25, written at the same time).
var formerLandmarks = []placeEntry{
	// Border gates.
	{"cửa khẩu Cha Lo", "quang-binh", kindPlace, 0}, // Minh Hóa, on the Lao border
	{"cửa khẩu quốc tế Cha Lo", "quang-binh", kindPlace, 0},
	{"Mỹ Quý Tây", "long-an", kindPlace, 0}, // Đức Huệ, on the Cambodian border
	// The Gianh river's crossings and port, in Quảng Bình's Quảng Trạch and Bố Trạch.
	{"cầu Gianh", "quang-binh", kindPlace, 0},
	{"cảng Gianh", "quang-binh", kindPlace, 0},
	{"phà Gianh", "quang-binh", kindPlace, 0},
}
