// SPDX-License-Identifier: MIT
// PytorchScript's script for a translation session (task "translate", issue 16): the model of
// scripts/translate_golden.py as one module whose attributes are exactly encoder, decoder and fc
// (state_dict names encoder.weight_ih_l0 …, decoder.…, fc.weight, fc.bias), trained as Translator
// trains it (teacher forcing, CrossEntropyLoss's mean over every decoder step of every pair), each
// line ending in every pair's greedy translation of that step's weights, as `rnnlab-cli train`
// prints it. Its save_state_dict_json() writes what PytorchImport reads back.
#include "app/session/pytorchscript.h"

#include "app/session/jsonwriter.h"
#include "engine/tasks/translatetask.h"
#include "engine/unicode.h"

#include <algorithm>

namespace rnnlab {

namespace {

constexpr const char *translateTemplate = R"PY(#!/usr/bin/env python3
# The PyTorch code behind rnnlab's picture: @TITLE@.
# Written by rnnlab @VERSION@. Needs PyTorch 1.13 (Debian: apt install python3-torch).
#
#   python3 train.py --steps 20
#
# builds the same encoder-decoder, loads rnnlab's weights and optimizer state (at the end of this
# file) and continues training from step @NEXT_STEP@, printing one line per step as `rnnlab-cli train`
# does: the step, the loss of its forward pass and every pair's greedy translation (before the step's
# update; "…" where it never reached <eos>).
import argparse
import json

import torch

torch.set_num_threads(1)  # as rnnlab: initial weights and each optimizer step (same gradients) bit for bit

pairs = @PAIRS@  # [source, target]
source_vocabulary = @SOURCE_VOCABULARY@  # the encoder's one-hot order
target_tokens = ["<sos>", "<eos>"] + list(@TARGET_VOCABULARY@)  # the decoder's one-hot order and fc's rows
SOS, EOS = 0, 1
Vs = len(source_vocabulary)  # @VS@ source characters
T = len(target_tokens)  # @T@ target tokens
H = @H@  # hidden units (encoder and decoder)
L = @L@  # stacked layers (encoder and decoder)
source_index = {c: i for i, c in enumerate(source_vocabulary)}
target_index = {c: i for i, c in enumerate(target_tokens)}


def one_hot(indices, width):
    return torch.nn.functional.one_hot(torch.tensor([indices]), width).float()  # (1, n, width): batch_first


# Each pair is its own sequence: the encoder reads the source; the decoder reads <sos> + target
# (teacher forcing) and learns target + <eos>.
sources = [one_hot([source_index[c] for c in s], Vs) for s, _ in pairs]  # each (1, n, Vs)
decoder_inputs = [one_hot([SOS] + [target_index[c] for c in t], T) for _, t in pairs]  # each (1, m+1, T)
y = torch.tensor([i for _, t in pairs for i in [target_index[c] for c in t] + [EOS]])  # (Σ m+1)
max_length = max(len(t) for _, t in pairs) + 1  # a greedy translation's longest: the longest target and <eos>


class Seq2Seq(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = @ENCODER@
        self.decoder = @DECODER@
        self.fc = torch.nn.Linear(H, T)  # logits = W_hy h_t + b_y over the target tokens

    def forward(self, source, decoder_input):
        _, state = self.encoder(source)  # the final state of every layer (h@AND_C@)
        out, _ = self.decoder(decoder_input, state)  # the decoder starts from it
        return self.fc(out[0])  # (m+1, T): the logits of every decoder step


torch.manual_seed(@SEED@)  # the initial weights; replaced below by rnnlab's
model = Seq2Seq()
criterion = torch.nn.CrossEntropyLoss()  # the mean over every decoder step of every pair
optimizer = @OPTIMIZER@
clip_grad_norm = @CLIP@  # clip_grad_norm_'s max_norm, or None


def translate(source):
    """The greedy translation: the argmax fed back from <sos> until <eos> (included)."""
    tokens = []
    with torch.no_grad():
        _, state = model.encoder(source)
        token = SOS
        for _ in range(max_length):
            out, state = model.decoder(one_hot([token], T), state)
            token = int(torch.argmax(model.fc(out[0, -1])))
            tokens.append(token)
            if token == EOS:
                break
    return tokens


def translation_text(tokens):
    """As rnnlab-cli prints a translation: without its <eos>, or ending in "…" without one."""
    if EOS in tokens:
        return "".join(target_tokens[t] for t in tokens[:tokens.index(EOS)])
    return "".join(target_tokens[t] for t in tokens) + "…"


def train_step(step):
    translations = [translation_text(translate(x)) for x in sources]  # this step's weights, before its update
    logits = [model(x, d) for x, d in zip(sources, decoder_inputs)]
    loss = criterion(torch.cat(logits), y)
    loss.backward()
    line = f"step {step}  loss {loss.item():.9g}"
    if clip_grad_norm is not None:
        grad_norm = torch.nn.utils.clip_grad_norm_(model.parameters(), clip_grad_norm)
        line += f"  grad_norm {grad_norm.item():.9g}"
    optimizer.step()
    optimizer.zero_grad()
    print(line + " " + "".join(" " + quoted(t) for t in translations), flush=True)


def quoted(text):
    """A translation as rnnlab-cli prints it: a JSON string, non-ASCII characters kept."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


@LOAD_STATE@


def save_state_dict_json(model, path, pairs, source_vocabulary, target_vocabulary, optimizer=None, steps_taken=None,
                         clip_grad_norm=None):
    """Writes an encoder-decoder's weights (and an optimizer's state) as JSON that rnnlab opens:
    `rnnlab-cli import-pytorch PATH`.

