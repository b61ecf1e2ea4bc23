#!/bin/sh
# SPDX-License-Identifier: MIT
# The man pages the build wrote from --help (resources/CMakeLists.txt): both there, gzipped, with
# their NAME line, rendered by man without a single groff warning (lintian's check), and
# rnnlab-cli(1) with a subsection for every command `rnnlab-cli --help` lists.
#   check-manpages.sh MAN_DIR RNNLAB_CLI
set -eu
dir=$1
cli=$2
if ! command -v man >/dev/null; then
    echo "SKIP: man is missing (apt-get install man-db)"
    exit 77
fi
for page in rnnlab rnnlab-cli; do
    file=$dir/$page.1.gz
    [ -f "$file" ] || { echo "FAIL: $file was not built"; exit 1; }
    gzip -t "$file"
    zcat "$file" | grep -q "^\.TH $(echo "$page" | tr a-z A-Z) \"1\"" || { echo "FAIL: $file has no .TH line"; exit 1; }
    zcat "$file" | grep -q "^$page \\\\- " || { echo "FAIL: $file has no NAME line"; exit 1; }
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$file" 2>&1 >/dev/null)
    if [ -n "$warnings" ]; then
        echo "FAIL: man warns about $file:"
        echo "$warnings"
        exit 1
    fi
done
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
[ -n "$commands" ] || { echo "FAIL: rnnlab-cli --help lists no commands"; exit 1; }
for command in $commands; do
    zcat "$dir/rnnlab-cli.1.gz" | grep -q "^\.SS $command\$" || { echo "FAIL: rnnlab-cli(1) lacks the command $command"; exit 1; }
done
echo "man pages: rnnlab(1) and rnnlab-cli(1) with $(echo $commands | wc -w) commands, no warnings"
