// Package templates embeds bantin's HTML page and email templates.
//
// FS holds two folders: pages/ (internal/web) and email/ (mailer). Operators
// may override either by pointing the configuration at a folder with the
// same layout; callers take an fs.FS so that both work the same way.
package templates

import "embed"

// FS is the embedded template tree: pages/*.html, email/*, static/*
// (stylesheets, scripts and icons the pages link to) and embed/*.js, the
// parts of the widget's script, served joined as /embed.js.
//
//go:embed pages email static embed
var FS embed.FS
