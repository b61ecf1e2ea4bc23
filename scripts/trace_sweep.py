# SPDX-License-Identifier: MIT
"""What the random-session sweeps against PyTorch (forecast-sweep.py, translate-sweep.py) share: one
case trained by a golden script (real PyTorch 1.13) and by `rnnlab-cli train --trace`, compared by
compare-trace.py, and, when they differ, probed for chaos — torch against itself with one weight
moved by one float32 ulp (the golden script's --perturb) and on its generic (non-AVX2) kernels; if
torch then leaves the tolerances against itself, the case is chaotic (reported, not counted).
Plain Python 3: the golden script imports torch, not this."""
import json
import math
import os
import random
import subprocess
import sys
import tempfile

from torch_script_args import cli_path, take_option, torch_missing

HERE = os.path.dirname(os.path.abspath(__file__))


def run_case(cli, golden_script, session, base, label):
    """Writes base.config.json, its golden and rnnlab's trace; prints one line (ok, chaotic or FAIL
    with the mismatches) and returns "ok", "chaotic" or "fail"."""
    compare = os.path.join(HERE, "compare-trace.py")
    with open(base + ".config.json", "w", encoding="utf-8") as f:
        json.dump(session, f, indent=1, ensure_ascii=False)
    subprocess.run([sys.executable, golden_script, base + ".config.json", base + ".golden.json"], check=True)
    run = subprocess.run([cli, "train", base + ".config.json", "--quiet", "--trace", base + ".trace.json"],
                         capture_output=True, text=True)
    extra = []
    if run.returncode != 0:
        # rnnlab refuses a step whose loss is not finite; torch goes on with NaN: both agree then.
        with open(base + ".golden.json", encoding="utf-8") as f:
            gsteps = json.load(f)["steps"]
        taken = 0
        if os.path.exists(base + ".trace.json"):
            with open(base + ".trace.json", encoding="utf-8") as f:
                taken = len(json.load(f)["steps"])
        if run.returncode == 1 and taken < len(gsteps) and not math.isfinite(gsteps[taken]["loss"]):
            extra = ["--max-steps", str(taken)]
        else:
            print(f"FAIL {label}: rnnlab-cli exited {run.returncode}: {run.stderr.strip()}", flush=True)
            return "fail"
    cmp = subprocess.run([sys.executable, compare, base + ".golden.json", base + ".trace.json"] + extra,
                         capture_output=True, text=True)
    if cmp.returncode == 0:
        print(f"ok   {label}: {cmp.stdout.strip().split('(')[-1].rstrip(')')}", flush=True)
        return "ok"
    subprocess.run([sys.executable, golden_script, base + ".config.json", base + ".perturbed.json", "--perturb"],
                   check=True)
    subprocess.run([sys.executable, golden_script, base + ".config.json", base + ".generic.json"], check=True,
                   env=dict(os.environ, ATEN_CPU_CAPABILITY="default"))
    for other, what in ((".perturbed.json", "one weight moved by 1 ulp"), (".generic.json", "its generic kernels")):
        p = subprocess.run([sys.executable, compare, base + ".golden.json", base + other, "--skip-initial-weights"]
                           + extra, capture_output=True, text=True)
        if p.returncode != 0:
            print(f"chaotic {label}: torch itself, with {what}, differs ({p.stdout.splitlines()[1].strip()}); "
                  f"rnnlab: {cmp.stdout.splitlines()[1].strip()}", flush=True)
            return "chaotic"
    print(f"FAIL {label}\n{cmp.stdout}", flush=True)
    return "fail"


def sweep(argv, usage, what, golden_name, random_session, label_of, default_steps):
    """A sweep's main(): `RNNLAB_CLI [--count N] [--seed S] [--steps K] [--keep DIR]`, count cases of
    random_session(rng, steps) through run_case, each named label_of(k, session); the summary line
    names `what` ("forecast", "translation"). Returns the exit status: 0, 1 (a case failed), 2 (bad
    command line) or 77 (torch missing)."""
    args = argv[1:]
    count = int(take_option(args, "--count", "16"))
    seed = int(take_option(args, "--seed", "1"))
    steps = int(take_option(args, "--steps", str(default_steps)))
    keep = take_option(args, "--keep")
    cli = cli_path(args, usage)
    if cli is None:
        return 2
    if torch_missing(f"the {what} sweep"):
        return 77
    rng = random.Random(seed)
    failures = chaotic = 0
    work = keep or tempfile.mkdtemp(prefix=f"rnnlab-{what}-")
    os.makedirs(work, exist_ok=True)
    golden_script = os.path.join(HERE, golden_name)
    for k in range(count):
        session = random_session(rng, steps)
        outcome = run_case(cli, golden_script, session, os.path.join(work, f"case{k:03d}"), label_of(k, session))
        failures += outcome == "fail"
        chaotic += outcome == "chaotic"
    print(f"{count - failures - chaotic} of {count} random {what} sessions match PyTorch; {chaotic} chaotic (not "
          f"counted); {failures} fail (cases in {work})")
    return 1 if failures else 0
