package classify

// pairReach compares the pairs of batch published within ClusterWindow
// of each other one by one, without the index's assignment and linkage:
// how many of the same-event pairs (groups, "" a group of its own) there
// are, how many of them reach their pair threshold (matchThreshold), and
// how many pairs of different events do. It tells what a change of the
// signatures or thresholds does apart from the greedy assignment.
func pairReach(batch []Member, groups []string) (same, reached, other int) {
	for i := range batch {
		for j := i + 1; j < len(batch); j++ {
			a, b := &batch[i], &batch[j]
			if d := a.Published.Sub(b.Published).Abs(); d > ClusterWindow {
				continue
			}
			ok := similarity(&a.Sig, &b.Sig) >= matchThreshold(&a.Sig, &b.Sig, a.Published.UnixNano(), b.Published.UnixNano())
			switch {
			case groups[i] != "" && groups[i] == groups[j]:
				same++
				if ok {
					reached++
				}
			case ok:
				other++
			}
		}
	}
	return same, reached, other
}

// pairwise counts the pairs of clusters against labelled groups ("" is
// a group of its own): same-event pairs clustered together (tp), other
// pairs clustered together (fp), same-event pairs apart (fn).
func pairwise(cluster []int64, groups []string) tagCounts {
	var tp, fp, fn int
	for i := range cluster {
		for j := i + 1; j < len(cluster); j++ {
			same := groups[i] != "" && groups[i] == groups[j]
			got := cluster[i] == cluster[j]
			switch {
			case same && got:
				tp++
			case got:
				fp++
			case same:
				fn++
			}
		}
	}
	return tagCounts{tp, fp, fn}
}
