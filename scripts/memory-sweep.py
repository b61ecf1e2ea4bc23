#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""`rnnlab-cli analyze` against PyTorch 1.13 and numpy on random sessions nobody chose — the
goldens' check (tests/data/memory/, tst_memoryanalysis) on sessions it was not given (issue 17).

usage: /usr/bin/python3 scripts/memory-sweep.py RNNLAB_CLI [--count N] [--seed S] [--keep DIR]

Each session is drawn as parity-sweep.py draws them (every cell type, 1-4 layers, hidden size up to
64, 1-3 texts with non-ASCII letters, any seed), one in four made a classifier (a label per text);
it is trained 0-3 steps, and a random layer (an LSTM's c one time in three) is analysed with a
random --span of the first text. rnnlab-cli's JSON is compared with scripts/memory_golden.py's:
influence within 1e-5 absolute + 1e-4 relative; the PCA's explained variance ratios within 1e-5
and its components within 1e-4 up to sign (where the singular values are apart enough for a
component to be defined to that precision: a relative gap over 1e-2); every unit's values within
1e-4 (relative above 1: a ReLU's states grow; after up to 3 training steps, as PRECISION.md holds
the final weights); the ranking's
scores, recomputed from PyTorch's states by the formula in engine/unitranking.h, within 1e-3
relative where the pooled sd is over 1e-3. A session trained first that does not match is probed
as parity-sweep.py probes: when torch, with one weight moved by one float32 ulp before training or
on its generic (non-AVX2) kernels, leaves the tolerances against itself, and rnnlab's analysis of torch's own trained weights matches,
the session is reported as chaotic (the training, not the analysis, is beyond float32's
reproducibility) and not counted; when rnnlab's analysis of torch's trained weights matches and
rnnlab's own trained weights are within PRECISION.md's 1e-4 of torch's, it is reported as drift
(the training's difference, which the parity tests hold, moves the analysis) and not counted. Exit status 0 when every other session matches, 1 otherwise, 77
(skip) when torch is missing.
"""
import importlib.util
import json
import math
import os
import random
import subprocess
import sys
import tempfile

from torch_script_args import cli_path, take_option, torch_missing

HERE = os.path.dirname(os.path.abspath(__file__))


def parity_sweep():
    spec = importlib.util.spec_from_file_location("parity_sweep", os.path.join(HERE, "parity-sweep.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ranking_of(states, span):
    """UnitRanking's scores from [text][t][H] states, as engine/unitranking.h defines them."""
    text, begin, end = span
    H = len(states[0][0])
    scores = []
    for k in range(H):
        inside = [states[text][t][k] for t in range(begin, end)]
        outside = [row[k] for i, rows in enumerate(states) for t, row in enumerate(rows)
                   if not (i == text and begin <= t < end)]
        mi, mo = sum(inside) / len(inside), sum(outside) / len(outside)
        ss = sum((v - mi) ** 2 for v in inside) + sum((v - mo) ** 2 for v in outside)
        dof = len(inside) + len(outside) - 2
        sd = math.sqrt(ss / dof) if dof > 0 else 0.0
        scores.append((k, abs(mi - mo) / max(sd, 1e-6), sd))
    return scores


def flat(value):
    return [x for v in value for x in flat(v)] if isinstance(value, list) else [value]


def as_analysis(golden):
    """A golden in the shape of rnnlab-cli analyze's JSON, to compare torch with itself."""
    return {"influence": golden["influence"], "pca": golden["pca"],
            "units": {"values": golden["states"], "ranking": []}}


def compare(mine, theirs, span):
    problems = []
    worst = 0.0
    for k, (a_rows, b_rows) in enumerate(zip(mine["influence"], theirs["influence"])):
        if len(a_rows) != len(b_rows):
            problems.append(f"text {k}: {len(a_rows)} influence rows, PyTorch {len(b_rows)}")
            continue
        for t, (a, b) in enumerate(zip(a_rows, b_rows)):
            if len(a) != len(b):
                problems.append(f"influence[{k}][{t}]: {len(a)} values, PyTorch {len(b)}")
                continue
            for s, (x, y) in enumerate(zip(a, b)):
                worst = max(worst, abs(x - y))
                if not abs(x - y) <= 1e-5 + 1e-4 * abs(y):
                    problems.append(f"influence[{k}][{t}][{s}] = {x}, PyTorch {y}")
    mp, tp = mine["pca"], theirs["pca"]
    for i in range(2):
        if not abs(mp["explained_variance_ratio"][i] - tp["explained_variance_ratio"][i]) <= 1e-5:
            problems.append(f"explained_variance_ratio[{i}] = {mp['explained_variance_ratio'][i]}, "
                            f"numpy {tp['explained_variance_ratio'][i]}")
    s = tp["singular_values"] + [0.0, 0.0, 0.0]
    for i in range(2):
        # A component is defined where its singular value stands apart from its neighbours.
        gap = min(abs(s[i] - s[i + 1]), abs(s[i] - s[i - 1]) if i > 0 else math.inf)
        if s[0] == 0 or gap / s[0] <= 1e-2:
            continue
        a, b = mp["components"][i], tp["components"][i]
        sign = -1.0 if sum(x * y for x, y in zip(a, b)) < 0 else 1.0
        off = max(abs(x - sign * y) for x, y in zip(a, b))
        if not off <= 1e-4:
            problems.append(f"pca component {i} differs from numpy's by {off} (up to sign)")
    # After training, as PRECISION.md holds the final weights: 1e-4, relative for a ReLU's large states.
    off = max(abs(x - y) / max(1.0, abs(y)) for a, b in zip(mine["units"]["values"], theirs["states"])
              for r, q in zip(a, b) for x, y in zip(r, q))
    if not off <= 1e-4:
        problems.append(f"unit values differ from PyTorch's states by {off} (relative above 1)")
    expected = {k: (score, sd) for k, score, sd in ranking_of(theirs["states"], span)}
    for entry in mine["units"]["ranking"]:
        score, sd = expected[entry["unit"]]
        if sd > 1e-3 and not abs(entry["score"] - score) <= 1e-3 * max(1.0, abs(score)):
            problems.append(f"unit {entry['unit']}'s score {entry['score']}, from PyTorch's states {score}")
    return problems, worst


def main(argv):
    args = argv[1:]
    count = int(take_option(args, "--count", "12"))
    seed = int(take_option(args, "--seed", "1"))
    keep = take_option(args, "--keep")
    cli = cli_path(args, __doc__)
    if cli is None:
        return 2
    if torch_missing("the memory analysis sweep"):
        return 77
    sys.path.insert(0, HERE)
    import memory_golden
    sweep = parity_sweep()
    rng = random.Random(seed)
    work = keep or tempfile.mkdtemp(prefix="rnnlab-memory-")
    os.makedirs(work, exist_ok=True)
    failures = 0
    chaotic = 0
    drift = 0
    for k in range(count):
        session = sweep.random_session(rng, ["rnn_tanh", "rnn_relu", "lstm", "gru"], 3)
        if rng.random() < 0.25:
            session["task"] = "classify"
            session["data"]["labels"] = [rng.choice(["pos", "neg"]) for _ in session["data"]["texts"]]
            session["data"]["labels"][0] = "pos"
            session["data"]["labels"][-1] = "neg" if len(session["data"]["texts"]) > 1 else "pos"
            if len(set(session["data"]["labels"])) < 2:
                session["data"]["texts"].append("ab")
                session["data"]["labels"].append("neg")
            session["model"]["output_layer"] = True
            session["data"].pop("vocabulary", None)
        m = session["model"]
        steps = rng.choice([0, 2, 3])
        layer = rng.randrange(m["num_layers"])
        state = "c" if m["cell"] == "lstm" and rng.random() < 0.33 else "h"
        shift = 0 if session.get("task") == "classify" else 1  # a next-character text of n has n - 1 steps
        first = len(session["data"]["texts"][0]) - shift
        total = sum(len(t) - shift for t in session["data"]["texts"])
        begin = rng.randrange(first)
        end = rng.randint(begin + 1, first)
        if end - begin == total:  # a span must leave a step outside it
            if total == 1:
                print(f"skip case {k}: one time step in all, no span to rank")
                continue
            end -= 1
        base = os.path.join(work, f"case{k:03d}")
        with open(base + ".config.json", "w", encoding="utf-8") as f:
            json.dump(session, f, ensure_ascii=False, indent=1)
        label = (f"case {k}: {session.get('task', 'next_character')} {m['cell']} H={m['hidden_size']} "
                 f"L={m['num_layers']} fc={m['output_layer']} steps={steps} layer={layer} state={state} "
                 f"span={begin}:{end} texts={[len(t) for t in session['data']['texts']]}")
        run = subprocess.run([cli, "analyze", base + ".config.json", "--steps", str(steps), "--layer", str(layer),
                              "--state", state, "--span", f"{begin}:{end}", "-o", base + ".analysis.json"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(f"FAIL {label}: rnnlab-cli exited {run.returncode}: {run.stderr.strip()}")
            failures += 1
            continue
        theirs = memory_golden.golden(session, steps, layer, state)
        with open(base + ".golden.json", "w", encoding="utf-8") as f:
            json.dump(theirs, f, ensure_ascii=False)
        with open(base + ".analysis.json", encoding="utf-8") as f:
            mine = json.load(f)
        problems, worst = compare(mine, theirs, (0, begin, end))
        if problems and steps > 0:
            # Training first: are these numbers beyond float32 reproducibility? Torch against itself
            # with one weight moved by one ulp, then on its generic kernels (as parity-sweep.py
            # probes), and rnnlab's analysis of torch's own trained weights, which must match
            # whatever training did.
            probe, _ = compare(as_analysis(memory_golden.golden(session, steps, layer, state, perturb=True)), theirs,
                               (0, begin, end))
            if not probe:
                # The same training on torch's generic CPU kernels (other tanh/exp/sum roundings).
                subprocess.run([sys.executable, os.path.join(HERE, "memory_golden.py"), base + ".config.json",
                                base + ".generic.json", "--steps", str(steps), "--layer", str(layer), "--state", state],
                               check=True, env=dict(os.environ, ATEN_CPU_CAPABILITY="default"))
                with open(base + ".generic.json", encoding="utf-8") as f:
                    probe, _ = compare(as_analysis(json.load(f)), theirs, (0, begin, end))
            same = dict(session, weights=theirs["weights"])
            with open(base + ".torch-weights.json", "w", encoding="utf-8") as f:
                json.dump(same, f, ensure_ascii=False)
            rerun = subprocess.run([cli, "analyze", base + ".torch-weights.json", "--layer", str(layer), "--state",
                                    state, "--span", f"{begin}:{end}", "-o", base + ".same-weights.json"],
                                   capture_output=True, text=True)
            with open(base + ".same-weights.json", encoding="utf-8") as f:
                direct, _ = compare(json.load(f), memory_golden.golden(same, 0, layer, state), (0, begin, end))
            if probe and rerun.returncode == 0 and not direct:
                chaotic += 1
                print(f"chaotic {label}: torch itself, with one weight moved by 1 ulp or on its generic kernels, "
                      f"differs ({probe[0]}); "
                      f"from torch's trained weights rnnlab matches; rnnlab after its own training: {problems[0]}")
                continue
            if rerun.returncode == 0 and not direct:
                # The analysis is exact on the same weights; is the difference the training's, within
                # what PRECISION.md promises for trained weights (1e-4)?
                trace = subprocess.run([cli, "train", base + ".config.json", "--steps", str(steps), "--quiet",
                                        "--trace", base + ".trace.json"], capture_output=True, text=True)
                if trace.returncode == 0:
                    with open(base + ".trace.json", encoding="utf-8") as f:
                        trained = json.load(f)["final_weights"]
                    apart = max(abs(a - b) for name in trained for a, b in
                                zip(flat(trained[name]), flat(theirs["weights"][name])))
                    if apart <= 1e-4:
                        drift += 1
                        print(f"drift {label}: from torch's trained weights rnnlab's analysis matches; its own "
                              f"training ends {apart:.2g} from torch's weights (PRECISION.md: within 1e-4), which "
                              f"moves the analysis: {problems[0]}")
                        continue
        if problems:
            failures += 1
            print(f"FAIL {label}\n  " + "\n  ".join(problems[:10]))
        else:
            print(f"ok   {label}: influence within {worst:.2g}")
    print(f"{count - failures - chaotic - drift} of {count} random sessions' analyses match PyTorch and numpy; "
          f"{chaotic} chaotic (PyTorch does not reproduce itself within the tolerances under rounding-level changes "
          f"before training; not counted); {drift} drift (exact on torch's trained weights, but rnnlab's own "
          f"training ends within PRECISION.md's 1e-4 of torch's weights, not closer, and that moves the analysis "
          f"beyond its tolerance; not counted); {failures} fail (cases in {work})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
