package mailer

import (
	"bytes"
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/emersion/go-msgauth/dkim"
)

// dkimKey returns a PEM private key and the DNS TXT record of its public key.
func dkimKey(t *testing.T, kind string) (pemKey []byte, record string) {
	t.Helper()
	switch kind {
	case "rsa":
		k, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			t.Fatal(err)
		}
		pub, err := x509.MarshalPKIXPublicKey(&k.PublicKey)
		if err != nil {
			t.Fatal(err)
		}
		return pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(k)}),
			"v=DKIM1; k=rsa; p=" + base64.StdEncoding.EncodeToString(pub)
	default:
		pub, k, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		der, err := x509.MarshalPKCS8PrivateKey(k)
		if err != nil {
			t.Fatal(err)
		}
		return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}),
			"v=DKIM1; k=ed25519; p=" + base64.StdEncoding.EncodeToString(pub)
	}
}

func TestDKIMSignatureVerifies(t *testing.T) {
	var cases []dkimCase
	for _, kind := range []string{"rsa", "ed25519"} {
		pemKey, record := dkimKey(t, kind)
		signer, err := ParseDKIMKey(pemKey)
		if err != nil {
			t.Fatal(err)
		}
		r := newTestRenderer(t, func(o *Options) {
			o.DKIM = &DKIMOptions{Domain: "bantin.example", Selector: "bt2026", Signer: signer}
		})
		digest, err := r.RenderDigest(sampleDigest())
		if err != nil {
			t.Fatal(err)
		}
		confirm, err := r.RenderConfirmation(Confirmation{Address: "a@example.com", Key: "confirm-1",
			ConfirmURL: "https://bantin.example/confirm?t=1"})
		if err != nil {
			t.Fatal(err)
		}
		for name, raw := range map[string][]byte{kind + " digest": digest.Raw, kind + " confirm": confirm.Raw} {
			verifyGo(t, name, raw, "bt2026._domainkey.bantin.example", record)
			tampered := bytes.Replace(raw, []byte("To: <"), []byte("To: <x"), 1)
			vs, err := dkim.VerifyWithOptions(bytes.NewReader(tampered), &dkim.VerifyOptions{
				LookupTXT: func(string) ([]string, error) { return []string{record}, nil }})
			if err != nil || len(vs) != 1 || vs[0].Err == nil {
				t.Errorf("%s: tampered To still verifies (%v)", name, err)
			}
			cases = append(cases, dkimCase{name, raw, record, true}, dkimCase{name + " tampered", tampered, record, false})
		}
	}
	// A subtest of its own, so that without dkimpy it is reported as
	// skipped rather than counted as a pass.
	t.Run("dkimpy", func(t *testing.T) { verifyPython(t, cases) })
}

// verifyGo checks the signature with go-msgauth and a fake DNS lookup.
func verifyGo(t *testing.T, name string, raw []byte, dnsName, record string) {
	t.Helper()
	vs, err := dkim.VerifyWithOptions(bytes.NewReader(raw), &dkim.VerifyOptions{
		LookupTXT: func(domain string) ([]string, error) {
			if domain != dnsName {
				return nil, errors.New("no such record: " + domain)
			}
			return []string{record}, nil
		},
	})
	if err != nil || len(vs) != 1 {
		t.Fatalf("%s: verify: %v (%d signatures)", name, err, len(vs))
	}
	if vs[0].Err != nil {
		t.Fatalf("%s: signature does not verify: %v", name, vs[0].Err)
	}
	if vs[0].Domain != "bantin.example" {
		t.Errorf("%s: d=%q", name, vs[0].Domain)
	}
	signed := strings.ToLower(strings.Join(vs[0].HeaderKeys, ":"))
	for _, h := range dkimHeaders {
		if !slices.Contains(strings.Split(signed, ":"), strings.ToLower(h)) {
			t.Errorf("%s: header %s not signed (h=%s)", name, h, signed)
		}
	}
	if !bytes.Contains(raw, []byte("c=relaxed/relaxed")) {
		t.Errorf("%s: not relaxed/relaxed", name)
	}
}

type dkimCase struct {
	name   string
	raw    []byte
	record string
	wantOK bool
}

// verifyPython checks the signatures with dkimpy (Debian python3-dkim, the
// library behind dkimverify) in one process, answering its DNS queries with
// each case's record. It is skipped only when that library is missing.
func verifyPython(t *testing.T, cases []dkimCase) {
	t.Helper()
	py := "/usr/bin/python3"
	if exec.Command(py, "-c", "import dkim").Run() != nil {
		t.Skip("python3-dkim is not installed (apt-get install python3-dkim): the independent DKIM verification does not run")
	}
	const script = `import sys, json, base64, dkim
for c in json.load(sys.stdin):
    rec = c["record"].encode()
    ok = dkim.verify(base64.b64decode(c["raw"]), dnsfunc=lambda name, timeout=5: rec)
    print("1" if ok else "0")`
	type jcase struct {
		Raw    []byte `json:"raw"`
		Record string `json:"record"`
	}
	var in []jcase
	for _, c := range cases {
		in = append(in, jcase{c.raw, c.record})
	}
	js, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = bytes.NewReader(js)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("run dkimpy: %v", err)
	}
	got := strings.Fields(string(out))
	if len(got) != len(cases) {
		t.Fatalf("dkimpy answered %q for %d cases", out, len(cases))
	}
	for i, c := range cases {
		if (got[i] == "1") != c.wantOK {
			t.Errorf("%s: dkimpy verified=%s, want %v", c.name, got[i], c.wantOK)
		}
	}
}

func TestParseDKIMKeyRejects(t *testing.T) {
	ecPEM := pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: []byte{1}})
	for name, in := range map[string][]byte{"empty": nil, "garbage": []byte("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"), "ec": ecPEM} {
		if _, err := ParseDKIMKey(in); !errors.Is(err, ErrDKIM) {
			t.Errorf("%s: %v, want ErrDKIM", name, err)
		}
	}
	var s crypto.Signer
	if err := (&DKIMOptions{Domain: "x", Selector: "y", Signer: s}).check(); !errors.Is(err, ErrDKIM) {
		t.Errorf("nil signer: %v", err)
	}
}
