package app

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestOwnerDead: this process's own lease name is alive; the name of a
// process that has exited, or of this pid started at another time, or
// written before a reboot, is dead; names from another host, or in an
// unknown form, are never judged dead.
func TestOwnerDead(t *testing.T) {
	me := processOwner()
	if ownerDead(me) || ownerDead(me+"/digest") {
		t.Fatalf("own name %q judged dead", me)
	}
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("cannot run a child process:", err)
	}
	host, _ := os.Hostname()
	f := strings.Split(me, "/")
	exited := fmt.Sprintf("%s/%d/%s/%s", host, cmd.Process.Pid, f[2], f[3])
	reused := fmt.Sprintf("%s/%d/%s/%s", host, os.Getpid(), f[2], f[3]+"1")
	rebooted := fmt.Sprintf("%s/%d/%s/%s", host, os.Getpid(), "00000000", f[3])
	for _, dead := range []string{exited, exited + "/digest", reused, rebooted} {
		if f[2] == "-" && dead != exited && dead != exited+"/digest" {
			continue // without /proc only a free pid is known dead
		}
		if !ownerDead(dead) {
			t.Errorf("%q judged alive", dead)
		}
	}
	for _, alive := range []string{"other-host/1/abcd/1", "w1", "test", "", host + "/x/y/z"} {
		if ownerDead(alive) {
			t.Errorf("%q judged dead", alive)
		}
	}
}