    model: a module with exactly the attributes encoder and decoder (the same torch.nn.RNN, LSTM or
    GRU kind, batch_first=True, the same H and L; the decoder starts from the encoder's final state)
    and fc (torch.nn.Linear(H, T)); saved as "encoder.", "decoder." and "fc.".
    pairs: [source, target] strings. source_vocabulary: the encoder's one-hot order.
    target_vocabulary: the target characters after <sos> and <eos> (the decoder's one-hot order).
    optimizer: torch.optim.Adam or SGD over model.parameters() (optional)."""
    cells = {"RNN_TANH": "rnn_tanh", "RNN_RELU": "rnn_relu", "LSTM": "lstm", "GRU": "gru"}
    if set(name for name, _ in model.named_children()) != {"encoder", "decoder", "fc"}:
        raise ValueError("rnnlab's translation model has exactly encoder, decoder and fc")
    parameters = list(model.named_parameters())
    document = {"format": "rnnlab-pytorch-state", "version": 1, "task": "translate", "cell": cells[model.encoder.mode],
                "batch_first": model.encoder.batch_first, "dropout": model.encoder.dropout,
                "pairs": [list(p) for p in pairs], "source_vocabulary": "".join(source_vocabulary),
                "target_vocabulary": "".join(target_vocabulary),
                "state_dict": {n: p.detach().double().tolist() for n, p in parameters},
                "clip_grad_norm": clip_grad_norm}
@SAVE_OPTIMIZER@

# rnnlab's weights and optimizer state after @STEPS_TAKEN@ training steps.
RNNLAB_STATE = json.loads(r"""
@STATE@""")

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Continue training rnnlab's encoder-decoder in PyTorch.")
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
        save_state_dict_json(model, arguments.save_state, pairs, source_vocabulary, target_tokens[2:], optimizer,
                             steps_taken=first - 1 + arguments.steps, clip_grad_norm=clip_grad_norm)
)PY";

//! torch.nn.RNN/LSTM/GRU(inputs, H, num_layers=L, batch_first=True) of \a cell.
std::string stackCall(CellKind cell, const std::string &inputs)
{
    switch (cell) {
    case CellKind::RnnTanh:
        return "torch.nn.RNN(" + inputs + ", H, num_layers=L, nonlinearity=\"tanh\", batch_first=True)";
    case CellKind::RnnRelu:
        return "torch.nn.RNN(" + inputs + ", H, num_layers=L, nonlinearity=\"relu\", batch_first=True)";
    case CellKind::Lstm: return "torch.nn.LSTM(" + inputs + ", H, num_layers=L, batch_first=True)";
    case CellKind::Gru: return "torch.nn.GRU(" + inputs + ", H, num_layers=L, batch_first=True)";
    }
    return {};
}

} // namespace

std::string PytorchScript::generateTranslate(const Session &session, const std::string &name)
{
    const ModelConfig &m = session.model;
    const TrainingConfig &t = session.training;
    const std::int64_t taken = session.optimizerState ? session.optimizerState->stepsTaken : 0;
    const TranslateTask task(session.data);
    std::string pairs = "[";
    for (std::size_t i = 0; i < task.pairs().size(); ++i) {
        const auto &[source, target] = task.pairs()[i];
        pairs += (i ? ",\n         [" : "[") + JsonWriter::quoted(toUtf8(source)) + ", "
            + JsonWriter::quoted(toUtf8(target)) + "]";
    }
    pairs += "]";
    return fill(translateTemplate,
                {
                    {"TITLE", title(name, taken, "an rnnlab translation session")},
                    {"VERSION", RNNLAB_VERSION},
                    {"NEXT_STEP", std::to_string(taken + 1)},
                    {"PAIRS", pairs},
                    {"SOURCE_VOCABULARY", JsonWriter::quoted(toUtf8(task.sourceVocabulary().characters()))},
                    {"TARGET_VOCABULARY", JsonWriter::quoted(toUtf8(task.targetVocabulary().characters()))},
                    {"VS", std::to_string(task.inputSize())},
                    {"T", std::to_string(task.outputSize())},
                    {"H", std::to_string(m.hiddenSize)},
                    {"L", std::to_string(m.numLayers)},
                    {"ENCODER", stackCall(m.cell, "Vs")},
                    {"DECODER", stackCall(m.cell, "T")},
                    {"AND_C", m.cell == CellKind::Lstm ? ", and c" : ""},
                    {"SEED", std::to_string(t.seed)},
                    {"OPTIMIZER", optimizerCall(t)},
                    {"CLIP", t.clipGradNorm ? pythonFloat(*t.clipGradNorm) : std::string("None")},
                    {"STEPS_TAKEN", std::to_string(taken)},
                    {"DEFAULT_STEPS", std::to_string(std::max<std::int64_t>(1, t.steps))},
                    {"STATE", stateJson(session)},
                    {"LOAD_STATE", loadStatePythonText()},
                    {"SAVE_OPTIMIZER", saveOptimizerPythonText()},
                });
}

} // namespace rnnlab
