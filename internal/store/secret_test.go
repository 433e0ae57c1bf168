package store_test

import (
	"context"
	"strings"
	"testing"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestSecretNotHex: a stored secret that is not hex (edited by hand) is an
// error naming the meta key, not bytes of a wrong key.
func TestSecretNotHex(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		if ok, err := s.SetOnce(ctx, "secret", "not hex at all"); err != nil || !ok {
			t.Fatalf("SetOnce: %v %v", ok, err)
		}
		if key, err := s.Secret(ctx); err == nil || !strings.Contains(err.Error(), "meta key 'secret'") {
			t.Errorf("Secret = %x, %v; want an error naming the meta key", key, err)
		}
	})
}
