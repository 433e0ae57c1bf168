package classify

import "strings"

// Digests (issue 9, real news): an item that strings several headlines
// together ("Điểm tin 17h: A | B", "Tin tức đặc biệt trên báo in Thanh Niên
// 3.7.2026" whose lead lists the print issue's stories). Its title's
// headlines put their stories where they say (the development labels tag
// "Toàn cảnh 17h: … ở Đường hoa Nguyễn Huệ | …" ho-chi-minh); the places of
// its lead are the other headlines' or boilerplate, and are not counted.

// digestOpeners are the openings of digest titles besides the roundups
// (clusterdata.go). Like a roundup, such a digest gets the empty story
// signature (sign), so it joins no story; unlike one, its topic is
// classified as any item's. Lower case.
var digestOpeners = []string{
	"tin tức đặc biệt trên báo in", "đọc nhanh", "chuyển động 12h", "chuyển động 24h",
	"tiêu điểm quốc tế", "tin world cup",
}

// isDigest reports whether the title opens like a digest's: a roundup's
// (roundupHead) or one of digestOpeners.
func isDigest(title string) bool { return digestHead(titleHead(title)) }

// digestHead is isDigest on a titleHead.
func digestHead(t string) bool {
	if roundupHead(t) {
		return true
	}
	for _, p := range digestOpeners {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// dropDigestLead refuses the mentions outside a digest's title.
func dropDigestLead(ms []mention) {
	for i := range ms {
		if ms[i].field == fieldTitle {
			continue
		}
		if ms[i].dropped == "" {
			ms[i].dropped = "a digest's lead: other headlines' places"
		}
		ms[i].wardOf = nil // a shared ward name stays refused
	}
}
