package app

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"bantin/internal/model"
)

// sourcesList is `bantin sources list`: every source's health, one line
// each, the last error with its recorded kind.
func sourcesList(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("list")
	m, err := env.parseAndOpen(ctx, fs, args)
	if err != nil {
		return err
	}
	defer m.Close()
	srcs, err := m.Store.Sources(ctx)
	if err != nil {
		return err
	}
	if len(srcs) == 0 {
		fmt.Fprintln(env.Stdout, noSourcesHint)
		return nil
	}
	loc := m.Config.Location()
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATE\tFAILS\tHTTP\tLAST FETCH\tNEXT FETCH\tNAME\tTOPICS\tPROVINCE\tURL\tERROR KIND\tLAST ERROR")
	for _, s := range srcs {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s.ID, sourceState(s), s.ConsecutiveFailures,
			statusText(s.LastStatus), when(s.LastFetchedAt, loc), when(s.NextFetchAt, loc), dash(s.Name),
			dash(strings.Join(s.DefaultTopics, ",")), dash(s.HomeProvince), s.URL, dash(string(s.LastErrorKind)), dash(s.LastError))
	}
	return tw.Flush()
}

func sourceState(s model.Source) string {
	switch {
	case s.Retired():
		return "retired"
	case s.LastFetchedAt.IsZero():
		return "new"
	case s.ConsecutiveFailures > 0:
		return "failing"
	case s.LastError != "": // read, but only up to a break in its XML
		return "partial"
	}
	return "ok"
}

func statusText(code int) string {
	if code == 0 {
		return "-"
	}
	return strconv.Itoa(code)
}

// when formats t for a listing in loc (BANTIN_TIMEZONE), with the zone:
// "2026-11-20 10:00 +07".
func when(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return "-"
	}
	return t.In(loc).Format("2006-01-02 15:04 -07")
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
