#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Write the .pt files rnnlab's PyTorch reader is tested on, with real PyTorch 1.13's torch.save.

usage: /usr/bin/python3 scripts/make-pytorch-statedicts.py [OUT_DIR]
       (default OUT_DIR: tests/data/pytorch/statedict; needs Debian's python3-torch)

What a PyTorch user does: build a model, train or not, `torch.save(model.state_dict(), "model.pt")`.
The models here are the user's own (their attribute names: rnn/lstm/gru, fc/out/decoder, or a bare
nn.GRU), RNN, LSTM and GRU, 1 and 2 layers, with and without an output layer (nn.Linear). For each,
goldens.json records what PyTorch computes from those weights on TEXTS with the one-hot order
VOCABULARY (sorted, not the order of first appearance, so that a reader that ignores --vocabulary
fails): the loss of the first three training steps with torch.optim.Adam(lr=0.1) — rnnlab's
defaults for an imported model without a saved optimizer — each text its own sequence from a zero
hidden state, the loss CrossEntropyLoss(mean) over every text's next-character targets.

views.pt holds views (a transposed matrix, a strided slice, a scalar, an empty tensor) with their
values in goldens.json. Also written, for the refusals: damaged and foreign files (a truncated zip, a plain pickle, a
whole pickled module, an optimizer's state_dict, a list of tensors, a bidirectional LSTM, an
embedding in front of the RNN, an RNN without biases, two Linear layers), and models whose
state_dict imports but with a note (dropout, a deflated zip re-packed with zip -r, float64). The
expected outcome of each is in goldens.json ("refused": a word the message must contain).
"""
import io
import json
import os
import pickle
import sys
import zipfile

import torch
import torch.nn as nn

TEXTS = ["hello world", "lower the dew"]
VOCABULARY = "".join(sorted(set("".join(TEXTS))))  # " dehlortw"
V = len(VOCABULARY)


class Model(nn.Module):
    """The user's model: a recurrent module, then optionally a Linear, under the user's names."""

    def __init__(self, rnn_name, rnn, fc_name=None, fc=None, between=None):
        super().__init__()
        self.rnn_name, self.fc_name = rnn_name, fc_name
        setattr(self, rnn_name, rnn)
        if between is not None:
            self.between = between  # e.g. nn.Dropout: no weights, only a name in _metadata
        if fc_name:
            setattr(self, fc_name, fc)

    def forward(self, x):
        out, _ = getattr(self, self.rnn_name)(x)
        if hasattr(self, "between"):
            out = self.between(out)
        return getattr(self, self.fc_name)(out) if self.fc_name else out


def one_hot(text):
    x = torch.zeros(1, len(text) - 1, V)
    for t, ch in enumerate(text[:-1]):
        x[0, t, VOCABULARY.index(ch)] = 1.0
    return x


def targets():
    return torch.tensor([VOCABULARY.index(ch) for text in TEXTS for ch in text[1:]])


def losses(model, steps=3):
    """rnnlab's training loop in PyTorch: one sequence per text, one mean loss over all targets."""
    model.train(False)  # dropout, where there is any, off: rnnlab has none
    optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
    result = []
    for _ in range(steps):
        optimizer.zero_grad()
        logits = torch.cat([model(one_hot(text))[0] for text in TEXTS])
        loss = nn.functional.cross_entropy(logits, targets())
        loss.backward()
        optimizer.step()
        result.append(loss.item())
    return result


def describe(state_dict):
    """What a reader must find: each tensor's name (in order), shape, first value and float64 sum."""
    return [[name, list(t.shape), t.flatten()[0].item(), t.double().sum().item()] for name, t in state_dict.items()]


