package web

import (
	"net/url"

	"bantin/internal/model"
)

// sourceErrorKinds name, in Vietnamese, the kinds of a source's recorded
// last error, for the public status page: a visitor reads what went
// wrong, and the recorded English detail follows it. A kind not named
// here (KindOther, KindUnknown: an error recorded without its kind, by a
// bantin older than the kinds) reads "lỗi khác".
var sourceErrorKinds = map[model.FetchErrorKind]string{
	model.KindHTTP:           "máy chủ của báo trả lời lỗi",
	model.KindRetryLater:     "máy chủ của báo hẹn đọc lại sau (HTTP 429 hoặc 503): Bản tin chờ đến giờ hẹn",
	model.KindBotWall:        "tường chặn máy đọc tự động của trang báo (như Cloudflare) trả lời thay cho nguồn cấp: báo cần cho Bản tin đọc",
	model.KindGone:           "báo đã bỏ nguồn cấp này (HTTP 410): không đọc nữa",
	model.KindTimeout:        "quá thời gian chờ",
	model.KindTooLarge:       "nguồn cấp lớn quá giới hạn",
	model.KindParse:          "nguồn cấp không đúng định dạng",
	model.KindWebPage:        "địa chỉ là một trang web, không phải nguồn cấp tin",
	model.KindBrokenFeed:     "nguồn cấp hỏng giữa chừng: chỉ đọc được các tin trước chỗ hỏng",
	model.KindNoSuchHost:     "không tìm thấy tên miền",
	model.KindDNS:            "lỗi tra cứu tên miền",
	model.KindPrivateAddress: "địa chỉ mạng nội bộ, không được phép đọc",
	model.KindRedirectLoop:   "chuyển hướng quá nhiều lần",
	model.KindRedirectScheme: "chuyển hướng tới địa chỉ không phải http(s)",
	model.KindMovedOnto:      "chuyển hướng vĩnh viễn tới địa chỉ của một nguồn khác",
	model.KindStore:          "Bản tin không lưu được tin đã đọc (lỗi cơ sở dữ liệu của Bản tin, không phải của báo)",
	model.KindRefused:        "máy chủ của báo từ chối kết nối",
	model.KindReset:          "kết nối bị ngắt",
	model.KindCertificate:    "chứng chỉ bảo mật (TLS) không hợp lệ",
	model.KindTLS:            "lỗi kết nối bảo mật (TLS)",
	model.KindUnreachable:    "không có đường mạng tới máy chủ",
}

// sourceErrorKind returns the Vietnamese name of a recorded error's kind,
// "" for none (KindNone), "lỗi khác" for one it does not name.
func sourceErrorKind(kind model.FetchErrorKind) string {
	if kind == model.KindNone {
		return ""
	}
	if vi, ok := sourceErrorKinds[kind]; ok {
		return vi
	}
	return "lỗi khác"
}

// sourceName is a source's name for the status page: its host while it
// has none (a source added without --name that never fetched).
func sourceName(name, rawURL string) string {
	if name != "" {
		return name
	}
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		return u.Host
	}
	return rawURL
}
