package pipeline

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
	"testing"

	"bantin/internal/model"
)

// TestStoreFailureKind: a feed that could not be stored is recorded as
// bantin's own failure (KindStore), whatever network error the database
// driver wraps — a refused or reset database connection is not the
// newspaper's server refusing one — and a redirect onto another source's
// URL keeps its own kind.
func TestStoreFailureKind(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
	for _, tt := range []struct {
		name string
		err  error
		want model.FetchErrorKind
	}{
		{"database refused", fmt.Errorf("store: save fetch: %w", refused), model.KindStore},
		{"database reset", fmt.Errorf("store: save fetch: %w", syscall.ECONNRESET), model.KindStore},
		{"other", errors.New("store: save fetch: disk full"), model.KindStore},
		{"moved onto another source", movedOntoError{"moved permanently to …", model.ErrConflict}, model.KindMovedOnto},
	} {
		if got := storeFailureKind(tt.err); got != tt.want {
			t.Errorf("%s: storeFailureKind = %q, want %q", tt.name, got, tt.want)
		}
	}
}
