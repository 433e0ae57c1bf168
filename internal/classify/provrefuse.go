package classify

// markWhere returns the indices of the mentions of ms that mark reports,
// as the marks refuseUnnamed and refuseMarked take: nil (no allocation)
// when there are none, as for nearly every article.
func markWhere(ms []mention, mark func(mt *mention) bool) map[int]bool {
	var marks map[int]bool
	for i := range ms {
		if !mark(&ms[i]) {
			continue
		}
		if marks == nil {
			marks = map[int]bool{}
		}
		marks[i] = true
	}
	return marks
}

// refuseUnnamed refuses, among ms, the marked mentions (marks: indices of
// ms) of a province that no unmarked kept mention names; why gives the
// refusal's reason for mention i. marks may be nil. Unlike refuseMarked it
// asks for no other province in the title or after a place word.
func refuseUnnamed(ms []mention, marks map[int]bool, why func(i int) string) {
	if len(marks) == 0 {
		return
	}
	named := map[string]bool{}
	for i := range ms {
		if ms[i].dropped == "" && !marks[i] {
			named[ms[i].province] = true
		}
	}
	for i := range ms {
		if marks[i] && !named[ms[i].province] {
			ms[i].dropped = why(i)
		}
	}
}
