package app

import (
	"context"
	"fmt"
)

func runReclassify(ctx context.Context, env *cmdEnv, args []string) error {
	fs := env.flagSet("[flags]")
	m, err := env.parseAndOpen(ctx, fs, args)
	if err != nil {
		return err
	}
	defer m.Close()
	p := newProgress(env.Stderr)
	r, err := m.Pipeline.Reclassify(ctx, func(done int) { p.step(fmt.Sprintf("re-tagged %d articles", done)) })
	p.finish()
	if interruptedBy(ctx, err) {
		return fmt.Errorf("interrupted: %d articles re-tagged and saved (topics or provinces changed on %d, the primary topic on %d); "+
			"run 'bantin reclassify' again to finish (it goes over every article again)", r.Articles, r.Changed, r.Primary)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "re-tagged %d articles; topics or provinces changed on %d, the primary topic on %d\n",
		r.Articles, r.Changed, r.Primary)
	return nil
}
