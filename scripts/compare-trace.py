#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Compare an `rnnlab-cli train --trace` file with a PyTorch golden, under PRECISION.md's tolerances.

usage: compare-trace.py GOLDEN.json TRACE.json [--max-steps N] [--skip-initial-weights]

Checks: vocabulary equal; initial weights bit for bit; step-1 gradients (or 8 float32 ulps of a
large one), hidden states and logits (a forecast's outputs) within 1e-6; losses within 1e-5 for steps 1-10 and 1e-4 after (or 4 float32 ulps of the loss,
where that is more: a loss of 60 cannot be closer than that in float32); predictions identical (every flip
is reported; a forecast's predicted values within the loss's tolerance); grad_norm (with clipping) within 1e-4 relative for steps 1-10 and 1e-3 after; final
weights within 1e-4 (only when both ran the same steps).
Standard library only (no numpy, no torch). Exit status 0 when everything holds, 1 otherwise.
"""
import json
import math
import sys


def flat(x):
    if isinstance(x, list):
        for item in x:
            yield from flat(item)
    else:
        yield x


def shape(x):
    s = []
    while isinstance(x, list):
        s.append(len(x))
        x = x[0] if x else None
    return s


def ulp32(x):
    """The spacing of float32 numbers at |x|."""
    if not math.isfinite(x) or x == 0:
        return 0.0
    e = math.frexp(abs(x))[1]
    return math.ldexp(1.0, e - 24)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    max_steps = None
    if "--max-steps" in argv:
        max_steps = int(argv[argv.index("--max-steps") + 1])
        args = [a for a in args if a != str(max_steps)]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    golden = json.load(open(args[0], encoding="utf-8"))
    trace = json.load(open(args[1], encoding="utf-8"))
    failures = []

    def check(cond, what):
        if not cond:
            failures.append(what)

    # A forecast (issue 15: scripts/forecast_golden.py) has no vocabulary, "initial_outputs" for its
    # logits, and real-valued predictions [series][t][D], held to the loss's tolerance.
    # A translation (issue 16: scripts/translate_golden.py) has a source vocabulary and target tokens,
    # hidden states {"encoder": …, "decoder": …}, and tokens as its predictions [pair][token], with
    # each step's greedy translations [pair][token] beside them: all compared for equality.
    for key in ("vocabulary", "source_vocabulary", "target_tokens"):
        if key in golden:
            check(golden[key] == trace.get(key), f"{key} {trace.get(key)!r} != {golden[key]!r}")

    def compare_tensors(key, tol, exact=False, ulps=0):
        g, t = golden.get(key), trace.get(key)
        if g is None:
            return
        if t is None:
            failures.append(f"{key} missing from the trace")
            return
        if isinstance(g, dict):
            if set(g) != set(t):
                failures.append(f"{key}: names {sorted(t)} != {sorted(g)}")
                return
            items = [(f"{key}.{name}", g[name], t[name]) for name in g]
        else:
            items = [(key, g, t)]
        for name, gv, tv in items:
            if shape(gv) != shape(tv):
                failures.append(f"{name}: shape {shape(tv)} != {shape(gv)}")
                continue
            worst = 0.0
            for a, b in zip(flat(gv), flat(tv)):
                d = abs(a - b)
                if exact and a != b:
                    worst = max(worst, d if d > 0 else float("inf"))
                elif not exact:
                    # A large value cannot be closer than a few of its float32 ulps when it is a sum
                    # taken in another order (ulps > 0): count what is over that as the difference.
                    worst = max(worst, d if d > ulps * ulp32(a) else 0.0)
            if exact and worst > 0:
                failures.append(f"{name}: not bit-identical (max |diff| {worst:g})")
            elif not exact and not worst <= tol:
                failures.append(f"{name}: max |diff| {worst:g} > {tol:g}")

    if "--skip-initial-weights" not in argv:
        compare_tensors("initial_weights", 0, exact=True)
    # A forecast's gradients can be large (the regression error of values far from 0, summed over
    # every step): a sum of float32 terms in another order moves such a gradient by a few ulps,
    # more than 1e-6 once it exceeds ~2 (a sweep's fc.bias of 6.77 was 4 ulps off): allowed 8 ulps.
    compare_tensors("initial_gradients", 1e-6, ulps=8)
    compare_tensors("initial_hidden_states", 1e-6)
    compare_tensors("initial_cell_states", 1e-6)
    compare_tensors("initial_logits", 1e-6)
    compare_tensors("initial_outputs", 1e-6)

    gsteps, tsteps = golden["steps"], trace["steps"]
    n = min(len(gsteps), len(tsteps))
    if max_steps is not None:
        n = min(n, max_steps)
    if len(tsteps) < min(len(gsteps), max_steps or len(gsteps)):
        failures.append(f"trace has {len(tsteps)} steps, golden {len(gsteps)}")
    worst_loss = 0.0
    for g, t in zip(gsteps[:n], tsteps[:n]):
        tol = 1e-5 if g["step"] <= 10 else 1e-4
        # A loss above ~40 has float32 ulps near 1e-5 itself: allow 4 ulps of the value there.
        tol = max(tol, 4 * ulp32(g["loss"]))
        d = abs(g["loss"] - t["loss"])
        worst_loss = max(worst_loss, d)
        if not d <= tol:
            failures.append(f"step {g['step']}: loss {t['loss']!r} vs torch {g['loss']!r} (|diff| {d:g} > {tol:g})")
        tokens = g["predictions"] and isinstance(next(flat(g["predictions"]), None), str)
        if tokens or "greedy" in g:
            for key in ("predictions", "greedy"):
                if key in g and g[key] != t.get(key):
                    failures.append(f"step {g['step']}: {key} {t.get(key)} vs torch {g[key]}")
        elif g["predictions"] and isinstance(g["predictions"][0], list):
            if shape(g["predictions"]) != shape(t["predictions"]):
                failures.append(f"step {g['step']}: predictions of shape {shape(t['predictions'])} vs torch "
                                f"{shape(g['predictions'])}")
            else:
                off = max(abs(a - b) for a, b in zip(flat(g["predictions"]), flat(t["predictions"])))
                if not off <= (1e-5 if g["step"] <= 10 else 1e-4):
                    failures.append(f"step {g['step']}: predicted values off by {off:g}")
        elif g["predictions"] != t["predictions"]:
            failures.append(f"step {g['step']}: predictions {t['predictions']} vs torch {g['predictions']}")
        if "grad_norm" in g:
            gn = t.get("grad_norm")
            # Not among the tolerances: gradients amplify rounding more than losses do.
            rel = 1e-4 if g["step"] <= 10 else 1e-3
            if gn is None or not abs(gn - g["grad_norm"]) <= max(1e-5, rel * abs(g["grad_norm"])):
                failures.append(f"step {g['step']}: grad_norm {gn!r} vs torch {g['grad_norm']!r}")
    if len(gsteps) == len(tsteps) and max_steps is None:
        compare_tensors("final_weights", 1e-4)

    if failures:
        print(f"{args[1]}: {len(failures)} mismatch(es) against {args[0]}:")
        for f in failures[:40]:
            print("  " + f)
        return 1
    print(f"{args[1]}: matches {args[0]} ({n} steps, max |loss diff| {worst_loss:.2g})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
