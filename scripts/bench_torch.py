#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Time PyTorch 1.13 training a session, one thread, as rnnlab-cli bench times rnnlab.

usage: /usr/bin/python3 scripts/bench_torch.py [SESSION.json] [--seconds S] [--warmup S]

The loop is the lecture's: outputs = model(x) per text; CrossEntropyLoss over all (a time series,
"task": "forecast": MSELoss over every series' next values); backward;
[clip_grad_norm_]; optimizer.step(); optimizer.zero_grad(). A translation ("task": "translate",
issue 16) is scripts/translate_golden.py's encoder-decoder and training step: per pair the encoder
on the source, the decoder from its final state on <sos> + target, fc; CrossEntropyLoss over every
pair's decoder steps. Prints one JSON object with
"steps_per_s" and "ms_per_step". Without a session: the lecture's example ("hello", H = V = 4).
"""
import json
import os
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_golden import Net, optimizer_of, vocabulary_of  # noqa: E402

LECTURE = {"format": "rnnlab-session", "version": 1,
           "model": {"cell": "rnn_tanh", "hidden_size": 4, "num_layers": 1, "output_layer": False},
           "data": {"texts": ["hello"]},
           "training": {"optimizer": "adam", "learning_rate": 0.1, "seed": 0, "steps": 10,
                        "clip_grad_norm": None, "momentum": 0.0}}


def main(argv):
    args = argv[1:]
    def option(name, default):
        if name in args:
            i = args.index(name)
            value = float(args[i + 1])
            del args[i:i + 2]
            return value
        return default
    seconds = option("--seconds", 3.0)
    warmup = option("--warmup", 0.5)
    if args:
        with open(args[0], encoding="utf-8") as f:
            session = json.load(f)
        name = os.path.basename(args[0]).rsplit(".", 1)[0]
    else:
        session, name = LECTURE, "lecture_hello"
    torch.set_num_threads(1)
    m, data, training = session["model"], session["data"], session["training"]
    if session.get("task") == "translate":
        return bench_translation(session, name, seconds, warmup)
    if session.get("task") == "forecast":
        # A time series (issue 15): D real features, Linear(H, D) by default, MSELoss.
        from forecast_golden import series_tensor
        tensors = [series_tensor(s) for s in data["series"]]
        V = tensors[0].shape[-1]
        xs = [t[:, :-1, :] for t in tensors]
        y = torch.cat([t[0, 1:, :] for t in tensors])
        output_layer = bool(m.get("output_layer", True))
        cost_fn = torch.nn.MSELoss()
    else:
        vocab = vocabulary_of(data)
        V = len(vocab)
        index = {ch: i for i, ch in enumerate(vocab)}
        xs, ys = [], []
        for text in data["texts"]:
            ids = [index[ch] for ch in text]
            xs.append(torch.nn.functional.one_hot(torch.tensor([ids[:-1]]), V).float())
            ys.append(torch.tensor(ids[1:], dtype=torch.long))
        y = torch.cat(ys)
        output_layer = bool(m.get("output_layer"))
        cost_fn = torch.nn.CrossEntropyLoss()
    torch.manual_seed(int(training["seed"]))
    model = Net(m["cell"], V, int(m["hidden_size"]), int(m.get("num_layers", 1)), output_layer)
    optimizer = optimizer_of(model, training)
    clip = training.get("clip_grad_norm")

    def step():
        outs = [model(x) for x in xs]
        cost = cost_fn(torch.cat([o.view(-1, V) for o in outs]), y)
        cost.backward()
        if clip is not None:
            torch.nn.utils.clip_grad_norm_(model.parameters(), float(clip))
        optimizer.step()
        optimizer.zero_grad()

    return report(name, step, seconds, warmup)


def bench_translation(session, name, seconds, warmup):
    from translate_golden import Seq2Seq, one_hot, vocabularies
    m, training = session["model"], session["training"]
    pairs, source_vocabulary, tokens = vocabularies(session["data"])
    Vs, T = len(source_vocabulary), len(tokens)
    source_index = {c: i for i, c in enumerate(source_vocabulary)}
    token_index = {c: i for i, c in enumerate(tokens)}
    sources = [one_hot([source_index[c] for c in s], Vs) for s, _ in pairs]
    decoder_inputs = [one_hot([0] + [token_index[c] for c in t], T) for _, t in pairs]
    y = torch.tensor([i for _, t in pairs for i in [token_index[c] for c in t] + [1]], dtype=torch.long)
    torch.manual_seed(int(training["seed"]))
    model = Seq2Seq(m["cell"], Vs, T, int(m["hidden_size"]), int(m.get("num_layers", 1)))
    optimizer = optimizer_of(model, training)
    clip = training.get("clip_grad_norm")
    criterion = torch.nn.CrossEntropyLoss()

    def step():
        logits = []
        for x, d in zip(sources, decoder_inputs):
            _, state = model.encoder(x)
            out, _ = model.decoder(d, state)
            logits.append(model.fc(out[0]))
        loss = criterion(torch.cat(logits), y)
        loss.backward()
        if clip is not None:
            torch.nn.utils.clip_grad_norm_(model.parameters(), float(clip))
        optimizer.step()
        optimizer.zero_grad()

    return report(name, step, seconds, warmup)


def report(name, step, seconds, warmup):
    """Times step() for warmup seconds, then for seconds, and prints the JSON object."""
    def run(duration):
        start = time.perf_counter()
        steps = 0
        while True:
            step()
            steps += 1
            now = time.perf_counter()
            if now - start >= duration:
                return steps, now - start

    run(warmup)
    steps, elapsed = run(seconds)
    print(json.dumps({"session": name, "implementation": "pytorch " + torch.__version__, "threads": 1,
                      "steps": steps, "seconds": elapsed, "steps_per_s": steps / elapsed,
                      "ms_per_step": 1000 * elapsed / steps}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
