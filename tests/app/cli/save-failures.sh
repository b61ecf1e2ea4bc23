#!/bin/sh
# SPDX-License-Identifier: MIT
# Saving where it cannot be done — a full disk, a read-only folder — fails with a message that says
# why, exit status 1, and leaves the previous file byte for byte as it was, with no temporary file
# left behind. Both on a real file system: a 64 KiB tmpfs, filled up, then remounted read-only, in a
# private mount namespace (unshare; no root needed where user namespaces are allowed). The app's
# File > Save goes through the same writeFileAtomically() as rnnlab-cli train --save.
# usage: tests/save-failures.sh RNNLAB_CLI     exit 0 ok, 1 failed, 77 skipped (no namespaces here)
set -u
cli=$1
if ! unshare -rm true 2>/dev/null; then
    echo "SKIP: cannot make a private mount namespace here (unshare -rm), so no tmpfs to fill; full-disk and read-only saves were not tested"
    exit 77
fi
exec unshare -rm sh -s "$cli" <<'INNER'
set -u
cli=$1
fail() { echo "FAIL: $*"; exit 1; }
disk=$(mktemp -d)
keep=$(mktemp -d)
mount -t tmpfs -o size=64k tmpfs "$disk" || { echo "SKIP: cannot mount a tmpfs in the namespace"; exit 77; }
"$cli" train --text hello --steps 2 --save "$disk/s.rnnlab" --quiet >/dev/null || fail "the first save failed"
cp "$disk/s.rnnlab" "$keep/before.rnnlab"

# A full disk.
dd if=/dev/zero of="$disk/filler" bs=1k 2>/dev/null
"$cli" train --text hello --steps 5 --save "$disk/s.rnnlab" --quiet >/dev/null 2>"$keep/err"
status=$?
[ "$status" -eq 1 ] || fail "a save to a full disk exited $status, not 1"
grep -q "No space left on device" "$keep/err" || fail "the message does not say the disk is full: $(cat "$keep/err")"
grep -q "previous file is unchanged" "$keep/err" || fail "the message does not say the previous file is kept: $(cat "$keep/err")"
cmp -s "$disk/s.rnnlab" "$keep/before.rnnlab" || fail "the previous file changed on a full disk"
[ "$(ls -A "$disk" | sort | tr '\n' ' ')" = "filler s.rnnlab " ] || fail "left behind: $(ls -A "$disk")"
echo "ok   full disk: $(cat "$keep/err")"

# A read-only folder.
rm "$disk/filler"
mount -o remount,ro "$disk" || fail "cannot remount the tmpfs read-only"
"$cli" train --text hello --steps 5 --save "$disk/s.rnnlab" --quiet >/dev/null 2>"$keep/err"
status=$?
[ "$status" -eq 1 ] || fail "a save to a read-only folder exited $status, not 1"
grep -q "Read-only file system" "$keep/err" || fail "the message does not say the folder is read-only: $(cat "$keep/err")"
cmp -s "$disk/s.rnnlab" "$keep/before.rnnlab" || fail "the previous file changed in a read-only folder"
echo "ok   read-only folder: $(cat "$keep/err")"
umount "$disk"
rm -r "$keep"
rmdir "$disk"
echo "2 passed, 0 failed"
INNER
