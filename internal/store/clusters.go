package store

import (
	"cmp"
	"context"
	"maps"
	"slices"

	"github.com/uptrace/bun"
)

// SetClusters moves articles to story clusters (article id → cluster id)
// in one transaction and bumps the content version when any row changed.
// Ids that name no article are ignored. It returns the store error.
func (s *Store) SetClusters(ctx context.Context, clusters map[int64]int64) error {
	if len(clusters) == 0 {
		return nil
	}
	byCluster := map[int64][]int64{}
	for id, cid := range clusters {
		byCluster[cid] = append(byCluster[cid], id)
	}
	cids := slices.Sorted(maps.Keys(byCluster))
	return s.wdb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		changed := int64(0)
		for _, cid := range cids {
			ids := byCluster[cid]
			slices.SortFunc(ids, cmp.Compare)
			res, err := tx.NewRaw("UPDATE articles SET cluster_id = ? WHERE id IN (?) AND cluster_id <> ?",
				cid, bun.List(ids), cid).Exec(ctx)
			if err != nil {
				return mapErr("store: set clusters", err)
			}
			n, _ := res.RowsAffected()
			changed += n
		}
		if changed == 0 {
			return nil
		}
		return bumpVersion(ctx, tx)
	})
}

// SetSignatures replaces the story signatures of the given articles (id →
// encoded signature), in one transaction: `bantin reclassify` refreshes
// them when the signature scheme changed, so that recent articles stay
// comparable with new ones. Unknown ids are ignored. It returns the
// database error, mapped.
func (s *Store) SetSignatures(ctx context.Context, sigs map[int64][]byte) error {
	if len(sigs) == 0 {
		return nil
	}
	ids := slices.Sorted(maps.Keys(sigs))
	return s.wdb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		for _, id := range ids {
			if _, err := tx.NewRaw("UPDATE articles SET signature = ? WHERE id = ?", sigs[id], id).Exec(ctx); err != nil {
				return mapErr("store: set signatures", err)
			}
		}
		return nil
	})
}
