package app

import (
	"context"
	"encoding/csv"
	"fmt"
	"strings"
)

// alreadySubscriber is the error of `subscribers add` for an address that
// is a subscriber: it names the subscriber and its status, and, since there
// is no edit command, gives the import line that sets the topics and
// provinces the operator asked for (an import keeps the status: it does not
// bring back someone who left).
func alreadySubscriber(ctx context.Context, m *Main, email string, topics, provinces []string) error {
	shown := shownAddress(email)
	sub, err := m.Store.SubscriberByEmail(ctx, email)
	if err != nil {
		return fmt.Errorf("%s is already a subscriber (see 'bantin subscribers list')", shown)
	}
	msg := fmt.Sprintf("%s is already a subscriber (subscriber %d, %s); nothing added", shown, sub.ID, sub.Status)
	if strings.ContainsRune(email, '\'') {
		return fmt.Errorf("%s: 'bantin subscribers import' of a line EMAIL,TOPICS,PROVINCES changes its topics and provinces", msg)
	}
	var line strings.Builder
	w := csv.NewWriter(&line)
	w.Write([]string{email, strings.Join(topics, ","), strings.Join(provinces, ","), ""})
	w.Flush()
	return fmt.Errorf("%s; to give it these topics and provinces (none: all): echo '%s' | bantin subscribers import -",
		msg, strings.TrimSuffix(line.String(), "\n"))
}
