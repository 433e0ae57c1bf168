package app

import (
	"context"
	"errors"
	"fmt"

	"bantin/internal/model"
	"bantin/internal/pipeline"
)

func runFetch(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("[--all | --source ID]")
	all := fs.Bool("all", false, "fetch every active source, due or not")
	id := fs.Int64("source", 0, "fetch only this source ID")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 || (*all && *id != 0) {
		return usageError("fetch takes --all or --source ID, and no arguments")
	}
	m, err := env.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	p := newProgress(env.Stderr) // reports each source instead of the log
	sum, err := m.Pipeline.RunOnce(ctx, pipeline.RunOptions{All: *all, SourceID: *id,
		Progress: func(src model.Source, r pipeline.SourceResult) { p.step(describeFetch(src, r)) }})
	p.finish()
	if errors.Is(err, model.ErrNotFound) {
		return fmt.Errorf("no active source with ID %d (see 'bantin sources list')", *id)
	}
	if errors.Is(err, model.ErrLeaseLost) {
		return fmt.Errorf("source %d is being fetched by another bantin process right now; try again in a few minutes", *id)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "sources: %d, fetched: %d, not modified: %d, failed: %d, new articles: %d, updated: %d\n",
		sum.Sources, sum.Fetched, sum.NotModified, sum.Failed, sum.New, sum.Updated)
	if sum.Sources == 0 && *id == 0 && !*all {
		fmt.Fprintln(env.Stdout, "no source was due; 'bantin fetch --all' fetches every source now")
	}
	return nil
}

func describeFetch(src model.Source, r pipeline.SourceResult) string {
	switch {
	case r.Err != nil:
		return fmt.Sprintf("failed   %s: %v", src.URL, r.Err)
	case r.NotModified:
		return fmt.Sprintf("304      %s", src.URL)
	}
	return fmt.Sprintf("fetched  %s: %d new, %d updated (%d ms)", src.URL, r.New, r.Updated, r.Duration.Milliseconds())
}
