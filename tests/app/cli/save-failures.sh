#!/bin/sh
# SPDX-License-Identifier: MIT
# Saving where it cannot be done — a full disk, a read-only folder — fails with a message that says
# why, exit status 1, and leaves the previous file byte for byte as it was, with no temporary file
# left behind. Both on a real file system: a 64 KiB tmpfs, filled up, then remounted read-only, in a
# private mount namespace (unshare; no root needed where user namespaces are allowed). The app's
# File > Save goes through the same AtomicFile::write() as rnnlab-cli train --save, and so does
# rnnlab --screenshot (issue 18, defect 5: it left a truncated PNG on a full disk): with RNNLAB_GUI
# given, a screenshot over an existing PNG on the full disk leaves it byte for byte, and one to a new
# name leaves no file; a failed save to a new name does not claim a previous file was kept.
# usage: tests/save-failures.sh RNNLAB_CLI [RNNLAB_GUI]   exit 0 ok, 1 failed, 77 skipped (no namespaces)
set -u
cli=$1
gui=${2:-}
if ! unshare -rm true 2>/dev/null; then
    echo "SKIP: cannot make a private mount namespace here (unshare -rm), so no tmpfs to fill; full-disk and read-only saves were not tested"
    exit 77
fi
exec unshare -rm sh -s "$cli" "$gui" <<'INNER'
set -u
cli=$1
gui=$2
export QT_QPA_PLATFORM=offscreen
passed=0
fail() { echo "FAIL: $*"; exit 1; }
disk=$(mktemp -d)
keep=$(mktemp -d)
mount -t tmpfs -o size=64k tmpfs "$disk" || { echo "SKIP: cannot mount a tmpfs in the namespace"; exit 77; }
"$cli" train --text hello --steps 2 --save "$disk/s.rnnlab" --quiet >/dev/null || fail "the first save failed"
cp "$disk/s.rnnlab" "$keep/before.rnnlab"
# The previous picture: any bytes do (what is checked is that they stay).
head -c 3000 /dev/urandom >"$disk/shot.png"
cp "$disk/shot.png" "$keep/before.png"

# A full disk.
dd if=/dev/zero of="$disk/filler" bs=1k 2>/dev/null
"$cli" train --text hello --steps 5 --save "$disk/s.rnnlab" --quiet >/dev/null 2>"$keep/err"
status=$?
[ "$status" -eq 1 ] || fail "a save to a full disk exited $status, not 1"
grep -q "No space left on device" "$keep/err" || fail "the message does not say the disk is full: $(cat "$keep/err")"
grep -q "previous file is unchanged" "$keep/err" || fail "the message does not say the previous file is kept: $(cat "$keep/err")"
cmp -s "$disk/s.rnnlab" "$keep/before.rnnlab" || fail "the previous file changed on a full disk"
[ "$(ls -A "$disk" | sort | tr '\n' ' ')" = "filler s.rnnlab shot.png " ] || fail "left behind: $(ls -A "$disk")"
echo "ok   full disk: $(cat "$keep/err")"
passed=$((passed + 1))

if [ -n "$gui" ]; then
    "$gui" --text hello --screenshot "$disk/shot.png" >/dev/null 2>"$keep/err"
    status=$?
    [ "$status" -eq 1 ] || fail "a screenshot to a full disk exited $status, not 1: $(cat "$keep/err")"
    grep -q "No space left on device" "$keep/err" || fail "the screenshot's message does not say the disk is full: $(cat "$keep/err")"
    grep -q "previous file is unchanged" "$keep/err" || fail "the screenshot's message does not say the previous PNG is kept: $(cat "$keep/err")"
    cmp -s "$disk/shot.png" "$keep/before.png" || fail "the previous PNG changed on a full disk"
    "$gui" --text hello --screenshot "$disk/new.png" >/dev/null 2>"$keep/err"
    status=$?
    [ "$status" -eq 1 ] || fail "a screenshot to a new name on a full disk exited $status, not 1"
    grep -q "no file was made" "$keep/err" || fail "the message for a new name does not say no file was made: $(cat "$keep/err")"
    [ "$(ls -A "$disk" | sort | tr '\n' ' ')" = "filler s.rnnlab shot.png " ] || fail "left behind: $(ls -A "$disk")"
    echo "ok   screenshot on a full disk: $(cat "$keep/err")"
    passed=$((passed + 1))
fi

# A read-only folder.
rm "$disk/filler"
mount -o remount,ro "$disk" || fail "cannot remount the tmpfs read-only"
"$cli" train --text hello --steps 5 --save "$disk/s.rnnlab" --quiet >/dev/null 2>"$keep/err"
status=$?
[ "$status" -eq 1 ] || fail "a save to a read-only folder exited $status, not 1"
grep -q "Read-only file system" "$keep/err" || fail "the message does not say the folder is read-only: $(cat "$keep/err")"
cmp -s "$disk/s.rnnlab" "$keep/before.rnnlab" || fail "the previous file changed in a read-only folder"
echo "ok   read-only folder: $(cat "$keep/err")"
passed=$((passed + 1))

# A new name in a read-only folder: there was no previous file to keep, and the message says so.
"$cli" train --text hello --steps 1 --save "$disk/new.rnnlab" --quiet >/dev/null 2>"$keep/err"
status=$?
[ "$status" -eq 1 ] || fail "a new save to a read-only folder exited $status, not 1"
grep -q "no file was made" "$keep/err" || fail "the message does not say no file was made: $(cat "$keep/err")"
grep -q "previous file" "$keep/err" && fail "the message claims a previous file: $(cat "$keep/err")"
echo "ok   read-only folder, new name: $(cat "$keep/err")"
passed=$((passed + 1))
umount "$disk"
rm -r "$keep"
rmdir "$disk"
echo "$passed passed, 0 failed"
INNER
