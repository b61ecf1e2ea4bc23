#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Train an rnnlab session with real PyTorch 1.13 and write what it computed, as a golden JSON.

usage: /usr/bin/python3 scripts/torch_golden.py SESSION.json GOLDEN.json [--trajectory K] [--perturb]

Needs Debian's python3-torch (PyTorch 1.13) for /usr/bin/python3. The golden has the fields of
tests/data/parity/*.golden.json: vocabulary, initial_weights, initial_gradients,
initial_hidden_states [text][layer][t][H], initial_logits [text][t][V], steps [{step, loss,
predictions[, grad_norm]}], final_weights. With --trajectory K it also records, for the first K
steps, the raw gradients torch computed and the weights after optimizer.step(), so a test can feed
torch's own gradients to rnnlab's optimizers and demand torch's weights bit for bit. With
--perturb, weight_hh_l0[0][0] is moved by one float32 ulp first: comparing that run with the plain
one shows whether a session is chaotic (torch's own last-bit rounding changes its trajectory).

Semantics (the engine's; see README.md): the vocabulary is the texts' code points in order of first
appearance unless given; each text of n characters is one sequence of n-1 one-hot inputs and n-1
targets, from a zero hidden state; the loss is CrossEntropyLoss(mean) over all texts' steps;
"weights", when the session has them, replace the seeded initialization. With "task": "classify"
(many-to-one), each text of n characters is n inputs and one target, its label's class (classes in
data.classes order, or the labels' order of first appearance); the model is the usual
`out, _ = rnn(x); fc(out[:, -1, :])` and the loss is CrossEntropyLoss over the texts' last-step
logits; initial_logits is then [text][1][classes] and the predictions are class names.
"""
import json
import sys

import torch


def vocabulary_of(data):
    vocab = data.get("vocabulary")
    if vocab is None:
        vocab = ""
        for text in data["texts"]:
            for ch in text:
                if ch not in vocab:
                    vocab += ch
    return vocab


class Net(torch.nn.Module):
    def __init__(self, cell, V, H, L, output_layer, O=None):
        super().__init__()
        kinds = {"rnn_tanh": lambda: torch.nn.RNN(V, H, L, nonlinearity="tanh", batch_first=True),
                 "rnn_relu": lambda: torch.nn.RNN(V, H, L, nonlinearity="relu", batch_first=True),
                 "lstm": lambda: torch.nn.LSTM(V, H, L, batch_first=True),
                 "gru": lambda: torch.nn.GRU(V, H, L, batch_first=True)}
        self.rnn = kinds[cell]()
        self.fc = torch.nn.Linear(H, O if O is not None else V) if output_layer else None
        self.classify = O is not None

    def forward(self, x):
        out, _ = self.rnn(x)
        if self.classify:
            # Many-to-one: only the last time step's output becomes logits (over the classes).
            out = out[:, -1, :]
        return self.fc(out) if self.fc is not None else out


def optimizer_of(model, training):
    """The session's optimizer over the model's parameters: Adam(lr), or SGD(lr, momentum)."""
    lr = float(training["learning_rate"])
    if training["optimizer"] == "adam":
        return torch.optim.Adam(model.parameters(), lr=lr)
    return torch.optim.SGD(model.parameters(), lr=lr, momentum=float(training.get("momentum") or 0.0))


def as_list(t):
    return t.detach().double().tolist()


def layer_states(model, cell, x, L):
    """h (and c for LSTM) of every layer at every step: each layer re-run alone with its weights."""
    hs, cs = [], []
    inp = x
    with torch.no_grad():
        for l in range(L):
            single = {"rnn_tanh": torch.nn.RNN, "rnn_relu": torch.nn.RNN, "lstm": torch.nn.LSTM,
                      "gru": torch.nn.GRU}[cell]
            kwargs = {"nonlinearity": cell[4:]} if cell.startswith("rnn") else {}
            with torch.random.fork_rng():
                m = single(inp.shape[-1], model.rnn.hidden_size, 1, batch_first=True, **kwargs)
            for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
                getattr(m, name + "_l0").copy_(getattr(model.rnn, f"{name}_l{l}"))
            out, _ = m(inp)
            if cell == "lstm":
                state, cl = None, []
                for t in range(inp.shape[1]):
                    _, state = m(inp[:, t:t + 1], state)
                    cl.append(state[1][0, 0])
                cs.append(as_list(torch.stack(cl)))
            hs.append(as_list(out[0]))
            inp = out
    return hs, cs


def run(session, trajectory_steps, perturb=False):
    torch.set_num_threads(1)
    model_cfg, data, training = session["model"], session["data"], session["training"]
    cell = model_cfg["cell"]
    H, L = int(model_cfg["hidden_size"]), int(model_cfg.get("num_layers", 1))
    output_layer = bool(model_cfg.get("output_layer", False))
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
    xs, ys = [], []
    for k, text in enumerate(data["texts"]):
        ids = [index[ch] for ch in text]
        if classify:
            # Every character is an input; the text's label is the one target.
            xs.append(torch.nn.functional.one_hot(torch.tensor([ids]), V).float())
            ys.append(torch.tensor([classes.index(data["labels"][k])], dtype=torch.long))
        else:
            xs.append(torch.nn.functional.one_hot(torch.tensor([ids[:-1]]), V).float())
            ys.append(torch.tensor(ids[1:], dtype=torch.long))
    y = torch.cat(ys)

    torch.manual_seed(int(training["seed"]))
    model = Net(cell, V, H, L, output_layer, O if classify else None)
    if session.get("weights"):
        state = {k: torch.tensor(v, dtype=torch.float32) for k, v in session["weights"].items()}
        model.load_state_dict(state)
    if perturb:
        # Sensitivity probe: move one weight by one float32 ulp. A run whose losses then leave the
        # tolerance is chaotic: no implementation can be expected to track torch's own rounding.
        with torch.no_grad():
            w = model.rnn.weight_hh_l0.view(-1)
            w[0] = torch.nextafter(w[0], torch.tensor(float("inf")))
    optimizer = optimizer_of(model, training)
    clip = training.get("clip_grad_norm")
    cost_fn = torch.nn.CrossEntropyLoss()

    golden = {"config": session, "vocabulary": vocab, **({"classes": classes} if classify else {}),
              "generator": {"torch": torch.__version__, "threads": torch.get_num_threads()},
              "initial_weights": {k: as_list(v) for k, v in model.state_dict().items()}}
    states = [layer_states(model, cell, x, L) for x in xs]
    golden["initial_hidden_states"] = [s[0] for s in states]
    if cell == "lstm":
        golden["initial_cell_states"] = [s[1] for s in states]
    steps, path = [], []
    for step in range(1, int(training.get("steps", 10)) + 1):
        outs = [model(x) for x in xs]
        logits = torch.cat([o.view(-1, O) for o in outs])
        cost = cost_fn(logits, y)
        cost.backward()
        if step == 1:
            # [text][t][O]; a classifier has logits at its last step only: [text][1][O].
            golden["initial_logits"] = [as_list(o.view(-1, O)) for o in outs]
            golden["initial_gradients"] = {k: as_list(p.grad) for k, p in model.named_parameters()}
        record = {"step": step, "loss": cost.item()}
        if step <= trajectory_steps:
            raw = {k: as_list(p.grad) for k, p in model.named_parameters()}
        if clip is not None:
            record["grad_norm"] = torch.nn.utils.clip_grad_norm_(model.parameters(), float(clip)).item()
        optimizer.step()
        optimizer.zero_grad()
        if classify:
            record["predictions"] = [classes[int(o.detach().view(-1, O)[0].argmax())] for o in outs]
        else:
            record["predictions"] = ["".join(vocab[c] for c in o.detach()[0].argmax(dim=1).tolist()) for o in outs]
        steps.append(record)
        if step <= trajectory_steps:
            path.append({"step": step, "gradients": raw,
                         "weights": {k: as_list(v) for k, v in model.state_dict().items()}})
    golden["steps"] = steps
    if trajectory_steps:
        golden["trajectory"] = path
    golden["final_weights"] = {k: as_list(v) for k, v in model.state_dict().items()}
    return golden


def main(argv):
    args = [a for a in argv[1:]]
    trajectory = 0
    perturb = "--perturb" in args
    if perturb:
        args.remove("--perturb")
    if "--trajectory" in args:
        i = args.index("--trajectory")
        trajectory = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as f:
        session = json.load(f)
    golden = run(session, trajectory, perturb)
    with open(args[1], "w", encoding="utf-8") as f:
        json.dump(golden, f, ensure_ascii=False)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
