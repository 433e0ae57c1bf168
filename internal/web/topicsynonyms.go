package web

import (
	"errors"
	"strings"

	"bantin/internal/model"
	"bantin/internal/vntext"
)

// topicSynonyms lists, for each topic slug, common Vietnamese words for the
// topic that are not derived from its name (model's suggestTopic guesses
// those), written as slugs: the sections Vietnamese news sites file such
// stories under ("chung-khoan", "quan-su") and the words readers use
// ("bong-da"). Only the 404 page of a topic's address uses them, for its
// "Có phải …?" link, which a person reads and may ignore; feeds' and the
// CLI's "did you mean" keep to the topic's own name.
func topicSynonyms() map[string][]string {
	return map[string][]string{
		"xay-dung-dang":      {"hoc-lam-theo-bac", "dang-vien", "cong-tac-dang"},
		"chinh-tri":          {"thoi-su-chinh-tri", "xa-luan", "quoc-hoi", "chinh-phu"},
		"xa-hoi":             {"an-sinh", "an-sinh-xa-hoi", "dan-sinh", "viec-lam", "lao-dong"},
		"kinh-te":            {"kinh-doanh", "chung-khoan", "tai-chinh", "ngan-hang", "doanh-nghiep", "bat-dong-san", "nha-dat", "startup"},
		"phap-luat":          {"phong-chong-tham-nhung", "tham-nhung", "hinh-su", "vu-an", "toa-an"},
		"quoc-phong-an-ninh": {"quan-su", "quan-doi"},
		"the-gioi":           {"quoc-te", "thoi-su-quoc-te"},
		"giao-duc":           {"tuyen-sinh", "du-hoc", "khuyen-hoc"},
		"y-te":               {"benh-vien", "dich-benh", "y-hoc"},
		"van-hoa-giai-tri":   {"nghe-thuat", "am-nhac", "phim", "showbiz", "van-nghe"},
		"the-thao":           {"bong-da", "the-duc-the-thao", "v-league"},
		"khoa-hoc-cong-nghe": {"so-hoa", "chuyen-doi-so", "cong-nghe-thong-tin"},
		"nong-nghiep":        {"tam-nong", "nong-thon-moi", "nong-dan"},
		"moi-truong":         {"bao-ve-moi-truong", "bien-doi-khi-hau", "thien-tai"},
		"giao-thong":         {"an-toan-giao-thong", "oto-xe-may", "o-to", "xe"},
		"doi-song":           {"gia-dinh", "gioi-tre", "am-thuc"},
	}
}

// topicSynonym returns the topic whose synonym slug is, written any way a
// slug is ("bong-da", "bongda", "Bóng đá"), or "".
func topicSynonym(slug string) string {
	key := strings.ReplaceAll(vntext.Slug(slug), "-", "")
	for topic, words := range topicSynonyms() {
		for _, w := range words {
			if strings.ReplaceAll(w, "-", "") == key {
				return topic
			}
		}
	}
	return ""
}

// checkPageTopic is the catalog's CheckTopics for a page's address: a
// *model.SlugError without a guess takes topicSynonym's.
func (s *Server) checkPageTopic(slug string) error {
	err := s.cat.CheckTopics(slug)
	var se *model.SlugError
	if errors.As(err, &se) && se.Suggest == "" {
		if g := topicSynonym(slug); g != "" {
			guessed := *se
			guessed.Suggest = g
			return &guessed
		}
	}
	return err
}
