package classify

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
