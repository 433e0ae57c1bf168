package model

import (
	"crypto/sha1"
	"encoding/hex"
)

// itemIDSpace is the name space of bantin's item ids (a random UUID fixed
// once): RFC 9562 name-based ids under it never collide with other
// publishers' UUIDs.
var itemIDSpace = [16]byte{0x6f, 0x1c, 0x9e, 0x52, 0x3d, 0x2b, 0x4a, 0x87, 0x9b, 0x10, 0x5e, 0xc4, 0x21, 0xd8, 0x73, 0x0a}

// ItemID is the permanent id bantin publishes for the article stored under
// key (see Article.Key) from the feed at sourceURL: a name-based UUID
// (version 5) as a urn:uuid URI. It depends on neither bantin's public
// host nor database row ids, so moving the service or rebuilding its
// database from the same upstreams keeps every id.
func ItemID(sourceURL, key string) string {
	h := sha1.New()
	h.Write(itemIDSpace[:])
	h.Write([]byte(sourceURL))
	h.Write([]byte{'\n'})
	h.Write([]byte(key))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 9562 variant
	x := hex.EncodeToString(u[:])
	return "urn:uuid:" + x[:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:]
}
