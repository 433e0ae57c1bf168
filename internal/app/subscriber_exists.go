package app

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"strings"

	"bantin/internal/model"
)

// alreadySubscriber is the error of `subscribers add` for an address that
// is a subscriber: it names the subscriber and its status, and, since there
// is no edit command, gives the import line that sets the topics and
// provinces the operator asked for (an import keeps the status: it does not
// bring back someone who left). A failing look-up is returned as itself
// (wrapped), so an interrupt reads "interrupted" and a store failure is not
// passed off as the address being taken; only a subscriber gone since the
// conflict (model.ErrNotFound) gets the plain message.
func alreadySubscriber(ctx context.Context, m *Main, email string, topics, provinces []string) error {
	shown := shownAddress(email)
	sub, err := m.Store.SubscriberByEmail(ctx, email)
	if errors.Is(err, model.ErrNotFound) {
		return fmt.Errorf("%s is already a subscriber (see 'bantin subscribers list')", shown)
	}
	if err != nil {
		return fmt.Errorf("%s was not added; looking it up: %w", shown, err)
	}
	msg := fmt.Sprintf("%s is already a subscriber (subscriber %d, %s); nothing added", shown, sub.ID, sub.Status)
	line, err := importLine(email, topics, provinces)
	if err != nil || strings.ContainsRune(email, '\'') {
		return fmt.Errorf("%s: 'bantin subscribers import' of a line EMAIL,TOPICS,PROVINCES changes its topics and provinces", msg)
	}
	return fmt.Errorf("%s; to give it these topics and provinces (none: all): echo '%s' | bantin subscribers import -",
		msg, line)
}

// importLine is the CSV line (no newline) of `subscribers import` that
// gives email these topics and provinces and keeps its status.
func importLine(email string, topics, provinces []string) (string, error) {
	var line strings.Builder
	w := csv.NewWriter(&line)
	if err := w.Write([]string{email, strings.Join(topics, ","), strings.Join(provinces, ","), ""}); err != nil {
		return "", fmt.Errorf("import line: %w", err)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return "", fmt.Errorf("import line: %w", err)
	}
	return strings.TrimSuffix(line.String(), "\n"), nil
}
