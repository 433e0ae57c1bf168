// Package digest is bantin's weekly email digest service (DESIGN §6): ISO
// week periods in the digest zone and their schedule, runs (one row per
// subscriber and week), claims with leases, ranking of the week's stories
// (the one owner of it: mailer shows what it is given), rendering through
// mailer, delivery with retries and bounces, the exactly-once marks, and the
// "view in browser" archive. internal/schedule calls Tick on a clock;
// nothing but internal/app imports this package.
package digest
