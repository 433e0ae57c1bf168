package pipeline_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"bantin/internal/classify"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/pipeline"
)

// TestPreviewErrors: Preview's error names the URL and keeps what went
// wrong for errors.Is and errors.As (a refused private address, a status,
// a cancelled context), as every error in bantin does: `bantin classify
// URL` tells the operator how to allow a private feed from it.
func TestPreviewErrors(t *testing.T) {
	gone := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	}))
	defer gone.Close()
	cls, err := classify.New(model.NewCatalog())
	if err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct {
		name         string
		ctx          context.Context
		allowPrivate bool
		is           error
		as           func(error) bool
	}{
		{"private address refused", context.Background(), false, ingest.ErrPrivateAddress, nil},
		{"status", context.Background(), true, nil, func(err error) bool {
			var se *ingest.StatusError
			return errors.As(err, &se)
		}},
		{"cancelled", cancelled, true, context.Canceled, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := pipeline.New(pipeline.Options{Fetcher: ingest.NewFetcher(ingest.Options{AllowPrivate: tc.allowPrivate}),
				Parser: ingest.NewParser(nil), Classifier: cls})
			_, _, err := p.Preview(tc.ctx, gone.URL+"/feed")
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), gone.URL+"/feed") {
				t.Errorf("error %q does not name the URL", err)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %q does not wrap %v", err, tc.is)
			}
			if tc.as != nil && !tc.as(err) {
				t.Errorf("error %q lost its type", err)
			}
		})
	}
}
