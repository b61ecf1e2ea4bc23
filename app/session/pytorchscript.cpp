// SPDX-License-Identifier: MIT
#include "app/session/pytorchscript.h"

#include "app/session/jsonwriter.h"
#include "app/session/statedictjson.h"
#include "engine/dataset.h"
#include "engine/unicode.h"

#include <algorithm>
#include <map>
#include <string_view>

namespace rnnlab {

namespace {

// What the scripts of every task carry alike: the loading of rnnlab's state, and the end of
// save_state_dict_json() — the optimizer's state and the file (the parameters are `parameters`,
// [(name, tensor)] in model.parameters() order; the rest of the file is `document`).
constexpr const char *loadStatePython = R"PY(def load_rnnlab_state(state):
    """rnnlab's weights (state_dict names) and optimizer state (torch.optim's state_dict()["state"]:
    parameter index, in model.parameters() order, -> Adam's step, exp_avg, exp_avg_sq or SGD's
    momentum_buffer)."""
    model.load_state_dict({name: torch.tensor(value, dtype=torch.float32) for name, value in state["weights"].items()})
    saved = optimizer.state_dict()
    saved["state"] = {int(index): {key: torch.tensor(value, dtype=torch.float32) for key, value in entry.items()}
                      for index, entry in state["optimizer_state"].items()}
    optimizer.load_state_dict(saved))PY";

constexpr const char *saveOptimizerPython = R"PY(    if optimizer is not None:
        group = optimizer.param_groups[0]
        kind = "adam" if isinstance(optimizer, torch.optim.Adam) else "sgd" if isinstance(optimizer, torch.optim.SGD) else None
        if kind is None or len(optimizer.param_groups) != 1:
            raise ValueError("rnnlab trains with torch.optim.Adam or SGD, one parameter group")
        state = {}
        for index, (_, p) in enumerate(parameters):
            entry = {key: float(value) if key == "step" else value.detach().double().tolist()
                     for key, value in optimizer.state.get(p, {}).items() if value is not None}
            if entry:
                state[str(index)] = entry
        if steps_taken is None:
            steps = [entry["step"] for entry in state.values() if "step" in entry]
            steps_taken = int(steps[0]) if steps else 0
        settings = {k: group[k] for k in ("betas", "eps", "weight_decay", "amsgrad", "dampening", "nesterov") if k in group}
        document["optimizer"] = {"type": kind, "lr": group["lr"], "momentum": group.get("momentum", 0.0),
                                 "settings": settings, "steps_taken": steps_taken, "state": state}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False)
        f.write("\n")
)PY";

// The script, with @NAME@-style placeholders. Kept readable on screen: the lecture's code first,
// the numbers (weights, optimizer state) in one JSON block at the end.
constexpr const char *scriptTemplate = R"PY(#!/usr/bin/env python3
# The PyTorch code behind rnnlab's picture: @TITLE@.
# Written by rnnlab @VERSION@. Needs PyTorch 1.13 (Debian: apt install python3-torch).
#
#   python3 train.py --steps 20
#
# builds the same network, loads rnnlab's weights and optimizer state (at the end of this file)
# and continues training from step @NEXT_STEP@, printing one line per step as `rnnlab-cli train`
# does: the step, the loss of its forward pass and the predicted string of every text.
import argparse
import json

import torch

torch.set_num_threads(1)  # as rnnlab: initial weights and each optimizer step (same gradients) bit for bit, losses within ~1e-6

texts = @TEXTS@
vocabulary = @VOCABULARY@  # the one-hot order
char_to_index = {c: i for i, c in enumerate(vocabulary)}
V = len(vocabulary)  # @V@ characters
H = @H@  # hidden units
L = @L@  # stacked layers

@DATA@

class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = @RNN@
@FC_INIT@
    def forward(self, x):
        out, _ = self.rnn(x)  # (1, T, H): the top layer's h_t at every time step
