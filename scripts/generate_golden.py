#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""PyTorch 1.13's greedy generation on next-character sessions: the goldens of tests/data/generate/
(issue 16, acceptance 2: `rnnlab-cli generate` equals PyTorch's greedy generation).

usage: /usr/bin/python3 scripts/generate_golden.py --make-goldens DIR

For each case: the session's model after torch.manual_seed(seed) (scripts/torch_golden.py's Net),
trained `steps` steps by the lecture's loop (CrossEntropyLoss over every text's steps, Adam or SGD,
[clip_grad_norm_]), then the prime fed through nn.RNN/LSTM/GRU (and fc) in one call, and each
argmax of the last logits fed back one character at a time with the state carried, `length` times.
Writes NAME.config.json (the session) and NAME.golden.json: {"steps", "prime", "length",
"generated" (the prime and what follows, as rnnlab-cli generate prints it), "min_margin" (the
smallest gap between the largest and the second largest logit over the generation)}. A case whose
margin is under 1e-3 is refused: a near tie that float rounding may break either way is no test.
"""
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_golden import Net, optimizer_of, vocabulary_of  # noqa: E402

MARGIN = 1e-3


def one_hot(indices, V):
    return torch.nn.functional.one_hot(torch.tensor([indices]), V).float()  # (1, n, V)


def greedy(session, steps, prime, length):
    torch.set_num_threads(1)
    m, data, training = session["model"], session["data"], session["training"]
    vocab = vocabulary_of(data)
    V = len(vocab)
    index = {c: i for i, c in enumerate(vocab)}
    torch.manual_seed(int(training["seed"]))
    model = Net(m["cell"], V, int(m["hidden_size"]), int(m.get("num_layers", 1)), bool(m.get("output_layer")))
    optimizer = optimizer_of(model, training)
    clip = training.get("clip_grad_norm")
    criterion = torch.nn.CrossEntropyLoss()
    xs = [one_hot([index[c] for c in text[:-1]], V) for text in data["texts"]]
    y = torch.cat([torch.tensor([index[c] for c in text[1:]]) for text in data["texts"]])
    for _ in range(steps):
        loss = criterion(torch.cat([model(x).view(-1, V) for x in xs]), y)
        loss.backward()
        if clip is not None:
            torch.nn.utils.clip_grad_norm_(model.parameters(), float(clip))
        optimizer.step()
        optimizer.zero_grad()

    def logits_of(out):
        last = out[0, -1]
        return model.fc(last) if model.fc is not None else last

    generated, margin = prime, float("inf")
    with torch.no_grad():
        out, state = model.rnn(one_hot([index[c] for c in prime], V))  # the prime, from a zero state
        for _ in range(length):
            logits = logits_of(out)
            top = torch.topk(logits, 2).values
            margin = min(margin, float(top[0] - top[1]))
            token = int(torch.argmax(logits))
            generated += vocab[token]
            out, state = model.rnn(one_hot([token], V), state)  # the argmax fed back, the state carried
    return generated, margin


def session_of(cell, H, L, output_layer, texts, optimizer, lr, clip, seed):
    return {"format": "rnnlab-session", "version": 1,
            "model": {"cell": cell, "hidden_size": H, "num_layers": L, "output_layer": output_layer},
            "data": {"texts": texts},
            "training": {"optimizer": optimizer, "learning_rate": lr, "seed": seed, "steps": 10,
                         "clip_grad_norm": clip, "momentum": 0.9 if optimizer == "sgd" else 0.0}}


# name, session, training steps, prime, length: every cell type, 1-3 layers, with and without the
# output layer, untrained and trained, ASCII and not.
CASES = [
    ("rnn_tanh_lecture_hello", session_of("rnn_tanh", 4, 1, False, ["hello"], "adam", 0.1, None, 0), 50, "h", 12),
    ("rnn_tanh_untrained", session_of("rnn_tanh", 8, 1, True, ["the cat sat on the mat"], "adam", 0.02, None, 3), 0,
     "the", 30),
    ("rnn_relu_l2_no_fc", session_of("rnn_relu", 4, 2, False, ["abcabc abc", "cab"], "sgd", 0.05, 1.0, 5), 40, "ab",
     25),
    ("lstm_l2_unicode", session_of("lstm", 12, 2, True, ["grüße aus köln", "日本語のテキスト"], "adam", 0.02, 0.5, 8),
     60, "grü", 40),
    ("gru_l3_text", session_of("gru", 10, 3, True, ["to be or not to be"], "adam", 0.01, None, 11), 80, "to b", 30),
    ("lstm_untrained_no_fc", session_of("lstm", 4, 1, False, ["banana", "bandana"], "adam", 0.1, None, 13), 0, "ba",
     20),
]


def main(argv):
    args = argv[1:]
    if len(args) != 2 or args[0] != "--make-goldens":
        print(__doc__, file=sys.stderr)
        return 2
    os.makedirs(args[1], exist_ok=True)
    status = 0
    for name, session, steps, prime, length in CASES:
        generated, margin = greedy(session, steps, prime, length)
        if margin < MARGIN:
            print(f"refused {name}: a near tie (margin {margin:.3g} < {MARGIN}); change the case", file=sys.stderr)
            status = 1
            continue
        base = os.path.join(args[1], name)
        with open(base + ".config.json", "w", encoding="utf-8") as f:
            json.dump(session, f, ensure_ascii=False)
            f.write("\n")
        with open(base + ".golden.json", "w", encoding="utf-8") as f:
            json.dump({"generator": {"torch": torch.__version__, "threads": torch.get_num_threads()},
                       "steps": steps, "prime": prime, "length": length, "generated": generated,
                       "min_margin": margin}, f, ensure_ascii=False)
            f.write("\n")
        print(f"wrote {base}.golden.json: {generated!r} (margin {margin:.3g})")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
