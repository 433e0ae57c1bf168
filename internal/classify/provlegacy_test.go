package classify

import (
	"slices"
	"testing"
)

// legacyVerdict is one row of i14legacy's judgments
// (testdata/classify/real/legacy_i14legacy.jsonl), keyed by the URL of a
// training-day item. Two samples share the file:
//   - s1, a former-province tag main gave (Province): "R" a reader of the
//     title and lead would tag the former province, "W" would not, "D" the
//     conventions leave it open;
//   - s2, an item whose text names a place inside a dissolved province's
//     territory: Expected holds the former provinces a reader would tag
//     (none when the name is a club, a lottery station, a person …), Given
//     those main gave; "R" they agree, "W" they do not, "D" open;
//   - fix rows, every training-day change of a rule of this branch: the
//     tags it removed (Removed, "R": rightly) or the tags it kept
//     (Expected).
type legacyVerdict struct {
	URL      string   `json:"url"`
	Day      string   `json:"day"`
	Sample   string   `json:"sample"`
	Province string   `json:"province"`
	Expected []string `json:"expected"`
	Given    []string `json:"given"`
	Removed  []string `json:"removed"`
	Verdict  string   `json:"verdict"`
	Class    string   `json:"class"`
}

// TestLegacy14Verdicts re-classifies the judged items and fails when a
// former-province tag judged right (s1 "R") or expected by a reader (s2,
// any verdict but "D") is lost, when a tag a fix rightly removed comes
// back, or when a row is malformed; it logs the
// tally of verdicts by sample. It needs the real news corpus
// (EnvRealCorpus).
func TestLegacy14Verdicts(t *testing.T) {
	verdicts, tags := judgedTags(t, "legacy_i14legacy.jsonl", func(v legacyVerdict) string { return v.URL })
	tally := map[string]map[string]int{}
	for _, v := range verdicts {
		if !slices.Contains([]string{"R", "W", "D"}, v.Verdict) || (v.Province == "") == (v.Given == nil && v.Removed == nil) {
			t.Fatalf("verdict %s (%q, province %q, given %v)", v.URL, v.Verdict, v.Province, v.Given)
		}
		if tally[v.Sample] == nil {
			tally[v.Sample] = map[string]int{}
		}
		tally[v.Sample][v.Verdict]++
		got := tags[v.URL]
		want := v.Expected
		if v.Province != "" {
			want = nil
			if v.Verdict == "R" {
				want = []string{v.Province}
			}
		} else if v.Verdict == "D" {
			want = nil
		}
		for _, p := range v.Removed {
			if slices.Contains(got, p) {
				t.Errorf("%s: %s rightly removed, back again (got %v)", v.URL, p, got)
			}
		}
		for _, p := range want {
			if !slices.Contains(got, p) {
				t.Errorf("%s: former province %s judged right, now missing (got %v)", v.URL, p, got)
			}
		}
	}
	t.Logf("i14legacy verdicts by sample: %v", tally)
}

// TestUnitWordNames covers provunitword.go: a commune named with its kind
// word after a capitalised word or a number. The sentences are written for
// the test; both wants fail on main (the commune was read as a surname's
// name and as a house number).
func TestUnitWordNames(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the commune's youth union", "Ra quân Tháng Thanh niên",
			"Tỉnh đoàn Lâm Đồng phối hợp với Đoàn xã Thuận An tổ chức lễ ra quân.", "lam-dong dak-nong"},
		{"two communes", "Hai trường nội trú vùng biên về đích",
			"Tỉnh Lâm Đồng hỗ trợ nhà thầu hoàn thành 2 dự án ở 2 xã Thuận An, Quảng Trực.", "lam-dong dak-nong"},
	}
	checkProvinces(t, c, cases, true)
}

// TestFormerClubs covers provformerclubs.go: a dissolved province's bare
// name in a sports story is its club; a place word, "(cũ)", a venue or a
// story outside sport keep it. The sentences are written for the test; the
// three club wants fail on main.
func TestFormerClubs(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a penalty not given", "Trọng tài sai khi không thổi phạt đền",
			"Trọng tài đã sai khi không cho Nam Định hưởng phạt đền trong trận thua HAGL 1-2 ở vòng 18 V-League.", ""},
		{"a bottom side that drew away", "CLB TP.HCM rơi khỏi tốp 3",
			"CLB TP.HCM bị đội áp chót Long An cầm hòa 0-0 ngay trên sân nhà ở vòng 18 giải hạng nhất.", ""},
		{"a cup exit", "Nam Định bị CLB Malaysia loại khỏi Cup CLB Đông Nam Á",
			"Thua Selangor tổng tỷ số 1-4 sau hai lượt trận, Nam Định dừng bước ở bán kết.", ""},
		{"the ground", "Công An TP.HCM thua đậm ở vòng 19 V-League",
			"Trận đấu diễn ra tối 19-4 trên sân Bình Dương.", "ho-chi-minh binh-duong"},
		{"an arena", "Ngày hội thể thao của doanh nghiệp",
			"Hơn 1.500 nhân viên tham gia ngày hội thể thao tại nhà thi đấu Hà Nam.", "ninh-binh ha-nam"},
		{"a golf course", "Golfer Malaysia thắng giải",
			"Khavish Varadan vô địch sau hố phụ thứ hai trên sân par72 thuộc Royal Long An Golf & Country Club.", "tay-ninh long-an"},
		{"a place word", "Giải bơi lội toàn quốc khai mạc",
			"Giải bơi lội các nhóm tuổi quốc gia khai mạc tại Nam Định với 500 VĐV.", "ninh-binh nam-dinh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestJointVentureNames: a joint venture's name ("Liên doanh X") is a
// firm's, as "Công ty X" is; a place word after it still counts. The
// sentences are written for the test; the first want fails on main.
func TestJointVentureNames(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a joint venture in a tax list", "Liên doanh Vũng Tàu Sunrise nợ thuế lớn nhất", "", ""},
		{"a joint venture's site", "Liên doanh khởi công nhà máy",
			"Liên doanh Việt - Nhật khởi công nhà máy tại phường Vũng Tàu.", "ho-chi-minh ba-ria-vung-tau"},
	}
	checkProvinces(t, c, cases, true)
}
