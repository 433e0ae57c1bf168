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
	r, err := m.Pipeline.Reclassify(ctx, func(done int) { p.step("re-tagged " + count(done, "article", "articles")) })
	p.finish()
	if interruptedBy(ctx, err) {
		return fmt.Errorf("interrupted: %s re-tagged and saved (topics or provinces changed on %d, the primary topic on %d); "+
			"run 'bantin reclassify' again to finish (it goes over every article again)", count(r.Articles, "article", "articles"), r.Changed, r.Primary)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "re-tagged %s; topics or provinces changed on %d, the primary topic on %d\n",
		count(r.Articles, "article", "articles"), r.Changed, r.Primary)
	return nil
}
