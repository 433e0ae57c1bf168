package store_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestSearchPlaceAliases: a place's other spellings find what its usual
// form finds, on both engines, with diacritic folding intact; words that
// only look alike do not, nor does a word typed with diacritics that are
// not the place's.
func TestSearchPlaceAliases(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://x.vn/rss"}
		s.AddSource(ctx, src)
		arts := []struct{ key, title string }{
			{"hn", "Hà Nội mở thêm tuyến buýt điện"},
			{"hanoi", "Hanoi tourism fair opens"},
			{"hcm", "TP.HCM khởi công cầu Cần Giờ"},
			{"hcm2", "Thành phố Hồ Chí Minh đón khách quốc tế"},
			{"sg", "Sài Gòn mưa lớn chiều nay"},
			{"tphcm", "TPHCM tiêm vaccine sởi cho trẻ em"},
			{"dn", "Đà Nẵng đón tàu du lịch"},
			{"other", "Hà Nam khởi công đường ven sông"},
			{"hue", "Thừa Thiên Huế mở cửa Đại Nội ban đêm"},
			{"hue-name", "Chị Huệ bán hoa ở chợ"},
		}
		var writes []store.ArticleWrite
		for i, a := range arts {
			writes = append(writes, store.ArticleWrite{Article: article(a.key, a.title, "", t0.Add(time.Duration(i)*time.Minute), nil)})
		}
		saveOne(t, s, src.ID, writes...)
		hcm := []string{"hcm", "hcm2", "sg", "tphcm"}
		for _, tt := range []struct {
			q    string
			want []string
		}{
			{"Hà Nội", []string{"hanoi", "hn"}},
			{"Hanoi", []string{"hanoi", "hn"}},
			{"ha noi", []string{"hanoi", "hn"}},
			{"HÀ NỘI", []string{"hanoi", "hn"}},
			{"Danang", []string{"dn"}},
			{"Đà Nẵng", []string{"dn"}},
			{"TPHCM", hcm},
			{"TP.HCM", hcm},
			{"Sài Gòn", hcm},
			{"sai gon", hcm},
			{"Hồ Chí Minh", hcm},
			// The abbreviation alone, as people type it (uxqa23: it found
			// "TP HCM" and "TP.HCM" only, not TPHCM, Sài Gòn or the name).
			{"HCM", hcm},
			{"hcm", hcm},
			{"Hanoi tuyến buýt", []string{"hn"}},
			{"khởi công", []string{"hcm", "other"}},
			// A word typed with other diacritics than the place's is that
			// word, not the place: "Huệ" is a name.
			{"Huệ", []string{"hue-name"}},
			{"Hue", []string{"hue", "hue-name"}},
			{"hà nội", []string{"hanoi", "hn"}},
			{"Thừa Thiên Huế", []string{"hue", "hue-name"}},
		} {
			if keys := searchKeys(t, s, model.Filter{Query: tt.q}); !slices.Equal(keys, tt.want) {
				t.Errorf("q=%q: got %v, want %v", tt.q, keys, tt.want)
			}
		}
	})
}

// TestSearchTypedDiacritics: a word typed with its diacritics finds that
// word only, in any case and either tone placement, on both engines; typed
// without them it finds every word that folds to it, as before.
func TestSearchTypedDiacritics(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://x.vn/rss"}
		s.AddSource(ctx, src)
		arts := []struct{ key, title, summary string }{
			{"storm", "Siêu bão Dolphin gió mạnh 220 km/giờ", ""},
			{"storm-caps", "BÃO SỐ 3 ĐỔ BỘ", ""},
			{"storm-summary", "Miền Bắc mưa lớn", "Hoàn lưu bão gây mưa suốt tuần."},
			{"notice", "Vietlott thông báo kết quả quay số", ""},
			{"guard", "Bảo vệ rừng đầu nguồn", ""},
			{"hoa-new", "Thanh Hóa mở đường ven biển", ""},
			{"hoa-old", "Thanh Hoá đón khách du lịch", ""},
			{"hoa-plain", "Hoa hậu đăng quang", ""},
			// "ăn" (eat) typed: "khăn", "hăng" hold it inside other words,
			// and "an" stands alone, as the full-text index needs.
			{"hard", "An toàn thực phẩm còn khó khăn", "Giá hăng hái tăng."},
			{"eat", "Ăn uống ngày Tết", ""},
			{"eat-end", "Trẻ biếng ăn", "Cách giúp trẻ ăn."},
			{"eat-caps", "AN TOÀN KHI ĂN: (ĂN) CHÍN UỐNG SÔI", ""},
		}
		var writes []store.ArticleWrite
		for i, a := range arts {
			writes = append(writes, store.ArticleWrite{Article: article(a.key, a.title, a.summary, t0.Add(time.Duration(i)*time.Minute), []string{"doi-song"})})
		}
		saveOne(t, s, src.ID, writes...)
		storms := []string{"storm", "storm-caps", "storm-summary"}
		for _, tt := range []struct {
			q    string
			want []string
		}{
			{"bão", storms},
			{"BÃO", storms},
			{"Bão số 3", []string{"storm-caps"}},
			{"bao", []string{"guard", "notice", "storm", "storm-caps", "storm-summary"}},
			{"báo", []string{"notice"}},
			{"Thanh Hóa", []string{"hoa-new", "hoa-old"}},
			{"thanh hoá", []string{"hoa-new", "hoa-old"}},
			{"hoa", []string{"hoa-new", "hoa-old", "hoa-plain"}},
			{"Hoa hậu", []string{"hoa-plain"}},
			{"ăn", []string{"eat", "eat-caps", "eat-end"}},
			{"ĂN uống", []string{"eat", "eat-caps"}},
			{"an", []string{"eat", "eat-caps", "eat-end", "hard"}},
		} {
			// The same through the tag indexes (a topic in the filter).
			for _, f := range []model.Filter{{Query: tt.q}, {Query: tt.q, Topics: []string{"doi-song"}}} {
				if keys := searchKeys(t, s, f); !slices.Equal(keys, tt.want) {
					t.Errorf("q=%q topics=%v: got %v, want %v", tt.q, f.Topics, keys, tt.want)
				}
			}
		}
	})
}

// searchKeys returns the keys of the articles f selects, sorted.
func searchKeys(t *testing.T, s *store.Store, f model.Filter) []string {
	t.Helper()
	got, err := s.Articles(context.Background(), f)
	if err != nil {
		t.Fatalf("%+v: %v", f, err)
	}
	var keys []string
	for _, a := range got {
		keys = append(keys, a.Key)
	}
	slices.Sort(keys)
	return keys
}
