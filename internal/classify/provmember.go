package classify

import "strings"

// Member schools (issue 9, real news; i12prov18): a school of a national
// university is named with its parent after it — "Trường ĐH Khoa học tự
// nhiên (ĐH Quốc gia TP.HCM)", "Trường Phổ thông Năng khiếu (ĐHQG
// TP.HCM)", "Trường ĐH Bách khoa, ĐH Quốc gia TP.HCM" — so the place ends
// the parent's name while the student or the expert stands before the
// member's. affiliations reads them at the member's name, as for any
// other institution.

// parentUniversities open a parent university's name.
var parentUniversities = []string{"ĐH", "ĐHQG", "đại học"}

// memberSchool returns where the member school's name starts when the
// institution whose name starts at toks[k] is a university written right
// after another institution's name, in parentheses or after a comma or a
// dash; -1 when it is not, or when no institution's name precedes it.
func (m *provMatcher) memberSchool(toks []token, k int) int {
	if k <= 0 || toks[k].first {
		return -1
	}
	if g := strings.TrimSpace(toks[k].gap); g != "(" && g != "," && g != "-" && g != "–" {
		return -1
	}
	for _, ks := range m.parents {
		if phraseAt(toks, k, ks) {
			return m.institutionStart(toks, k)
		}
	}
	return -1
}
