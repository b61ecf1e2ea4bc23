#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Random time-series sessions (task "forecast", issue 15) nobody chose, trained by real PyTorch
1.13 (scripts/forecast_golden.py) and by rnnlab-cli, compared by scripts/compare-trace.py under
the goldens' tolerances — the check of tests/data/parity/forecast_* on sessions it was not given.

usage: /usr/bin/python3 scripts/forecast-sweep.py RNNLAB_CLI [--count N] [--seed S] [--steps K] [--keep DIR]

Each session draws: a cell (all four), 1-3 layers, hidden size up to 32 (without an output layer
H = D), 1 or 2 features (3 sometimes), 1-3 series of 5-60 points from random waves with noise,
spikes and level shifts, sometimes values far from 0, Adam or SGD with momentum, with or without clipping, any seed. A session
that does not match is probed as scripts/parity-sweep.py probes: torch against itself with one
weight moved by one float32 ulp and on its generic (non-AVX2) kernels; if torch then leaves the
tolerances against itself, the session is chaotic (reported, not counted). Exit status 0 when every
other session matches, 1 otherwise, 77 (skip) when torch is missing.
"""
import math
import sys

from trace_sweep import sweep


def f32(value):
    import struct
    return struct.unpack("f", struct.pack("f", value))[0]


def random_series(rng, n, features):
    points = []
    columns = []
    for _ in range(features):
        period = rng.uniform(3, 30)
        amplitude = rng.choice([0.5, 1.0, 2.0, 10.0])
        offset = rng.choice([0.0, 0.0, 1.0, -3.0])
        noise = rng.choice([0.0, 0.0, 0.05, 0.3])
        kind = rng.choice(["sine", "square", "saw", "walk"])
        column, level = [], 0.0
        for t in range(n):
            u = (t / period) % 1.0
            v = {"sine": lambda: math.sin(2 * math.pi * u), "square": lambda: 1.0 if u < 0.5 else -1.0,
                 "saw": lambda: 2 * u - 1, "walk": lambda: level}[kind]()
            level += rng.gauss(0, 0.2)
            column.append(offset + amplitude * v + noise * rng.gauss(0, 1))
        if rng.random() < 0.3:  # a spike or a level shift
            at = rng.randrange(n)
            size = rng.choice([3.0, -4.0, 8.0])
            for t in range(at, n if rng.random() < 0.5 else at + 1):
                column[t] += size
        columns.append(column)
    for t in range(n):
        row = [f32(c[t]) for c in columns]
        points.append(row[0] if features == 1 and rng.random() < 0.7 else row)
    return points


def random_session(rng, steps):
    features = rng.choice([1, 1, 2, 2, 3])
    series = [random_series(rng, rng.randint(5, 60), features) for _ in range(rng.randint(1, 3))]
    if features == 1:  # one form per session: numbers, or rows of one
        form = isinstance(series[0][0], list)
        series = [[([p] if not isinstance(p, list) else p) if form else (p[0] if isinstance(p, list) else p)
                   for p in s] for s in series]
    output_layer = rng.random() < 0.7
    optimizer = rng.choice(["adam", "sgd"])
    return {
        "format": "rnnlab-session", "version": 1, "task": "forecast",
        "model": {"cell": rng.choice(["rnn_tanh", "rnn_relu", "lstm", "gru"]),
                  "hidden_size": rng.randint(1, 32) if output_layer else features,
                  "num_layers": rng.randint(1, 3), "output_layer": output_layer},
        "data": {"series": series},
        "training": {
            "optimizer": optimizer,
            "learning_rate": rng.choice([0.001, 0.005, 0.01]) if optimizer == "adam" else rng.choice([0.01, 0.02, 0.05]),
            "seed": rng.choice([0, 1, 42, rng.randint(0, 2**32 - 1)]),
            "steps": steps,
            "clip_grad_norm": rng.choice([None, None, 0.5, 1.0]),
            "momentum": rng.choice([0.0, 0.5, 0.9]) if optimizer == "sgd" else 0.0,
        },
    }


def label_of(k, session):
    m, tr = session["model"], session["training"]
    return (f"case {k}: {m['cell']} H={m['hidden_size']} L={m['num_layers']} fc={m['output_layer']} "
            f"{tr['optimizer']} clip={tr['clip_grad_norm']} series={[len(s) for s in session['data']['series']]}")


def main(argv):
    return sweep(argv, __doc__, "forecast", "forecast_golden.py", random_session, label_of, 30)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
