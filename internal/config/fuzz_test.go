package config

import (
	"strings"
	"testing"
)

// FuzzValidateHidesPasswords loads and validates a configuration whose
// database, SMTP and WebSub hub URLs carry a password in their user info,
// around text from the fuzzer. Load and Validate must not panic, and no
// error they return may contain a password: the operator's terminal and
// logs see these messages. (A sqlite: database is a file path, shown as
// such: what looks like a password in it is part of a folder's name.)
func FuzzValidateHidesPasswords(f *testing.F) {
	f.Add("mysql", "db.example/bantin", "smtp", "mail.example:0", "ftp", "")
	f.Add("postgres", "127.0.0.1:5432/x?sslmode=disable", "smtps", "h?tls=bogus", "https", "hub.example/")
	f.Add("sqlite:///nonexistent/x.db?u=", "x", "smtp", "@h:99999", "", "x@y/z")
	f.Add("x://y", "h", "smtp://a", "b", "ht tp", "%zz")
	const dbPW, smtpPW, hubPW = "Pw0rdXyzD", "Pw0rdXyzS", "Pw0rdXyzH"
	f.Fuzz(func(t *testing.T, dbScheme, dbRest, smtpScheme, smtpRest, hubScheme, hubRest string) {
		for _, s := range []string{dbScheme, dbRest, smtpScheme, smtpRest, hubScheme, hubRest} {
			if strings.Contains(s, "Pw0rd") || strings.Contains(s, "\x00") {
				return
			}
		}
		env := map[string]string{
			"BANTIN_DATABASE_URL": dbScheme + "://u:" + dbPW + "@" + dbRest,
			"BANTIN_SMTP_URL":     smtpScheme + "://u:" + smtpPW + "@" + smtpRest,
			"BANTIN_WEBSUB_HUB":   hubScheme + "://u:" + hubPW + "@" + hubRest,
		}
		c, err := Load(func(k string) string { return env[k] }, nil)
		if err == nil {
			err = c.Validate()
		}
		if err == nil {
			return
		}
		for _, pw := range []string{dbPW, smtpPW, hubPW} {
			if pw == dbPW && strings.HasPrefix(env["BANTIN_DATABASE_URL"], "sqlite:") {
				continue
			}
			if strings.Contains(err.Error(), pw) {
				t.Fatalf("the error shows the password %s:\n%v", pw, err)
			}
		}
	})
}
