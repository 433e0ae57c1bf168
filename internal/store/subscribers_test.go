package store_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

func TestRequestSubscriptionCooldown(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		const addr = "ban@example.com"
		sub, send, err := s.RequestSubscription(ctx, addr, []string{"kinh-te"}, nil, t0, time.Hour)
		if err != nil || !send || sub.Status != model.StatusPending || sub.ID == 0 {
			t.Fatalf("first request: %+v send=%v err=%v", sub, send, err)
		}
		if _, send, _ := s.RequestSubscription(ctx, addr, []string{"y-te"}, nil, t0.Add(30*time.Minute), time.Hour); send {
			t.Fatal("second request within the cooldown sends again")
		}
		sub, send, _ = s.RequestSubscription(ctx, addr, []string{"y-te"}, []string{"ha-noi"}, t0.Add(time.Hour), time.Hour)
		if !send || !slices.Equal(sub.Topics, []string{"y-te"}) || !slices.Equal(sub.Provinces, []string{"ha-noi"}) {
			t.Fatalf("after cooldown: %+v send=%v", sub, send)
		}
		if got, err := s.ConfirmSubscriber(ctx, sub.ID, t0.Add(2*time.Hour)); err != nil || got.Status != model.StatusActive {
			t.Fatalf("confirm: %+v %v", got, err)
		}
		// An active address keeps its filters and gets no mail, whoever asks.
		sub, send, _ = s.RequestSubscription(ctx, addr, []string{"the-thao"}, nil, t0.Add(5*time.Hour), time.Hour)
		if send || sub.Status != model.StatusActive || !slices.Equal(sub.Topics, []string{"y-te"}) {
			t.Fatalf("request for active: %+v send=%v", sub, send)
		}
		// Unsubscribed: a new request starts double opt-in again.
		if err := s.SetSubscriberStatus(ctx, sub.ID, model.StatusUnsubscribed); err != nil {
			t.Fatal(err)
		}
		sub, send, _ = s.RequestSubscription(ctx, addr, nil, nil, t0.Add(6*time.Hour), time.Hour)
		if !send || sub.Status != model.StatusPending {
			t.Fatalf("resubscribe: %+v send=%v", sub, send)
		}
	})
}

func TestSubscriberCRUD(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		a := &model.Subscriber{Email: "a@example.com", Status: model.StatusActive, Topics: []string{"kinh-te"}}
		if err := s.AddSubscriber(ctx, a); err != nil {
			t.Fatal(err)
		}
		if err := s.AddSubscriber(ctx, &model.Subscriber{Email: "a@example.com"}); !errors.Is(err, model.ErrConflict) {
			t.Fatalf("duplicate: %v", err)
		}
		s.AddSubscriber(ctx, &model.Subscriber{Email: "b@example.com"})
		if err := s.SetSubscriberFilters(ctx, a.ID, nil, []string{"hue", "bac-kan"}); err != nil {
			t.Fatal(err)
		}
		got, _ := s.SubscriberByEmail(ctx, "a@example.com")
		if len(got.Topics) != 0 || !slices.Equal(got.Provinces, []string{"hue", "bac-kan"}) {
			t.Fatalf("filters %+v", got)
		}
		if act, _ := s.Subscribers(ctx, model.StatusActive); len(act) != 1 {
			t.Fatalf("active = %d, want 1", len(act))
		}
		if all, _ := s.Subscribers(ctx, ""); len(all) != 2 {
			t.Fatalf("all = %d, want 2", len(all))
		}
		if err := s.RemoveSubscriber(ctx, a.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Subscriber(ctx, a.ID); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("removed: %v", err)
		}
		if err := s.SetSubscriberStatus(ctx, a.ID, model.StatusActive); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("status of removed: %v", err)
		}
	})
}
