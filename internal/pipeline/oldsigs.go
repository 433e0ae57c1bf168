package pipeline

import (
	"context"
	"time"

	"bantin/internal/classify"
	"bantin/internal/store"
)

// OlderSignatures counts the articles that story clustering leaves out
// because an older release signed them: those published within the
// cluster index's window before now whose stored signature this release
// cannot read (a changed signature scheme). `bantin reclassify` re-signs
// them; until then their stories gather no new reports. Articles with no
// signature are not counted (they were never clustered).
func OlderSignatures(ctx context.Context, st *store.Store, now time.Time) (int, error) {
	rows, err := st.RecentSignatures(ctx, 0, now.Add(-indexWindow))
	if err != nil {
		return 0, err
	}
	n := 0
	for _, r := range rows {
		var sig classify.Signature
		if len(r.Signature) > 0 && sig.UnmarshalBinary(r.Signature) != nil {
			n++
		}
	}
	return n, nil
}
