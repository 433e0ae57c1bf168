package classify

// Students named with their school (issue 9, real news; the labels'
// convention: a university's or a school's province counts for its own
// news, "not for a student's project"). One student named with the school
// — "chàng sinh viên Đại học Đà Nẵng đã chế tạo …", "Lê Văn A, sinh viên
// Trường ĐH X (TP.HCM), vừa giành giải …", "nữ sinh viên Trường ĐH Y (ĐH
// Quốc gia TP.HCM) là một trong ba gương mặt …" — is a profile of that
// student or their project: the school's city is where they study, not
// where the story happens. Students as a group ("sinh viên Trường ĐH X
// tham gia …", "hơn 1.000 sinh viên …") are left alone: the school's
// event is its news; so is a school placed by "ở" or "tại" ("một học sinh
// Trường THPT X ở Đà Lạt").

// studentRoles name a student, a former student or a top graduate
// (i12prov18: "A, thủ khoa tốt nghiệp Trường ĐH X (ĐH Quốc gia TP.HCM)")
// right before their school.
var studentRoles = []string{"sinh viên", "học sinh", "nghiên cứu sinh", "thủ khoa", "thủ khoa tốt nghiệp", "cựu sinh viên", "tân sinh viên", "học viên"}

// oneStudent are the words before a role that make it one student:
// "chàng sinh viên", "nữ sinh viên", "một học sinh".
var oneStudent = map[string]bool{"chang": true, "nu": true, "nam": true, "cau": true, "mot": true, "co": true}

// studentBefore reports one student right before the institution starting
// at toks[k], whose name runs to the place at toks[end] with no "ở" or
// "tại" between: the role after a singular word ("chàng sinh viên
// Trường …") or in apposition after a name ("A, sinh viên Trường …", "A,
// học sinh lớp 11 Trường …": a class may stand between role and school).
func (m *provMatcher) studentBefore(toks []token, k, end int) bool {
	for i := k; i < end; i++ {
		if wordIs(toks, i, "o", "ở") || wordIs(toks, i, "tai", "tại") {
			return false
		}
	}
	j := k - 1
	if j >= 1 && joinable(toks, k) && isDigits(toks[j].text) && joinable(toks, j) && wordIs(toks, j-1, "lop", "lớp") {
		j -= 2 // "học sinh lớp 11 Trường …"
	}
	if j < 0 || !joinable(toks, j+1) {
		return false
	}
	for _, ks := range m.students {
		at := j - len(ks) + 1
		if at < 1 || !phraseAt(toks, at, ks) {
			continue
		}
		if toks[at].gap == ", " && toks[at-1].upper {
			return true // "A, sinh viên Trường …"
		}
		return joinable(toks, at) && oneStudent[toks[at-1].fold] && !toks[at-1].upper
	}
	return false
}

// graduateBefore reports a degree right before the institution at toks[k]:
// "Tốt nghiệp Trường ĐH Kinh tế Đà Nẵng, A đã …", "anh tốt nghiệp ĐH
// Bách khoa Hà Nội" name where a person studied; not a ceremony or an
// exam ("lễ tốt nghiệp Trường X", "thi tốt nghiệp").
func graduateBefore(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && joinable(toks, k) && wordIs(toks, j, "tu", "từ") {
		j--
	}
	if j < 1 || !joinable(toks, j+1) || !joinable(toks, j) || !wordIs(toks, j, "nghiep", "nghiệp") || !wordIs(toks, j-1, "tot", "tốt") {
		return false
	}
	at := j - 1
	return at == 0 || !joinable(toks, at) || !wordIs(toks, at-1, "le", "lễ") && !wordIs(toks, at-1, "thi", "thi") && !wordIs(toks, at-1, "buoi", "buổi")
}
