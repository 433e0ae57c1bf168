package web

import (
	"errors"
	"net/url"
	"strings"

	"bantin/internal/ingest"
)

// sourceErrorKinds name, in Vietnamese, the kinds of fetch error a source
// records (ingest.Describe's texts), for the public status page: a visitor
// reads what went wrong, and the recorded English detail follows it. The
// first entry whose test matches wins.
var sourceErrorKinds = []struct {
	prefix, contains string
	vi               string
}{
	{prefix: "HTTP ", vi: "máy chủ của báo trả lời lỗi"},
	{prefix: "timeout after", vi: "quá thời gian chờ"},
	{prefix: "body larger than", vi: "nguồn cấp lớn quá giới hạn"},
	{prefix: "parse:", vi: "nguồn cấp không đúng định dạng"},
	{prefix: "broken feed:", vi: "nguồn cấp hỏng giữa chừng: chỉ đọc được các tin trước chỗ hỏng"},
	{prefix: "no such host", vi: "không tìm thấy tên miền"},
	{prefix: "DNS lookup", vi: "lỗi tra cứu tên miền"},
	{prefix: "refusing to connect to a private address", vi: "địa chỉ mạng nội bộ, không được phép đọc"},
	{prefix: "stopped after", contains: "redirect", vi: "chuyển hướng quá nhiều lần"},
	{prefix: "redirected to a non-http(s) URL", vi: "chuyển hướng tới địa chỉ không phải http(s)"},
	{contains: "connection refused", vi: "máy chủ của báo từ chối kết nối"},
	{contains: "connection reset", vi: "kết nối bị ngắt"},
	{contains: "x509:", vi: "chứng chỉ bảo mật (TLS) không hợp lệ"},
	{contains: "tls:", vi: "lỗi kết nối bảo mật (TLS)"},
	{contains: "network is unreachable", vi: "không có đường mạng tới máy chủ"},
}

// webPageKind is the Vietnamese kind of a web page given as a feed (an
// *ingest.WebPageError).
const webPageKind = "địa chỉ là một trang web, không phải nguồn cấp tin"

// sourceErrorKind returns the Vietnamese kind of a recorded fetch error,
// "lỗi khác" for one it does not know, "" for none. A web page's is told
// by its error value (ingest.RecordedError), not by its text.
func sourceErrorKind(lastError string) string {
	if lastError == "" {
		return ""
	}
	if _, ok := errors.AsType[*ingest.WebPageError](ingest.RecordedError(lastError)); ok {
		return webPageKind
	}
	for _, k := range sourceErrorKinds {
		if (k.prefix == "" || strings.HasPrefix(lastError, k.prefix)) && (k.contains == "" || strings.Contains(lastError, k.contains)) {
			return k.vi
		}
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
