// Command bantin reads Vietnamese news feeds, tags articles with topics and
// provinces, republishes filtered feeds and mails weekly digests.
// See README.md, or run 'bantin help'.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	_ "time/tzdata" // Asia/Ho_Chi_Minh on machines without zoneinfo

	"bantin/internal/app"
)

func main() {
	// SIGINT or SIGTERM stops bantin gracefully (see BANTIN_SHUTDOWN_GRACE);
	// a second one kills it at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	context.AfterFunc(ctx, stop)
	code := app.Run(ctx, os.Args[1:], app.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, StdLog: true})
	stop()
	os.Exit(code)
}