@LAST_STEP@@FC_FORWARD@

torch.manual_seed(@SEED@)  # the initial weights; replaced below by rnnlab's
model = Net()
criterion = torch.nn.CrossEntropyLoss()  # @LOSS_COMMENT@
optimizer = @OPTIMIZER@
clip_grad_norm = @CLIP@  # clip_grad_norm_'s max_norm, or None


def train_step(step):
    outputs = [model(x) for x in xs]  # @OUTPUTS_SHAPE@
    loss = criterion(torch.cat([o.view(-1, @O@) for o in outputs]), y)
    loss.backward()
    line = f"step {step}  loss {loss.item():.9g}"
    if clip_grad_norm is not None:
        grad_norm = torch.nn.utils.clip_grad_norm_(model.parameters(), clip_grad_norm)
        line += f"  grad_norm {grad_norm.item():.9g}"
    optimizer.step()
    optimizer.zero_grad()
@PREDICTIONS@    print(line + " " + "".join(" " + quoted(p) for p in predictions), flush=True)


def quoted(text):
    """A prediction as rnnlab-cli prints it: a JSON string, non-ASCII characters kept."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


@LOAD_STATE@


def save_state_dict_json(model, path, vocabulary, texts=None, optimizer=None, steps_taken=None, clip_grad_norm=None,
                         labels=None, classes=None):
    """Writes a model's weights (and an optimizer's state) as JSON that rnnlab opens:
    `rnnlab-cli import-pytorch PATH`, or File > Import PyTorch state... in the app.

    model: holds one torch.nn.RNN, LSTM or GRU (batch_first=True) and, optionally, one
    torch.nn.Linear(H, V) on its output; saved as "rnn." and "fc." whatever their attribute names.
    vocabulary: the characters in one-hot order. texts: the training texts (optional).
    optimizer: torch.optim.Adam or SGD over model.parameters() (optional).
    labels, classes: a many-to-one classifier's label per text and its classes in output order
    (the model then applies fc to out[:, -1, :])."""
    rnns = [m for m in model.modules() if isinstance(m, torch.nn.RNNBase)]
    linears = [m for m in model.modules() if isinstance(m, torch.nn.Linear)]
    if len(rnns) != 1 or len(linears) > 1:
        raise ValueError("rnnlab shows one torch.nn.RNN, LSTM or GRU and at most one torch.nn.Linear")
    rnn = rnns[0]
    cells = {"RNN_TANH": "rnn_tanh", "RNN_RELU": "rnn_relu", "LSTM": "lstm", "GRU": "gru"}
    parameters = [("rnn." + n, p) for n, p in rnn.named_parameters()]
    parameters += [("fc." + n, p) for linear in linears for n, p in linear.named_parameters()]
    document = {"format": "rnnlab-pytorch-state", "version": 1, "cell": cells[rnn.mode],
                "batch_first": rnn.batch_first, "dropout": rnn.dropout, "vocabulary": "".join(vocabulary), "texts": texts,
                "state_dict": {n: p.detach().double().tolist() for n, p in parameters},
                "clip_grad_norm": clip_grad_norm}
    if labels is not None:
        document.update({"task": "classify", "labels": list(labels), "classes": list(classes)})
@SAVE_OPTIMIZER@

# rnnlab's weights and optimizer state after @STEPS_TAKEN@ training steps.
RNNLAB_STATE = json.loads(r"""
@STATE@""")

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Continue training rnnlab's model in PyTorch.")
    parser.add_argument("--steps", type=int, default=@DEFAULT_STEPS@, help="training steps (default @DEFAULT_STEPS@)")
    parser.add_argument("--save-state", metavar="STATE.json",
                        help="afterwards, write the weights and optimizer state for rnnlab-cli import-pytorch")
    arguments = parser.parse_args()
    if arguments.steps < 0:
        parser.error("--steps must be 0 or more")
    load_rnnlab_state(RNNLAB_STATE)
    first = RNNLAB_STATE["steps_taken"] + 1
    for step in range(first, first + arguments.steps):
        train_step(step)
    if arguments.save_state:
        save_state_dict_json(model, arguments.save_state, vocabulary, texts, optimizer,
                             steps_taken=first - 1 + arguments.steps, clip_grad_norm=clip_grad_norm@SAVE_LABELS@)
)PY";

// A forecast's script (issue 15): the same shape, real-valued series instead of one-hot texts,
// Linear(H, D) and MSELoss; its lines end in the mean absolute error instead of predicted strings.
constexpr const char *forecastTemplate = R"PY(#!/usr/bin/env python3
# The PyTorch code behind rnnlab's picture: @TITLE@.
# Written by rnnlab @VERSION@. Needs PyTorch 1.13 (Debian: apt install python3-torch).
#
#   python3 train.py --steps 20
#
# builds the same network, loads rnnlab's weights and optimizer state (at the end of this file)
# and continues training from step @NEXT_STEP@, printing one line per step as `rnnlab-cli train`
# does: the step, the loss of its forward pass and the mean absolute error of its predictions.
import argparse
import json

import torch

torch.set_num_threads(1)  # as rnnlab: initial weights and each optimizer step (same gradients) bit for bit

series = @SERIES@  # each a list of points: a number (one feature) or a row of D numbers
D = @D@  # features
H = @H@  # hidden units
L = @L@  # stacked layers

# Each series is its own sequence from a zero state: every point but the last is an input, every
# point but the first is a target (the next value).
tensors = [torch.tensor([p if isinstance(p, list) else [p] for p in s], dtype=torch.float32).unsqueeze(0)
           for s in series]  # each (1, n, D): batch_first
xs = [t[:, :-1, :] for t in tensors]
y = torch.cat([t[0, 1:, :] for t in tensors])  # (N, D)


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = @RNN@
@FC_INIT@
    def forward(self, x):
        out, _ = self.rnn(x)  # (1, T, H): the top layer's h_t at every time step
@FC_FORWARD@

torch.manual_seed(@SEED@)  # the initial weights; replaced below by rnnlab's
model = Net()
criterion = torch.nn.MSELoss()  # the mean over every value of every target
optimizer = @OPTIMIZER@
clip_grad_norm = @CLIP@  # clip_grad_norm_'s max_norm, or None


def train_step(step):
    outputs = torch.cat([model(x).view(-1, D) for x in xs])  # (N, D): the predicted next values
    loss = criterion(outputs, y)
    loss.backward()
    line = f"step {step}  loss {loss.item():.9g}"
    if clip_grad_norm is not None:
        grad_norm = torch.nn.utils.clip_grad_norm_(model.parameters(), clip_grad_norm)
        line += f"  grad_norm {grad_norm.item():.9g}"
    optimizer.step()
    optimizer.zero_grad()
    mae = (outputs.detach().double() - y.double()).abs().mean().item()
    print(line + f"  mae {mae:.6g}", flush=True)


def load_rnnlab_state(state):
    """rnnlab's weights (state_dict names) and optimizer state (torch.optim's state_dict()["state"])."""
    model.load_state_dict({name: torch.tensor(value, dtype=torch.float32) for name, value in state["weights"].items()})
    saved = optimizer.state_dict()
    saved["state"] = {int(index): {key: torch.tensor(value, dtype=torch.float32) for key, value in entry.items()}
                      for index, entry in state["optimizer_state"].items()}
    optimizer.load_state_dict(saved)


# rnnlab's weights and optimizer state after @STEPS_TAKEN@ training steps.
RNNLAB_STATE = json.loads(r"""
@STATE@""")

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Continue training rnnlab's model in PyTorch.")
    parser.add_argument("--steps", type=int, default=@DEFAULT_STEPS@, help="training steps (default @DEFAULT_STEPS@)")
    arguments = parser.parse_args()
    if arguments.steps < 0:
        parser.error("--steps must be 0 or more")
    load_rnnlab_state(RNNLAB_STATE)
    first = RNNLAB_STATE["steps_taken"] + 1
    for step in range(first, first + arguments.steps):
        train_step(step)
)PY";

} // namespace

std::string PytorchScript::pythonFloat(double value)
{
    // The shortest form that reads back as the same double (Python's repr); always with a '.' or
    // an exponent, so Python reads a float.
    std::string text = JsonWriter::formatNumber(value);
    if (text.find_first_of(".eE") == std::string::npos && text.find("inf") == std::string::npos)
        text += ".0";
    return text;
}

// A value (a training text) that contains something like a placeholder stays as it is.
std::string PytorchScript::fill(std::string_view text, const std::map<std::string, std::string> &values)
{
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t open = text.find('@', at);
        const std::size_t close = open == std::string_view::npos ? open : text.find('@', open + 1);
        if (close == std::string_view::npos) {
            out += text.substr(at);
            break;
        }
        const auto value = values.find(std::string(text.substr(open + 1, close - open - 1)));
        if (value == values.end()) {
            out += text.substr(at, close - at); // not a placeholder: the second '@' may open one
            at = close;
            continue;
        }
        out += text.substr(at, open - at);
        out += value->second;
        at = close + 1;
    }
    return out;
}

std::string PytorchScript::stateJson(const Session &session)
{
    JsonWriter w;
    w.beginObject();
    w.key("steps_taken");
    w.value(session.optimizerState ? session.optimizerState->stepsTaken : std::int64_t(0));
    w.key("weights");
    StateDictJson::writeTensors(w, *session.weights);
    w.key("optimizer_state");
    StateDictJson::writeOptimizerState(
        w, session.optimizerState ? session.optimizerState->entries : std::vector<SavedOptimizerState::Entry>{});
    w.endObject();
    return w.finish();
}

std::string PytorchScript::title(const std::string &name, std::int64_t taken, const std::string &unnamed)
{
    std::string shownName = name; // on a comment line: no line breaks
    std::replace_if(
        shownName.begin(), shownName.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    std::string title = name.empty() ? unnamed : "session \"" + shownName + "\"";
    return title + (taken == 1 ? ", after 1 training step" : ", after " + std::to_string(taken) + " training steps");
}

std::string PytorchScript::optimizerCall(const TrainingConfig &t)
{
    return t.optimizer == OptimizerKind::Adam
        ? "torch.optim.Adam(model.parameters(), lr=" + pythonFloat(t.learningRate) + ")"
        : "torch.optim.SGD(model.parameters(), lr=" + pythonFloat(t.learningRate)
            + ", momentum=" + pythonFloat(t.momentum) + ")";
}

std::string PytorchScript::generate(const Session &session, const std::string &name)
{
    if (session.data.task == TaskKind::Forecast)
        return generateForecast(session, name);
    if (session.data.task == TaskKind::Translate)
        return generateTranslate(session, name);
    const ModelConfig &m = session.model;
    const TrainingConfig &t = session.training;
    const Vocabulary vocabulary = Dataset::vocabularyOf(session.data);
    const std::int64_t taken = session.optimizerState ? session.optimizerState->stepsTaken : 0;

    std::string texts = "[";
    for (std::size_t i = 0; i < session.data.texts.size(); ++i)
        texts += (i ? ", " : "") + JsonWriter::quoted(toUtf8(session.data.texts[i]));
    texts += "]";

    const bool classify = session.data.task == TaskKind::Classify;
    const auto stringList = [](const std::vector<std::u32string> &items) {
        std::string out = "[";
        for (std::size_t i = 0; i < items.size(); ++i)
            out += (i ? ", " : "") + JsonWriter::quoted(toUtf8(items[i]));
        return out + "]";
    };
    // Many-to-one (task "classify", as scripts/torch_golden.py): all n characters are inputs, the
    // label's class is the one target, and only the last time step's output becomes logits.
    const std::string data = classify
        ? "labels = " + stringList(session.data.labels)
            + "  # one per text\n"
              "classes = "
            + stringList(Dataset::classesOf(session.data))
            + "  # the output order: the logits' rows\n"
              "O = len(classes)\n\n"
              "# Each text is its own sequence: every character is an input (one-hot); its label is the one\n"
              "# target, predicted from the last time step (many-to-one).\n"
              "xs = [torch.nn.functional.one_hot(torch.tensor([[char_to_index[c] for c in text]]), V).float()\n"
              "      for text in texts]  # each (1, n, V): batch_first\n"
              "y = torch.tensor([classes.index(label) for label in labels])\n"
        : "# Each text is its own sequence: every character but the last is an input (one-hot), every\n"
          "# character but the first is a target.\n"
          "xs = [torch.nn.functional.one_hot(torch.tensor([[char_to_index[c] for c in text[:-1]]]), V).float()\n"
          "      for text in texts]  # each (1, n-1, V): batch_first\n"
          "y = torch.cat([torch.tensor([char_to_index[c] for c in text[1:]]) for text in texts])\n";
    const std::string outputs = classify ? "O" : "V";

    std::string rnn;
    switch (m.cell) {
    case CellKind::RnnTanh: rnn = "torch.nn.RNN(V, H, num_layers=L, nonlinearity=\"tanh\", batch_first=True)"; break;
    case CellKind::RnnRelu: rnn = "torch.nn.RNN(V, H, num_layers=L, nonlinearity=\"relu\", batch_first=True)"; break;
    case CellKind::Lstm: rnn = "torch.nn.LSTM(V, H, num_layers=L, batch_first=True)"; break;
    case CellKind::Gru: rnn = "torch.nn.GRU(V, H, num_layers=L, batch_first=True)"; break;
    }
    const std::string fcInit = m.outputLayer
        ? "        self.fc = torch.nn.Linear(H, " + outputs + ")  # the output layer: logits = W_hy h_t + b_y\n"
        : "        # No output layer: the top layer's h_t are the logits (H == " + outputs + ").\n";
    const std::string fcForward = m.outputLayer ? "        return self.fc(out)\n" : "        return out\n";
    const std::string optimizer = optimizerCall(t);

    return fill(
        scriptTemplate,
        {
            {"TITLE", title(name, taken, "an rnnlab session")},
            {"VERSION", RNNLAB_VERSION},
            {"NEXT_STEP", std::to_string(taken + 1)},
            {"TEXTS", texts},
            {"VOCABULARY", JsonWriter::quoted(toUtf8(vocabulary.characters()))},
            {"V", std::to_string(vocabulary.size())},
            {"H", std::to_string(m.hiddenSize)},
            {"L", std::to_string(m.numLayers)},
            {"RNN", rnn},
            {"FC_INIT", fcInit},
            {"FC_FORWARD", fcForward},
            {"DATA", data},
            {"LAST_STEP",
             classify ? "        out = out[:, -1, :]  # (1, H): many-to-one, the last time step only\n" : ""},
            {"OUTPUTS_SHAPE", classify ? "each (1, O): the last step's logits" : "each (1, n-1, V): the logits"},
            {"O", outputs},
            {"PREDICTIONS",
             classify
                 ? "    predictions = [classes[int(o.view(-1, O)[0].argmax())] for o in outputs]\n"
                 : "    predictions = [\"\".join(vocabulary[i] for i in o[0].argmax(dim=1).tolist()) for o in outputs]\n"},
            {"LOSS_COMMENT", classify ? "the mean over the texts' labels" : "the mean over all the texts' time steps"},
            {"SAVE_LABELS", classify ? ",\n                             labels=labels, classes=classes" : ""},
            {"SEED", std::to_string(t.seed)},
            {"OPTIMIZER", optimizer},
            {"CLIP", t.clipGradNorm ? pythonFloat(*t.clipGradNorm) : std::string("None")},
            {"STEPS_TAKEN", std::to_string(taken)},
            {"DEFAULT_STEPS", std::to_string(std::max<std::int64_t>(1, t.steps))},
            {"STATE", stateJson(session)},
            {"LOAD_STATE", loadStatePython},
            {"SAVE_OPTIMIZER", saveOptimizerPython},
        });
}

const char *PytorchScript::loadStatePythonText()
{
    return loadStatePython;
}

const char *PytorchScript::saveOptimizerPythonText()
{
    return saveOptimizerPython;
}

namespace {

std::string seriesLiteral(const std::vector<SeriesValues> &list)
{
    // Every value as the shortest decimal that reads back as the same double (JSON = Python here).
    std::string out = "[";
    for (std::size_t k = 0; k < list.size(); ++k) {
        out += k ? ",\n          [" : "[";
        for (std::size_t t = 0; t < list[k].size(); ++t) {
            const std::vector<double> &point = list[k][t];
            out += t ? ", " : "";
            if (point.size() == 1) {
                out += PytorchScript::pythonFloat(point.front());
                continue;
            }
            out += "[";
            for (std::size_t d = 0; d < point.size(); ++d)
                out += (d ? ", " : "") + PytorchScript::pythonFloat(point[d]);
            out += "]";
        }
        out += "]";
    }
    return out + "]";
}

} // namespace

std::string PytorchScript::generateForecast(const Session &session, const std::string &name)
{
    const ModelConfig &m = session.model;
    const TrainingConfig &t = session.training;
    const std::int64_t taken = session.optimizerState ? session.optimizerState->stepsTaken : 0;
    const std::size_t D = session.data.series.front().front().size();
    std::string rnn;
    switch (m.cell) {
    case CellKind::RnnTanh: rnn = "torch.nn.RNN(D, H, num_layers=L, nonlinearity=\"tanh\", batch_first=True)"; break;
    case CellKind::RnnRelu: rnn = "torch.nn.RNN(D, H, num_layers=L, nonlinearity=\"relu\", batch_first=True)"; break;
    case CellKind::Lstm: rnn = "torch.nn.LSTM(D, H, num_layers=L, batch_first=True)"; break;
    case CellKind::Gru: rnn = "torch.nn.GRU(D, H, num_layers=L, batch_first=True)"; break;
    }
    return fill(
        forecastTemplate,
        {
            {"TITLE", title(name, taken, "an rnnlab time-series session")},
            {"VERSION", RNNLAB_VERSION},
            {"NEXT_STEP", std::to_string(taken + 1)},
            {"SERIES", seriesLiteral(session.data.series)},
            {"D", std::to_string(D)},
            {"H", std::to_string(m.hiddenSize)},
            {"L", std::to_string(m.numLayers)},
            {"RNN", rnn},
            {"FC_INIT",
             m.outputLayer ? "        self.fc = torch.nn.Linear(H, D)  # the output layer: y_t = W_hy h_t + b_y\n"
                           : "        # No output layer: the top layer's h_t are the predictions (H == D).\n"},
            {"FC_FORWARD", m.outputLayer ? "        return self.fc(out)\n" : "        return out\n"},
            {"SEED", std::to_string(t.seed)},
            {"OPTIMIZER", optimizerCall(t)},
            {"CLIP", t.clipGradNorm ? pythonFloat(*t.clipGradNorm) : std::string("None")},
            {"STEPS_TAKEN", std::to_string(taken)},
            {"DEFAULT_STEPS", std::to_string(std::max<std::int64_t>(1, t.steps))},
            {"STATE", stateJson(session)},
        });
}

} // namespace rnnlab
