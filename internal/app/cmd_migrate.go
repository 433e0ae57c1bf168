package app

import (
	"context"
	"fmt"
)

func runMigrate(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("[flags]")
	m, err := env.parseAndOpen(ctx, fs, args)
	if err != nil {
		return err
	}
	defer m.Close()
	fmt.Fprintf(env.Stdout, "database (%s) is up to date\n", m.Store.Engine())
	return nil
}
