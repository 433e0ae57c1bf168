package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"bantin/internal/model"
	"bantin/internal/store/storetest"
)

// BenchmarkSubscribeAnswer times the answer to POST /subscribe (what a
// client can measure) for a new address and for an active subscriber's,
// on SQLite; the recording that follows the answer is not timed. Equal
// figures mean the answer tells nothing about who is subscribed
// (BENCHMARKS.md). The "+record" runs time the recording too: what a
// client measured when the answer waited for it (before issue 10).
func BenchmarkSubscribeAnswer(b *testing.B) {
	for _, kind := range []string{"new", "active", "new+record", "active+record"} {
		b.Run(kind, func(b *testing.B) {
			f := newSubFixture(b, storetest.OpenSQLite(b))
			if err := f.st.AddSubscriber(context.Background(), &model.Subscriber{Email: "ban@example.com", Status: model.StatusActive}); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := range b.N {
				addr := "ban@example.com"
				if strings.HasPrefix(kind, "new") {
					addr = fmt.Sprintf("moi%d@example.com", i)
				}
				r := httptest.NewRequest(http.MethodPost, "/subscribe", strings.NewReader(form(addr).Encode()))
				r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				r.RemoteAddr = fmt.Sprintf("10.%d.%d.%d:5555", i>>16&255, i>>8&255, i&255)
				w := httptest.NewRecorder()
				f.srv.Handler().ServeHTTP(w, r)
				if w.Code != http.StatusOK {
					b.Fatalf("%d", w.Code)
				}
				if strings.HasSuffix(kind, "+record") {
					f.subs.Wait()
					continue
				}
				b.StopTimer()
				f.subs.Wait() // the background recording, untimed
				b.StartTimer()
			}
		})
	}
}
