package app

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"strings"
)

// mimeBodies returns the decoded text/plain and text/html parts of a
// multipart/alternative message.
func mimeBodies(raw []byte) (text, html string, err error) {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return "", "", err
	}
	_, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return "", "", err
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextPart() // decodes quoted-printable
		if err == io.EOF {
			return text, html, nil
		}
		if err != nil {
			return "", "", err
		}
		b, err := io.ReadAll(p)
		if err != nil {
			return "", "", err
		}
		if ct := p.Header.Get("Content-Type"); strings.HasPrefix(ct, "text/html") {
			html = string(b)
		} else if strings.HasPrefix(ct, "text/plain") {
			text = string(b)
		}
	}
}
