package app

import (
	"context"
	"fmt"

	"time"

	"bantin/internal/ingest"
	"bantin/internal/pipeline"
	"bantin/internal/store"
)

// runMigrate creates or upgrades the schema and says what it applied, and
// names `bantin reclassify` when recent articles carry story signatures of
// an older release (a release may change them with no migration at all).
// It opens only the database: nothing else of bantin is needed to migrate.
func runMigrate(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("[flags]")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("migrate takes no arguments, got %q", fs.Args())
	}
	cfg, err := loadConfig(env)
	if err != nil {
		return err
	}
	log, err := newLogger(env.Stderr, cfg)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, cfg.DatabaseURL, log)
	if err != nil {
		return fmt.Errorf("%w\n(check BANTIN_DATABASE_URL / --database-url)", err)
	}
	defer st.Close()
	applied, err := st.Migrate(ctx)
	for _, id := range applied {
		fmt.Fprintf(env.Stdout, "applied %s\n", id)
	}
	if err != nil {
		return err
	}
	n, err := st.BackfillOutlets(ctx, ingest.Outlet)
	if err != nil {
		return err
	}
	if n > 0 {
		fmt.Fprintf(env.Stdout, "outlets of %s filled in\n", count(n, "stored article", "stored articles"))
	}
	if n, err = st.LinkUnlinked(ctx, ingest.CanonicalURL, 0); err != nil {
		return err
	} else if n > 0 {
		fmt.Fprintf(env.Stdout, "%s an older bantin stored linked to %s\n", count(n, "row", "rows"), plural(n, "its article", "their articles"))
	}
	switch len(applied) {
	case 0:
		fmt.Fprintf(env.Stdout, "database (%s) is up to date\n", st.Engine())
	case 1:
		fmt.Fprintf(env.Stdout, "database (%s) is up to date: 1 migration applied\n", st.Engine())
	default:
		fmt.Fprintf(env.Stdout, "database (%s) is up to date: %d migrations applied\n", st.Engine(), len(applied))
	}
	return reportOlderSignatures(ctx, env, st)
}

// reportOlderSignatures tells the operator upgrading that recent articles
// were signed by an older release, and what to run: until `bantin
// reclassify` re-signs them, serve and fetch leave them out of story
// clustering (README, Upgrades and rollbacks).
func reportOlderSignatures(ctx context.Context, env *cmdEnv, st *store.Store) error {
	n, err := pipeline.OlderSignatures(ctx, st, time.Now())
	if err != nil || n == 0 {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s of the last eight days %s story signatures of an older release: "+
		"run 'bantin reclassify' once (it may run beside serve), else new reports of %s stories start stories of their own\n",
		count(n, "article", "articles"), plural(n, "has", "have"), plural(n, "its", "their"))
	return nil
}
