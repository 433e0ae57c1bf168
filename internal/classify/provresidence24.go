package classify

import "strings"

// A person's residence written without an age (issue 9, real news;
// i15prov24): "Tài xế Lý Văn Tố (trú Đà Nẵng) … cứu bé gái … ở Huế", "Vũ
// Thị Yến Mai (ngụ tỉnh Ninh Bình) và Vũ Hồng Dương (ngụ tỉnh Phú Thọ) đã
// 'sản xuất' nước hoa giả" under a title that puts the case in Thanh Hóa.
// residence reads such a home only beside an age ("(48 tuổi, ngụ …)"); the
// verb alone says as much.

// bareResidences makes a kept mention a person's home (ctxHome: counted
// only when the story names no other place) when it lies in a parenthesis
// that opens right after a capitalised word (a name) with "trú" or "ngụ"
// ("thường trú", "tạm trú", "cư trú" end with it), and so every kept
// mention of the address ("(ngụ P.Quang Trung, Thanh Hóa)"), when the story
// names a place outside such addresses. A story of such homes alone keeps
// its mentions as they were (as addressHomes does). A plain "ở" opens such
// a parenthesis too (i22provprec): "Công an P.Thanh Khê (TP.Đà Nẵng) đã bắt
// tạm giam Ngô Quang Vũ (ở Quảng Trị)", "Chị Trang (ở Hà Nội) đặt cọc thuê
// 2 phòng … tại một homestay ở xã Y Tý (tỉnh Lào Cai)".
func bareResidences(toks []token, ms []mention) {
	var in []int // the mentions inside such a parenthesis
	verb := map[int]string{}
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.effect == ctxHome {
			continue
		}
		open := residenceOpen(toks, mt.start)
		if open < 1 || !toks[open-1].upper || toks[open].first {
			continue
		}
		in, verb[i] = append(in, i), toks[open].text
	}
	if len(in) == 0 || !keptOutside(ms, in) {
		return
	}
	for _, i := range in {
		ms[i].effect, ms[i].context = ctxHome, verb[i]
	}
}

// residenceOpen returns the index of the first token of the parenthesis
// that holds toks[i] and opens with "trú" or "ngụ" (residentAt) or "ở",
// or -1. It looks for the verb first, at most ten tokens back, so that the
// parenthesis is sought only where one may be.
func residenceOpen(toks []token, i int) int {
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		f := toks[j].fold
		if f == "o" && strings.Contains(toks[j].gap, "(") && keyEqual(toks, j, "ở") && parenOpen(toks, i) == j {
			return j // "(ở Quảng Trị)"; "(trú ở Hà Nội)" has its verb further back
		}
		if f != "tru" && f != "ngu" {
			continue
		}
		if j >= 1 && joinable(toks, j) && residentAt(toks, j-1) {
			j-- // "thường trú", "tạm trú", "cư trú"
		}
		if residentAt(toks, j) && parenOpen(toks, i) == j {
			return j
		}
		return -1
	}
	return -1
}

// residentAt reports "trú" or "ngụ" at toks[k], or after "thường", "tạm" or
// "cư" there.
func residentAt(toks []token, k int) bool {
	if wordIs(toks, k, "thuong", "thường") || wordIs(toks, k, "tam", "tạm") || wordIs(toks, k, "cu", "cư") {
		k++
		if k >= len(toks) || !joinable(toks, k) {
			return false
		}
	}
	return wordIs(toks, k, "tru", "trú") || wordIs(toks, k, "ngu", "ngụ")
}
