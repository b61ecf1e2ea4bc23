#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""What a network remembers, computed by real PyTorch 1.13 and numpy, as a golden JSON for
rnnlab's MemoryAnalysis (engine/memoryanalysis.h) and `rnnlab-cli analyze` (issue 17).

usage: /usr/bin/python3 scripts/memory_golden.py SESSION.json GOLDEN.json [--steps N] [--layer L] [--state h|c]

Trains the session N steps (default 0) exactly as scripts/torch_golden.py does (its model, data and
optimizer), then for layer L (default: the top one; 0 = the bottom) writes:
  influence [text][t][s], s = 0..t: the 2-norm of the gradient of log_softmax(logits_t)[target_t]
            with respect to the one-hot input tensor (requires_grad=True), by autograd — an empty
            row where step t has no target (a classifier's steps before its last);
  pca       mean [H], components [2][H], explained_variance_ratio [2], points [rows][2]: numpy's
            float64 SVD of that layer's states (h, or an LSTM's c with --state c), every time step
            of every text stacked in text order as rows, centred; each component flipped so that its
            entry of largest magnitude is positive (the first on a tie), as the engine does;
  states    [text][t][H], the states themselves;
  weights   the state_dict after the N steps (what memory-sweep.py feeds back to rnnlab-cli).
Importable: golden(session, steps, layer, state) returns the same dictionary.
"""
import json
import os
import sys

import numpy
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_golden import Net, layer_states, optimizer_of, vocabulary_of  # noqa: E402


def setup(session):
    """The model (seeded or with the session's weights), its optimizer, and per text the one-hot
    inputs (1 × n × V) and the targets (n, −1 where a step has none), as torch_golden.run builds them."""
    model_cfg, data, training = session["model"], session["data"], session["training"]
    cell = model_cfg["cell"]
    H, L = int(model_cfg["hidden_size"]), int(model_cfg.get("num_layers", 1))
    vocab = vocabulary_of(data)
    V = len(vocab)
    index = {ch: i for i, ch in enumerate(vocab)}
    classify = session.get("task", "next_character") == "classify"
    classes = None
    if classify:
        classes = data.get("classes")
        if classes is None:
            classes = []
            for label in data["labels"]:
                if label not in classes:
                    classes.append(label)
    O = len(classes) if classify else V
    xs, targets = [], []
    for k, text in enumerate(data["texts"]):
        ids = [index[ch] for ch in text]
        if classify:
            xs.append(torch.nn.functional.one_hot(torch.tensor([ids]), V).float())
            targets.append([-1] * (len(ids) - 1) + [classes.index(data["labels"][k])])
        else:
            xs.append(torch.nn.functional.one_hot(torch.tensor([ids[:-1]]), V).float())
            targets.append(ids[1:])
    torch.manual_seed(int(training["seed"]))
    model = Net(cell, V, H, L, bool(model_cfg.get("output_layer", False)), O if classify else None)
    if session.get("weights"):
        model.load_state_dict({k: torch.tensor(v, dtype=torch.float32) for k, v in session["weights"].items()})
    return model, optimizer_of(model, training), xs, targets, classify


def train(session, model, optimizer, xs, targets, classify, steps):
    """N steps of the lecture's loop, as torch_golden.run takes them."""
    O = model.fc.out_features if model.fc is not None else model.rnn.hidden_size
    y = torch.tensor([t for ts in targets for t in ts if t >= 0], dtype=torch.long)
    clip = session["training"].get("clip_grad_norm")
    cost_fn = torch.nn.CrossEntropyLoss()
    for _ in range(steps):
        logits = torch.cat([model(x).view(-1, O) for x in xs])
        cost_fn(logits, y).backward()
        if clip is not None:
            torch.nn.utils.clip_grad_norm_(model.parameters(), float(clip))
        optimizer.step()
        optimizer.zero_grad()


def influence(model, x, targets):
    """[t][s]: ‖∂ log_softmax(logits_t)[target_t] / ∂x_s‖₂ for s ≤ t, by autograd on a one-hot input
    that requires its gradient; [] where step t has no target."""
    x = x.clone().requires_grad_(True)
    out, _ = model.rnn(x)
    logits = model.fc(out) if model.fc is not None else out  # every step's y_t (1 × n × O)
    rows = []
    for t, target in enumerate(targets):
        if target < 0:
            rows.append([])
            continue
        logp = torch.log_softmax(logits[0, t], dim=0)[target]
        (grad,) = torch.autograd.grad(logp, x, retain_graph=True)
        rows.append(grad[0, :t + 1].norm(dim=1).double().tolist())
    return rows


def pca(rows):
    """numpy float64 PCA of the stacked states (rows × H), with the engine's sign convention."""
    X = numpy.asarray(rows, dtype=numpy.float64)
    mean = X.mean(axis=0)
    centred = X - mean
    _, s, vt = numpy.linalg.svd(centred, full_matrices=False)
    H = X.shape[1]
    components = numpy.zeros((2, H))
    ratio = numpy.zeros(2)
    total = float((s * s).sum())
    for i in range(min(2, vt.shape[0])):
        v = vt[i].copy()
        largest = int(numpy.argmax(numpy.abs(v)))  # the first largest on a tie
        if v[largest] < 0:
            v = -v
        components[i] = v
        ratio[i] = s[i] * s[i] / total if total > 0 else 0.0
    return {"mean": mean.tolist(), "components": components.tolist(), "explained_variance_ratio": ratio.tolist(),
            "points": (centred @ components.T).tolist(), "singular_values": s.tolist()}


def golden(session, steps=0, layer=None, state="h", perturb=False):
    """The golden's dictionary. With perturb, weight_hh_l0[0][0] is moved by one float32 ulp before
    training (torch_golden.py's --perturb): how far torch's own numbers move under rounding."""
    torch.set_num_threads(1)
    model, optimizer, xs, targets, classify = setup(session)
    if perturb:
        with torch.no_grad():
            w = model.rnn.weight_hh_l0.view(-1)
            w[0] = torch.nextafter(w[0], torch.tensor(float("inf")))
    train(session, model, optimizer, xs, targets, classify, steps)
    cell = session["model"]["cell"]
    L = int(session["model"].get("num_layers", 1))
    layer = L - 1 if layer is None else layer
    states = []
    for x in xs:
        hs, cs = layer_states(model, cell, x, L)
        states.append((cs if state == "c" else hs)[layer])
    stacked = [row for text in states for row in text]
    return {"config": session, "steps": steps, "layer": layer, "state": state,
            "generator": {"torch": torch.__version__, "numpy": numpy.__version__},
            "influence": [influence(model, x, ts) for x, ts in zip(xs, targets)],
            "pca": pca(stacked), "states": states,
            "weights": {k: v.detach().double().tolist() for k, v in model.state_dict().items()}}


def main(argv):
    from torch_script_args import take_option
    args = argv[1:]
    steps = int(take_option(args, "--steps", "0"))
    layer = take_option(args, "--layer")
    state = take_option(args, "--state", "h")
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as f:
        session = json.load(f)
    result = golden(session, steps, None if layer is None else int(layer), state)
    with open(args[1], "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