def recurrent(cell, H, layers, **kwargs):
    if cell in ("rnn_tanh", "rnn_relu"):
        return nn.RNN(V, H, layers, nonlinearity=cell[4:], batch_first=True, **kwargs)
    return {"lstm": nn.LSTM, "gru": nn.GRU}[cell](V, H, layers, batch_first=True, **kwargs)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "tests", "data",
                                                            "pytorch", "statedict")
    os.makedirs(out, exist_ok=True)
    torch.set_num_threads(1)
    goldens = {"texts": TEXTS, "vocabulary": VOCABULARY, "models": {}, "refused": {}, "noted": {}}

    def path(name):
        return os.path.join(out, name)

    # The models that import: file → (cell as the file shows it, a function that builds the model).
    H = 6
    models = {
        "rnn_tanh_1layer.pt": ("rnn_tanh", lambda: Model("rnn", recurrent("rnn_tanh", V, 1))),
        "rnn_relu_2layers_fc.pt": ("rnn_relu",
                                   lambda: Model("rnn", recurrent("rnn_relu", H, 2), "fc", nn.Linear(H, V))),
        "lstm_1layer_fc.pt": ("lstm", lambda: Model("lstm", recurrent("lstm", H, 1), "out", nn.Linear(H, V))),
        "lstm_2layers.pt": ("lstm", lambda: Model("lstm", recurrent("lstm", V, 2))),
        "gru_1layer.pt": ("gru", None),  # a bare nn.GRU: its state_dict has no prefix at all
        "gru_2layers_fc.pt": ("gru",
                              lambda: Model("encoder", recurrent("gru", H, 2), "decoder", nn.Linear(H, V))),
    }
    for seed, (name, (cell, build)) in enumerate(sorted(models.items())):
        torch.manual_seed(100 + seed)
        if build is None:
            bare = recurrent(cell, V, 1)
            torch.save(bare.state_dict(), path(name))
            model = Model("rnn", bare)
        else:
            model = build()
            torch.save(model.state_dict(), path(name))
        saved = torch.load(path(name))
        goldens["models"][name] = {"cell": cell, "needs_cell_option": cell.startswith("rnn_"),
                                   "tensors": describe(saved), "losses": losses(model)}

    torch.manual_seed(7)
    lstm = Model("rnn", recurrent("lstm", H, 2, dropout=0.5), "fc", nn.Linear(H, V), between=nn.Dropout(0.2))
    torch.save(lstm.state_dict(), path("noted_dropout.pt"))
    goldens["noted"]["noted_dropout.pt"] = {"cell": "lstm", "note": "between", "losses": losses(lstm)}

    torch.manual_seed(8)
    gru = Model("rnn", recurrent("gru", H, 1), "fc", nn.Linear(H, V)).double()
    torch.save(gru.state_dict(), path("noted_float64.pt"))
    goldens["noted"]["noted_float64.pt"] = {"cell": "gru", "note": "float64", "losses": losses(gru.float())}

    # The same weights in a zip whose entries are deflated (what `zip -r` of the unpacked folder gives).
    torch.manual_seed(9)
    deflated = Model("rnn", recurrent("lstm", H, 1), "fc", nn.Linear(H, V))
    buffer = io.BytesIO()
    torch.save(deflated.state_dict(), buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, \
            zipfile.ZipFile(path("noted_deflated.pt"), "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            # A fixed date, so that the file is the same at every run.
            entry = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            target.writestr(entry, source.read(info.filename), compress_type=zipfile.ZIP_DEFLATED)
    goldens["noted"]["noted_deflated.pt"] = {"cell": "lstm", "note": "", "losses": losses(deflated)}

    # Views: torch.save keeps a view's storage, offset and strides (a transposed matrix, every
    # other column of rows 1…), which the reader must follow.
    base = torch.arange(12, dtype=torch.float32).reshape(3, 4) / 8
    views = {"transposed": base.t(), "strided": base[1:, ::2], "scalar": base[2, 3], "empty": base[:0]}
    torch.save(views, path("views.pt"))
    goldens["views"] = {name: {"shape": list(t.shape), "values": t.flatten().tolist()} for name, t in views.items()}

    # Refused: each with a word its message must contain.
    refused = goldens["refused"]
    torch.manual_seed(10)
    whole = Model("rnn", recurrent("gru", H, 1), "fc", nn.Linear(H, V))
    with open(path("lstm_1layer_fc.pt"), "rb") as f:
        good = f.read()
    with open(path("refused_truncated.pt"), "wb") as f:
        f.write(good[: len(good) // 2])
    refused["refused_truncated.pt"] = "zip"
    with open(path("refused_plain_pickle.pt"), "wb") as f:
        pickle.dump({"weights": [[0.5, 1.0], [2.0, 3.0]]}, f, protocol=4)
    refused["refused_plain_pickle.pt"] = "pickle"
    torch.save(whole, path("refused_whole_module.pt"))
    refused["refused_whole_module.pt"] = "__main__.Model"
    optimizer = torch.optim.Adam(whole.parameters(), lr=0.1)
    whole(one_hot(TEXTS[0]))[0].sum().backward()
    optimizer.step()
    torch.save(optimizer.state_dict(), path("refused_optimizer.pt"))
    refused["refused_optimizer.pt"] = "optimizer"
    torch.save([p.detach() for p in whole.parameters()], path("refused_tensor_list.pt"))
    refused["refused_tensor_list.pt"] = "list"
    torch.save(Model("rnn", recurrent("lstm", H, 1, bidirectional=True)).state_dict(), path("refused_bidirectional.pt"))
    refused["refused_bidirectional.pt"] = "bidirectional"

    class Embedded(nn.Module):
        def __init__(self):
            super().__init__()
            self.embedding = nn.Embedding(V, 4)
            self.rnn = nn.GRU(4, H, batch_first=True)
            self.fc = nn.Linear(H, V)

    torch.save(Embedded().state_dict(), path("refused_embedding.pt"))
    refused["refused_embedding.pt"] = "embedding"
    torch.save(Model("rnn", recurrent("rnn_tanh", V, 1, bias=False)).state_dict(), path("refused_no_bias.pt"))
    refused["refused_no_bias.pt"] = "bias"

    class TwoLinear(nn.Module):
        def __init__(self):
            super().__init__()
            self.rnn = nn.LSTM(V, H, batch_first=True)
            self.hidden = nn.Linear(H, H)
            self.fc = nn.Linear(H, V)

    torch.save(TwoLinear().state_dict(), path("refused_two_linear.pt"))
    refused["refused_two_linear.pt"] = "hidden"

    with open(path("goldens.json"), "w") as f:
        json.dump(goldens, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(os.listdir(out))} files to {out}")


if __name__ == "__main__":
    main()
