#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Random translation sessions (task "translate", issue 16) nobody chose, trained by real PyTorch
1.13 (scripts/translate_golden.py) and by rnnlab-cli, compared by scripts/compare-trace.py under
the goldens' tolerances — the check of tests/data/translate/ on sessions it was not given.

usage: /usr/bin/python3 scripts/translate-sweep.py RNNLAB_CLI [--count N] [--seed S] [--steps K] [--keep DIR]

Each session draws: a cell (all four), 1-3 layers, hidden size 1-24, 1-6 pairs of 1-8 characters
each side from an alphabet that is ASCII, Latin with accents, CJK or emoji (a target the reversed,
shifted or repeated source, or unrelated), pairs written as lists or "source<Tab>target", now and
then explicit vocabularies with extra characters, Adam or SGD (with or without momentum), with or
without clipping, any seed. Compared: vocabularies and target tokens, initial weights bit for bit,
step-1 gradients, hidden (and cell) states and logits, every step's loss, teacher-forced
predictions and greedy translations, grad_norm, final weights. A session that does not match is
probed as scripts/forecast-sweep.py probes: torch against itself with one weight moved by one
float32 ulp and on its generic (non-AVX2) kernels; if torch then leaves the tolerances against
itself, the session is chaotic (reported, not counted). Exit status 0 when every other session
matches, 1 otherwise, 77 (skip) when torch is missing.
"""
import sys

from trace_sweep import sweep

ALPHABETS = ["abcdefgh", "abcdefghijklmnopqrstuvwxyz ", "äöüßéèça", "日本語中文字", "🙂🚀αβγ", "ab.,!?"]


def random_word(rng, alphabet, low=1, high=8):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def random_pairs(rng):
    source_alphabet = rng.choice(ALPHABETS)
    target_alphabet = rng.choice(ALPHABETS)
    pairs = []
    for _ in range(rng.randint(1, 6)):
        source = random_word(rng, source_alphabet)
        kind = rng.choice(["reverse", "shift", "repeat", "other"])
        if kind == "reverse":
            target = source[::-1]
        elif kind == "shift":
            target = "".join(chr(ord(c) + 1) if c.isalpha() else c for c in source)
        elif kind == "repeat":
            target = (source * 2)[:8]
        else:
            target = random_word(rng, target_alphabet)
        pairs.append([source, target])
    return pairs


def random_session(rng, steps):
    pairs = random_pairs(rng)
    data = {"pairs": [p if rng.random() < 0.5 else p[0] + "\t" + p[1] for p in pairs]}
    if rng.random() < 0.2:  # explicit vocabularies, in another order and with characters no pair uses
        source = sorted(set("".join(p[0] for p in pairs)))
        target = sorted(set("".join(p[1] for p in pairs)))
        rng.shuffle(source)
        rng.shuffle(target)
        data["source_vocabulary"] = "".join(source) + "xyz"[:rng.randint(0, 3)]
        data["target_vocabulary"] = "".join(target) + "!"[:rng.randint(0, 1)]
        for key in ("source_vocabulary", "target_vocabulary"):
            # "xyz" or "!" may already be in a side: keep each character once.
            data[key] = "".join(dict.fromkeys(data[key]))
    optimizer = rng.choice(["adam", "sgd"])
    return {
        "format": "rnnlab-session", "version": 1, "task": "translate",
        "model": {"cell": rng.choice(["rnn_tanh", "rnn_relu", "lstm", "gru"]), "hidden_size": rng.randint(1, 24),
                  "num_layers": rng.randint(1, 3), "output_layer": True},
        "data": data,
        "training": {
            "optimizer": optimizer,
            "learning_rate": rng.choice([0.001, 0.005, 0.01, 0.02]) if optimizer == "adam"
            else rng.choice([0.01, 0.05, 0.1]),
            "seed": rng.choice([0, 1, 42, rng.randint(0, 2**32 - 1)]),
            "steps": steps,
            "clip_grad_norm": rng.choice([None, None, 0.5, 1.0]),
            "momentum": rng.choice([0.0, 0.5, 0.9]) if optimizer == "sgd" else 0.0,
        },
    }


def label_of(k, session):
    m, tr = session["model"], session["training"]
    pairs = [p if isinstance(p, list) else p.split("\t", 1) for p in session["data"]["pairs"]]
    return (f"case {k}: {m['cell']} H={m['hidden_size']} L={m['num_layers']} {tr['optimizer']} "
            f"clip={tr['clip_grad_norm']} pairs={pairs}")


def main(argv):
    return sweep(argv, __doc__, "translation", "translate_golden.py", random_session, label_of, 20)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
