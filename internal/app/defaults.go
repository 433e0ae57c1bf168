package app

import (
	"context"
	"errors"

	"bantin/internal/model"
)

// defaultSources are real Vietnamese feeds bantin starts with when the
// database has none. Category feeds carry their topic; provincial papers
// their home province. Offline, each fails cleanly and backs off.
func defaultSources() []model.Source {
	vne := func(section, topic string) model.Source {
		return model.Source{URL: "https://vnexpress.net/rss/" + section + ".rss", Name: "VnExpress", DefaultTopics: []string{topic}}
	}
	tt := func(section, topic string) model.Source {
		return model.Source{URL: "https://tuoitre.vn/rss/" + section + ".rss", Name: "Tuổi Trẻ", DefaultTopics: []string{topic}}
	}
	return []model.Source{
		vne("thoi-su", "xa-hoi"), vne("the-gioi", "the-gioi"), vne("kinh-doanh", "kinh-te"),
		vne("phap-luat", "phap-luat"), vne("giao-duc", "giao-duc"), vne("suc-khoe", "y-te"),
		vne("the-thao", "the-thao"), vne("du-lich", "doi-song"), vne("khoa-hoc", "khoa-hoc-cong-nghe"),
		tt("thoi-su", "xa-hoi"), tt("the-gioi", "the-gioi"), tt("kinh-doanh", "kinh-te"),
		tt("phap-luat", "phap-luat"), tt("giao-duc", "giao-duc"), tt("the-thao", "the-thao"),
		{URL: "https://tuoitre.vn/rss/tin-moi-nhat.rss", Name: "Tuổi Trẻ"},
		{URL: "https://thanhnien.vn/rss/home.rss", Name: "Thanh Niên"},
		{URL: "https://thanhnien.vn/rss/thoi-su.rss", Name: "Thanh Niên", DefaultTopics: []string{"xa-hoi"}},
		{URL: "https://nhandan.vn/rss/chinhtri-1171.rss", Name: "Nhân Dân", DefaultTopics: []string{"chinh-tri"}},
		{URL: "https://nhandan.vn/rss/home.rss", Name: "Nhân Dân"},
		{URL: "https://baochinhphu.vn/rss", Name: "Báo Chính phủ", DefaultTopics: []string{"chinh-tri"}},
		{URL: "https://vtv.vn/trong-nuoc.rss", Name: "VTV", DefaultTopics: []string{"xa-hoi"}},
		{URL: "https://www.sggp.org.vn/rss/home.rss", Name: "Sài Gòn Giải Phóng", HomeProvince: "ho-chi-minh"},
		{URL: "https://baothainguyen.vn/rss/home.rss", Name: "Báo Thái Nguyên", HomeProvince: "thai-nguyen"},
		{URL: "https://baoquangninh.vn/rss/home.rss", Name: "Báo Quảng Ninh", HomeProvince: "quang-ninh"},
		{URL: "https://baodanang.vn/rss/home.rss", Name: "Báo Đà Nẵng", HomeProvince: "da-nang"},
		{URL: "https://baocantho.com.vn/rss/home.rss", Name: "Báo Cần Thơ", HomeProvince: "can-tho"},
		{URL: "https://hanoimoi.vn/rss/home.rss", Name: "Hà Nội Mới", HomeProvince: "ha-noi"},
	}
}

// seedDefaultSources adds the default sources once per database, when it
// has no sources and default sources are enabled; an operator who later
// removes them does not get them back. It returns how many it added.
func (m *Main) seedDefaultSources(ctx context.Context) (int, error) {
	if !m.Config.DefaultSources {
		return 0, nil
	}
	first, err := m.Store.SetOnce(ctx, "default_sources_seeded", "1")
	if err != nil || !first {
		return 0, err
	}
	existing, err := m.Store.Sources(ctx)
	if err != nil || len(existing) > 0 {
		return 0, err
	}
	n := 0
	for _, src := range defaultSources() {
		err := m.Store.AddSource(ctx, &src)
		if errors.Is(err, model.ErrConflict) {
			continue
		}
		if err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
