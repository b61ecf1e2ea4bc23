#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Run rnnlab-cli bench and scripts/bench_torch.py on each session and print a table with the ratio.

usage: bench_table.py RNNLAB_CLI [--seconds S] [SESSION.json ...]   (default: tests/data/bench/*.json,
the lecture example among them)"""
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv):
    args = argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    cli = args.pop(0)
    seconds = "3"
    if "--seconds" in args:
        i = args.index("--seconds")
        seconds = args[i + 1]
        del args[i:i + 2]
    sessions = args or sorted(glob.glob(os.path.join(HERE, "..", "tests", "data", "bench", "*.json")))
    try:
        import torch  # noqa: F401
        have_torch = True
    except ImportError:
        have_torch = False
        print("(python3-torch is not installed: the PyTorch column is empty; scripts/setup --torch installs it)")
    rows = []
    for session in sessions:
        name = "lecture_hello" if session is None else os.path.basename(session).rsplit(".", 1)[0]
        ours = subprocess.run([cli, "bench", "--seconds", seconds] + ([session] if session else []),
                              capture_output=True, text=True)
        if ours.returncode != 0:
            rows.append((name, None, None, ours.stderr.strip().splitlines()[-1]))
            continue
        mine = json.loads(ours.stdout)
        theirs = None
        if have_torch:
            t = subprocess.run([sys.executable, os.path.join(HERE, "bench_torch.py"), "--seconds", seconds]
                               + ([session] if session else []), capture_output=True, text=True, check=True)
            theirs = json.loads(t.stdout)
        rows.append((name, mine, theirs, ""))
    print(f"{'session':<28} {'rnnlab steps/s':>15} {'PyTorch steps/s':>16} {'ratio':>8}")
    for name, mine, theirs, error in rows:
        if mine is None:
            print(f"{name:<28} {'refused: ' + error}")
            continue
        ratio = f"{mine['steps_per_s'] / theirs['steps_per_s']:.1f}x" if theirs else "-"
        torch_rate = f"{theirs['steps_per_s']:.1f}" if theirs else "-"
        print(f"{name:<28} {mine['steps_per_s']:>15.1f} {torch_rate:>16} {ratio:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
